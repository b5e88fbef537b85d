import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import type { FastifyInstance } from 'fastify';
import sharp from 'sharp';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createTestApp } from '../../../test/helpers/app.ts';
import { type AuthHeaders, authHeaders, createUser } from '../../../test/helpers/auth.ts';
import { multipartForm as form, type FormPart as Part } from '../../../test/helpers/multipart.ts';
import { ValidationError } from '../../http/errors.ts';
import { DEFAULT_AVATAR_ETAG, processAvatar, sniffImageFormat } from './avatar.ts';
import { findUserById, type UserRow } from './users.repository.ts';

let app: FastifyInstance;
let close: () => Promise<void>;
let mediaDir: string;
let alice: UserRow;
let bob: UserRow;
let aliceHeaders: AuthHeaders;

beforeAll(async () => {
  const built = await createTestApp();
  ({ app, close } = built);
  mediaDir = path.join(built.config.dataDir, 'media');
  alice = await createUser(app, { username: 'alice' });
  bob = await createUser(app, { username: 'bob' });
  aliceHeaders = await authHeaders(app, alice);
});

afterAll(async () => {
  await close();
});

function upload(user: UserRow, headers: AuthHeaders, parts: Part[]) {
  const { payload, contentType } = form(parts);
  return app.inject({
    method: 'PATCH',
    url: `/api/user/${user.public_id}/`,
    headers: { ...headers, 'content-type': contentType },
    payload,
  });
}

const avatarFile = (data: Buffer, filename = 'me.png', type = 'image/png'): Part => ({
  name: 'avatar',
  data,
  filename,
  type,
});

function image(width: number, height: number) {
  return sharp({ create: { width, height, channels: 3, background: { r: 120, g: 170, b: 150 } } });
}

function storedPath(avatarUrl: string): string {
  const pathname = new URL(avatarUrl).pathname;
  expect(pathname).toMatch(/^\/media\/avatars\/[0-9a-f]{32}\.(png|jpg|webp|gif)$/);
  return path.join(mediaDir, pathname.slice('/media/'.length));
}

async function resetAvatar(user: UserRow, headers: AuthHeaders) {
  const response = await app.inject({
    method: 'PATCH',
    url: `/api/user/${user.public_id}/`,
    headers: { ...headers },
    payload: { avatar: null },
  });
  expect(response.statusCode).toBe(200);
}

describe('default avatar', () => {
  it('is the user object’s avatar until one is uploaded, served by this server', async () => {
    const body = (
      await app.inject({ method: 'GET', url: `/api/user/${bob.public_id}/`, headers: { ...aliceHeaders } })
    ).json();
    expect(body.avatar).toBe('http://localhost/media/defaults/avatar.svg');
  });

  it('is served publicly as SVG, embeddable cross-origin, with a validator', async () => {
    const response = await app.inject({ method: 'GET', url: '/media/defaults/avatar.svg' });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toBe('image/svg+xml; charset=utf-8');
    expect(response.headers['cross-origin-resource-policy']).toBe('cross-origin');
    expect(response.headers['cache-control']).toBe('public, max-age=86400');
    expect(response.headers['x-content-type-options']).toBe('nosniff');
    expect(response.body).toMatch(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg"/);
    expect(response.body).not.toMatch(/<script|https?:\/\/(?!www\.w3\.org\/2000\/svg)/);
    const again = await app.inject({
      method: 'GET',
      url: '/media/defaults/avatar.svg',
      headers: { 'if-none-match': DEFAULT_AVATAR_ETAG },
    });
    expect(again.statusCode).toBe(304);
    expect(again.body).toBe('');
  });

  it('answers HEAD too', async () => {
    expect((await app.inject({ method: 'HEAD', url: '/media/defaults/avatar.svg' })).statusCode).toBe(200);
  });
});

describe('uploading an avatar', () => {
  beforeEach(async () => {
    await resetAvatar(alice, aliceHeaders);
  });

  it('stores a PNG under media/avatars and serves it at its URL with a long cache', async () => {
    const png = await image(64, 48).png().toBuffer();
    const response = await upload(alice, aliceHeaders, [avatarFile(png)]);
    expect(response.statusCode).toBe(200);
    const file = storedPath(response.json().avatar);
    expect(await sharp(file).metadata()).toMatchObject({ format: 'png', width: 64, height: 48 });
    const served = await app.inject({ method: 'GET', url: new URL(response.json().avatar).pathname });
    expect(served.statusCode).toBe(200);
    expect(served.headers['content-type']).toBe('image/png');
    expect(served.headers['cross-origin-resource-policy']).toBe('cross-origin');
    expect(served.headers['cache-control']).toContain('max-age=31536000');
    expect(served.rawPayload.equals(readFileSync(file))).toBe(true);
  });

  it('re-encodes a JPEG without its EXIF (no copyright, no GPS)', async () => {
    const jpeg = await image(40, 30)
      .jpeg()
      .withMetadata({
        exif: {
          IFD0: { Copyright: 'secret-copyright-marker', Make: 'PhoneCo' },
          IFD3: {
            GPSLatitudeRef: 'N',
            GPSLatitude: '51/1 30/1 0/1',
            GPSLongitudeRef: 'W',
            GPSLongitude: '0/1 7/1 0/1',
          },
        },
      })
      .toBuffer();
    const input = await sharp(jpeg).metadata();
    expect(input.exif).toBeDefined();
    expect(jpeg.includes('secret-copyright-marker')).toBe(true);

    const response = await upload(alice, aliceHeaders, [avatarFile(jpeg, 'holiday.jpg', 'image/jpeg')]);
    expect(response.statusCode).toBe(200);
    const file = storedPath(response.json().avatar);
    expect(file.endsWith('.jpg')).toBe(true);
    const stored = readFileSync(file);
    const metadata = await sharp(stored).metadata();
    expect(metadata.format).toBe('jpeg');
    expect(metadata.exif).toBeUndefined();
    expect(metadata.xmp).toBeUndefined();
    expect(stored.includes('secret-copyright-marker')).toBe(false);
    expect(stored.includes('PhoneCo')).toBe(false);
    expect(stored.includes('Exif\0\0')).toBe(false);
  });

  it('applies the EXIF orientation before dropping it', async () => {
    const rotated = await image(40, 20).jpeg().withMetadata({ orientation: 6 }).toBuffer();
    const response = await upload(alice, aliceHeaders, [avatarFile(rotated, 'r.jpg', 'image/jpeg')]);
    const metadata = await sharp(storedPath(response.json().avatar)).metadata();
    expect({ width: metadata.width, height: metadata.height, orientation: metadata.orientation }).toEqual({
      width: 20,
      height: 40,
      orientation: undefined,
    });
  });

  it.each([
    ['webp', 'webp'],
    ['gif', 'gif'],
  ] as const)('accepts %s, recognised by content whatever the file name', async (format, extension) => {
    const data = await image(16, 16).toFormat(format).toBuffer();
    const response = await upload(alice, aliceHeaders, [
      avatarFile(data, 'avatar.png', 'application/octet-stream'),
    ]);
    expect(response.statusCode).toBe(200);
    expect(storedPath(response.json().avatar).endsWith(`.${extension}`)).toBe(true);
  });

  it('scales large images down to fit 1024 px', async () => {
    const big = await image(2000, 1000).png({ compressionLevel: 9 }).toBuffer();
    const response = await upload(alice, aliceHeaders, [avatarFile(big)]);
    const metadata = await sharp(storedPath(response.json().avatar)).metadata();
    expect([metadata.width, metadata.height]).toEqual([1024, 512]);
  });

  it('removes the old file when replaced, and when reset to the default', async () => {
    const first = storedPath(
      (await upload(alice, aliceHeaders, [avatarFile(await image(8, 8).png().toBuffer())])).json().avatar,
    );
    const second = storedPath(
      (await upload(alice, aliceHeaders, [avatarFile(await image(9, 9).png().toBuffer())])).json().avatar,
    );
    expect(existsSync(first)).toBe(false);
    expect(existsSync(second)).toBe(true);
    const reset = await app.inject({
      method: 'PATCH',
      url: `/api/user/${alice.public_id}/`,
      headers: { ...aliceHeaders },
      payload: { avatar: null },
    });
    expect(reset.json().avatar).toBe('http://localhost/media/defaults/avatar.svg');
    expect(existsSync(second)).toBe(false);
    expect((await findUserById(app.database.db, alice.id))?.avatar).toBeNull();
  });

  it('an empty avatar form field resets too; an empty file input is no change', async () => {
    const stored = storedPath(
      (await upload(alice, aliceHeaders, [avatarFile(await image(8, 8).png().toBuffer())])).json().avatar,
    );
    const untouched = await upload(alice, aliceHeaders, [
      { name: 'avatar', data: Buffer.alloc(0), filename: '', type: 'application/octet-stream' },
      { name: 'bio', data: 'still here' },
    ]);
    expect(untouched.statusCode).toBe(200);
    expect(existsSync(stored)).toBe(true);
    expect(untouched.json().bio).toBe('still here');
    const reset = await upload(alice, aliceHeaders, [{ name: 'avatar', data: '' }]);
    expect(reset.json().avatar).toMatch(/\/media\/defaults\/avatar\.svg$/);
    expect(existsSync(stored)).toBe(false);
  });

  it('applies the text fields of the form and strips privileged ones', async () => {
    const response = await upload(alice, aliceHeaders, [
      { name: 'first_name', data: '  Alice  ' },
      { name: 'bio', data: '' },
      { name: 'role', data: 'admin' },
      { name: 'is_staff', data: 'true' },
      { name: 'is_active', data: 'false' },
      { name: 'email', data: 'evil@example.com' },
      avatarFile(await image(8, 8).png().toBuffer()),
    ]);
    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({
      first_name: 'Alice',
      role: 'user',
      is_staff: false,
      is_active: true,
    });
    const row = await findUserById(app.database.db, alice.id);
    expect(row).toMatchObject({ role: 'user', email: alice.email, first_name: 'Alice' });
  });

  it('ignores a file sent under another field name', async () => {
    const response = await upload(alice, aliceHeaders, [
      { name: 'photo', data: await image(8, 8).png().toBuffer(), filename: 'x.png', type: 'image/png' },
    ]);
    expect(response.statusCode).toBe(200);
    expect(response.json().avatar).toMatch(/\/media\/defaults\/avatar\.svg$/);
  });
});

describe('processAvatar and sniffImageFormat', () => {
  it('recognises the four formats by their signatures', async () => {
    for (const format of ['png', 'jpeg', 'webp', 'gif'] as const) {
      expect(sniffImageFormat(await image(4, 4).toFormat(format).toBuffer())).toBe(format);
    }
    expect(sniffImageFormat(await image(4, 4).tiff().toBuffer())).toBeNull();
    expect(sniffImageFormat(Buffer.alloc(0))).toBeNull();
  });

  it('refuses an empty file', async () => {
    await expect(processAvatar(Buffer.alloc(0))).rejects.toEqual(
      ValidationError.field('avatar', 'The submitted file is empty.'),
    );
  });

  it('property: arbitrary bytes, even behind a valid signature, give a 400 field error or an image — never a crash', async () => {
    const signatures = [
      Buffer.alloc(0),
      Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
      Buffer.from([0xff, 0xd8, 0xff]),
      Buffer.from('GIF89a'),
      Buffer.from('RIFF\0\0\0\0WEBP'),
    ];
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...signatures),
        fc.uint8Array({ maxLength: 2048 }),
        async (head, tail) => {
          try {
            const result = await processAvatar(Buffer.concat([head, tail]));
            expect(result.data.length).toBeGreaterThan(0);
          } catch (error) {
            expect(error).toBeInstanceOf(ValidationError);
            expect(Object.keys((error as ValidationError).fields)).toEqual(['avatar']);
          }
        },
      ),
      { numRuns: 60 },
    );
  });
});
