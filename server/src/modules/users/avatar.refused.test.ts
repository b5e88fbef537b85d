import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { crc32 } from 'node:zlib';
import type { FastifyInstance } from 'fastify';
import sharp from 'sharp';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createTestApp } from '../../../test/helpers/app.ts';
import { type AuthHeaders, authHeaders, createUser } from '../../../test/helpers/auth.ts';
import { type FormPart, multipartForm } from '../../../test/helpers/multipart.ts';
import { AVATAR_MAX_BYTES, IMAGE_TOO_LARGE, IMAGE_TOO_MANY_PIXELS, INVALID_IMAGE } from './avatar.ts';
import { findUserById, type UserRow } from './users.repository.ts';

let app: FastifyInstance;
let close: () => Promise<void>;
let mediaDir: string;
let alice: UserRow;
let aliceHeaders: AuthHeaders;
let bobHeaders: AuthHeaders;

beforeAll(async () => {
  const built = await createTestApp();
  ({ app, close } = built);
  mediaDir = path.join(built.config.dataDir, 'media');
  alice = await createUser(app, { username: 'alice' });
  aliceHeaders = await authHeaders(app, alice);
  bobHeaders = await authHeaders(app, await createUser(app, { username: 'bob' }));
});

afterAll(async () => {
  await close();
});

function upload(user: UserRow, headers: AuthHeaders, parts: FormPart[]) {
  const { payload, contentType } = multipartForm(parts);
  return app.inject({
    method: 'PATCH',
    url: `/api/user/${user.public_id}/`,
    headers: { ...headers, 'content-type': contentType },
    payload,
  });
}

const avatarFile = (data: Buffer, filename = 'me.png'): FormPart => ({
  name: 'avatar',
  data,
  filename,
  type: 'image/png',
});

const png = (width: number, height: number) =>
  sharp({ create: { width, height, channels: 3, background: '#78aa96' } })
    .png()
    .toBuffer();

function storedFiles(): string[] {
  const dir = path.join(mediaDir, 'avatars');
  return existsSync(dir) ? readdirSync(dir).sort() : [];
}

describe('refused uploads change nothing', () => {
  let before: string[];
  let avatarBefore: string | null;
  beforeEach(async () => {
    // Alice starts with an uploaded avatar, which a refused upload must leave in place.
    const response = await upload(alice, aliceHeaders, [avatarFile(await png(8, 8))]);
    expect(response.statusCode).toBe(200);
    before = storedFiles();
    avatarBefore = (await findUserById(app.database.db, alice.id))?.avatar ?? null;
    expect(avatarBefore).not.toBeNull();
  });

  async function expectRefused(
    parts: FormPart[],
    expected: Record<string, string[]>,
    as = aliceHeaders,
    user = alice,
  ) {
    const response = await upload(user, as, parts);
    expect(response.statusCode).toBe(400);
    expect(response.json()).toEqual(expected);
    expect(storedFiles()).toEqual(before);
    const row = await findUserById(app.database.db, user.id);
    expect(row?.avatar).toBe(avatarBefore);
    expect(row?.bio).not.toBe('must not be saved');
  }

  it('a text file named .png', async () => {
    await expectRefused(
      [
        avatarFile(Buffer.from('hello, I am not an image\n'.repeat(20))),
        { name: 'bio', data: 'must not be saved' },
      ],
      { avatar: [INVALID_IMAGE] },
    );
  });

  it('an SVG (scriptable) named .png', async () => {
    const svg = '<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>';
    await expectRefused([avatarFile(Buffer.from(svg), 'a.png')], { avatar: [INVALID_IMAGE] });
  });

  it('a PNG cut short', async () => {
    const whole = await sharp({ create: { width: 300, height: 300, channels: 3, background: '#78aa96' } })
      .png({ compressionLevel: 0 })
      .toBuffer();
    await expectRefused([avatarFile(whole.subarray(0, Math.floor(whole.length / 2)))], {
      avatar: [INVALID_IMAGE],
    });
  });

  it('a JPEG header in front of a PNG', async () => {
    await expectRefused([avatarFile(Buffer.concat([Buffer.from([0xff, 0xd8, 0xff]), await png(8, 8)]))], {
      avatar: [INVALID_IMAGE],
    });
  });

  it('more than 2 MB', async () => {
    const noise = Buffer.alloc(AVATAR_MAX_BYTES + 1024, 7);
    noise.set([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    await expectRefused([avatarFile(noise), { name: 'bio', data: 'must not be saved' }], {
      avatar: [IMAGE_TOO_LARGE],
    });
  });

  it.each([
    [4097, 1],
    [1, 4097],
  ])('%i × %i pixels', async (width, height) => {
    await expectRefused([avatarFile(await png(width, height))], { avatar: [IMAGE_TOO_MANY_PIXELS] });
  });

  it('a decompression bomb (huge declared size, tiny file)', async () => {
    const bomb = Buffer.from(await png(8, 8));
    // Rewrite the IHDR chunk to declare 50,000 × 50,000 pixels and fix its CRC.
    bomb.writeUInt32BE(50_000, 16);
    bomb.writeUInt32BE(50_000, 20);
    bomb.writeUInt32BE(crc32(bomb.subarray(12, 29)), 29);
    expect(await sharp(bomb, { limitInputPixels: false }).metadata()).toMatchObject({
      width: 50_000,
      height: 50_000,
    });
    await expectRefused([avatarFile(bomb)], { avatar: [IMAGE_TOO_MANY_PIXELS] });
  });

  it('two files', async () => {
    const small = await png(8, 8);
    await expectRefused([avatarFile(small), avatarFile(small, 'b.png')], {
      avatar: ['Upload a single file.'],
    });
  });

  it('an upload with an invalid username stores no file', async () => {
    await expectRefused([avatarFile(await png(8, 8)), { name: 'username', data: 'x'.repeat(151) }], {
      username: ['Ensure this field has no more than 150 characters.'],
    });
  });

  it('an upload with a taken username stores no file', async () => {
    await expectRefused([avatarFile(await png(8, 8)), { name: 'username', data: 'BOB' }], {
      username: ['A user with that username already exists.'],
    });
  });

  it('someone else’s profile → 403, no file stored', async () => {
    const response = await upload(alice, bobHeaders, [avatarFile(await png(8, 8))]);
    expect(response.statusCode).toBe(403);
    expect(storedFiles()).toEqual(before);
  });

  it('a malformed multipart body → 400, not 500', async () => {
    const response = await app.inject({
      method: 'PATCH',
      url: `/api/user/${alice.public_id}/`,
      headers: { ...aliceHeaders, 'content-type': 'multipart/form-data' },
      payload: 'garbage',
    });
    expect(response.statusCode).toBe(400);
    expect(response.json().detail).toMatch(/^Multipart form parse error/);
  });

  it('anonymous multipart → 401 before anything is read', async () => {
    const { payload, contentType } = multipartForm([avatarFile(await png(8, 8))]);
    const response = await app.inject({
      method: 'PATCH',
      url: `/api/user/${alice.public_id}/`,
      headers: { 'content-type': contentType },
      payload,
    });
    expect(response.statusCode).toBe(401);
    expect(storedFiles()).toEqual(before);
  });
});
