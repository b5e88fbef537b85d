/**
 * Public identifiers: UUIDv7 (time-ordered, so new rows land at the end of indexes) written as
 * 32 lowercase hex characters. Input accepts the hex or the dashed form.
 */
import { randomBytes } from 'node:crypto';
import { nowMicros } from './time.ts';

const HEX32 = /^[0-9a-f]{32}$/;
const DASHED = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** A new UUIDv7 as 32 lowercase hex characters; its time never goes back (see `nowMicros`). */
export function newPublicId(nowMs = Math.floor(nowMicros() / 1000)): string {
  const bytes = randomBytes(16);
  bytes.writeUIntBE(nowMs, 0, 6);
  bytes[6] = ((bytes[6] ?? 0) & 0x0f) | 0x70;
  bytes[8] = ((bytes[8] ?? 0) & 0x3f) | 0x80;
  return bytes.toString('hex');
}

/** Normalises a UUID given as hex or dashed (any case) to 32 lowercase hex; null when malformed. */
export function parsePublicId(value: unknown): string | null {
  if (typeof value !== 'string') return null;
  const lower = value.trim().toLowerCase();
  if (HEX32.test(lower)) return lower;
  if (DASHED.test(lower)) return lower.replaceAll('-', '');
  return null;
}

/** The dashed form (8-4-4-4-12) of a 32-hex id, as some Part A fields carry it. */
export function dashedId(hex: string): string {
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
