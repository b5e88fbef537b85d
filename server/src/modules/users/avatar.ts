/**
 * Avatar images: an upload is recognised by its content (never its name or declared type),
 * bounded in bytes and pixels, decoded and re-encoded with `sharp` so no EXIF, GPS, XMP or
 * comment from a phone photo survives, and stored under `DATA_DIR/media/avatars/` with a
 * random name. The default avatar is a calm SVG served by this server itself.
 */
import { createHash, randomBytes } from 'node:crypto';
import { mkdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { ValidationError } from '../../http/errors.ts';

/** Largest accepted upload in bytes (2 MiB). */
export const AVATAR_MAX_BYTES = 2 * 1024 * 1024;
/** Largest accepted width or height of an upload, in pixels. */
export const AVATAR_MAX_SIDE = 4096;
/** Stored avatars are scaled down to fit this square (never enlarged). */
export const AVATAR_STORED_SIDE = 1024;

/** The image formats accepted for avatars. */
export type AvatarFormat = 'png' | 'jpeg' | 'webp' | 'gif';

/** A decoded, re-encoded avatar ready to store. */
export interface ProcessedAvatar {
  /** The re-encoded image, without metadata. */
  data: Buffer;
  /** File extension for its format. */
  extension: 'png' | 'jpg' | 'webp' | 'gif';
}

/** DRF's ImageField message for anything that is not a readable image. */
export const INVALID_IMAGE =
  'Upload a valid image. The file you uploaded was either not an image or a corrupted image.';
/** Message for an upload over {@link AVATAR_MAX_BYTES}. */
export const IMAGE_TOO_LARGE = 'Ensure this file is no larger than 2 MB.';
/** Message for an image over {@link AVATAR_MAX_SIDE} pixels on a side. */
export const IMAGE_TOO_MANY_PIXELS = `Ensure the image is no larger than ${AVATAR_MAX_SIDE} × ${AVATAR_MAX_SIDE} pixels.`;

const EXTENSIONS: Record<AvatarFormat, ProcessedAvatar['extension']> = {
  png: 'png',
  jpeg: 'jpg',
  webp: 'webp',
  gif: 'gif',
};

const STORED_NAME = /^avatars\/[0-9a-f]{32}\.(png|jpg|webp|gif)$/;

/** The format an image's leading bytes announce (magic numbers), or null for anything else. */
export function sniffImageFormat(data: Buffer): AvatarFormat | null {
  if (
    data.length >= 8 &&
    data.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))
  )
    return 'png';
  if (data.length >= 3 && data[0] === 0xff && data[1] === 0xd8 && data[2] === 0xff) return 'jpeg';
  const head = data.subarray(0, 12).toString('latin1');
  if (head.startsWith('GIF87a') || head.startsWith('GIF89a')) return 'gif';
  if (head.startsWith('RIFF') && head.slice(8, 12) === 'WEBP') return 'webp';
  return null;
}

function avatarError(message: string): ValidationError {
  return ValidationError.field('avatar', message);
}

/**
 * Validates and re-encodes an upload. Throws a 400 field error on `avatar` for an empty,
 * oversize, unrecognised, corrupt or too-large-in-pixels image.
 */
export async function processAvatar(data: Buffer): Promise<ProcessedAvatar> {
  if (data.length === 0) throw avatarError('The submitted file is empty.');
  if (data.length > AVATAR_MAX_BYTES) throw avatarError(IMAGE_TOO_LARGE);
  const format = sniffImageFormat(data);
  if (format === null) throw avatarError(INVALID_IMAGE);
  // Loaded at the first upload: libvips costs ~15 MB of memory in every process (issue #20).
  const { default: sharp } = await import('sharp');
  let width: number | undefined;
  let height: number | undefined;
  try {
    // Reads the header only; a decompression bomb is refused before any pixel is decoded.
    const metadata = await sharp(data, { limitInputPixels: false }).metadata();
    if (metadata.format !== format) throw new Error('content does not match its signature');
    width = metadata.width;
    height = metadata.height;
  } catch {
    throw avatarError(INVALID_IMAGE);
  }
  if (!width || !height) throw avatarError(INVALID_IMAGE);
  if (width > AVATAR_MAX_SIDE || height > AVATAR_MAX_SIDE) throw avatarError(IMAGE_TOO_MANY_PIXELS);
  try {
    const pipeline = sharp(data, { limitInputPixels: AVATAR_MAX_SIDE * AVATAR_MAX_SIDE, failOn: 'error' })
      .autoOrient()
      .resize({
        width: AVATAR_STORED_SIDE,
        height: AVATAR_STORED_SIDE,
        fit: 'inside',
        withoutEnlargement: true,
      });
    // sharp writes no metadata unless asked (withMetadata/keepExif): EXIF, GPS, XMP and ICC are dropped.
    const encoded =
      format === 'png'
        ? pipeline.png()
        : format === 'jpeg'
          ? pipeline.jpeg({ quality: 85, mozjpeg: true })
          : format === 'webp'
            ? pipeline.webp({ quality: 85 })
            : pipeline.gif();
    return { data: await encoded.toBuffer(), extension: EXTENSIONS[format] };
  } catch {
    throw avatarError(INVALID_IMAGE);
  }
}

/** Writes a processed avatar under `mediaDir/avatars/` with a random name; returns that media path. */
export async function storeAvatar(mediaDir: string, avatar: ProcessedAvatar): Promise<string> {
  const name = `avatars/${randomBytes(16).toString('hex')}.${avatar.extension}`;
  await mkdir(path.join(mediaDir, 'avatars'), { recursive: true });
  await writeFile(path.join(mediaDir, name), avatar.data, { flag: 'wx', mode: 0o644 });
  return name;
}

/** Removes a stored avatar; ignores null, missing files and anything not named like our own uploads. */
export async function deleteAvatar(mediaDir: string, name: string | null): Promise<void> {
  if (name === null || !STORED_NAME.test(name)) return;
  await rm(path.join(mediaDir, name), { force: true }).catch(() => {});
}

/** The default avatar: a soft sage circle with a simple head-and-shoulders figure. */
export const DEFAULT_AVATAR_SVG = `<svg xmlns="http://www.w3.org/2000/svg" width="256" height="256" viewBox="0 0 256 256" role="img" aria-label="Default avatar">
  <title>Default avatar</title>
  <defs>
    <linearGradient id="bg" x1="0" y1="0" x2="1" y2="1">
      <stop offset="0" stop-color="#cfe3da"/>
      <stop offset="1" stop-color="#a9c9bb"/>
    </linearGradient>
    <clipPath id="round"><circle cx="128" cy="128" r="128"/></clipPath>
  </defs>
  <g clip-path="url(#round)">
    <rect width="256" height="256" fill="url(#bg)"/>
    <circle cx="128" cy="104" r="46" fill="#f4f8f6"/>
    <ellipse cx="128" cy="236" rx="86" ry="70" fill="#f4f8f6"/>
  </g>
</svg>
`;

/** Strong validator of {@link DEFAULT_AVATAR_SVG}, for conditional requests. */
export const DEFAULT_AVATAR_ETAG = `"${createHash('sha256').update(DEFAULT_AVATAR_SVG).digest('base64url').slice(0, 22)}"`;
