/**
 * RFC 6238 time-based one-time passwords as authenticator apps expect them (SHA-1, 6 digits,
 * 30-second steps), through the `otpauth` library; a code from the step before or after the
 * current one is accepted too (clock drift). Also the recovery codes' shape and hash. Pure: no
 * database, no clock but the one passed in.
 */
import { createHmac, randomInt } from 'node:crypto';
import { Secret, TOTP } from 'otpauth';

/** Seconds per step. */
export const TOTP_PERIOD = 30;
/** Digits per code. */
export const TOTP_DIGITS = 6;
/** Steps of drift accepted on either side. */
export const TOTP_WINDOW = 1;
/** Recovery codes issued at a time. */
export const RECOVERY_CODE_COUNT = 10;

/** A new random 160-bit secret, base32 (what the user types by hand if the QR code will not scan). */
export function newTotpSecret(): string {
  return new Secret({ size: 20 }).base32;
}

/** The 30-second step a moment (ms since the epoch) falls in. */
export function totpStep(timestampMs: number): number {
  return Math.floor(timestampMs / 1000 / TOTP_PERIOD);
}

/** The code of a secret at a moment (`digits` 8 for RFC 6238's published vectors). */
export function totpCode(secretBase32: string, timestampMs: number, digits = TOTP_DIGITS): string {
  return TOTP.generate({
    secret: Secret.fromBase32(secretBase32),
    algorithm: 'SHA1',
    digits,
    period: TOTP_PERIOD,
    timestamp: timestampMs,
  });
}

/** The step a code belongs to when it is valid at `timestampMs` (±1 step), else null. */
export function matchTotp(secretBase32: string, code: string, timestampMs: number): number | null {
  if (!/^\d{6}$/.test(code)) return null;
  const delta = TOTP.validate({
    token: code,
    secret: Secret.fromBase32(secretBase32),
    algorithm: 'SHA1',
    digits: TOTP_DIGITS,
    period: TOTP_PERIOD,
    timestamp: timestampMs,
    window: TOTP_WINDOW,
  });
  return delta === null ? null : totpStep(timestampMs) + delta;
}

/** The `otpauth://totp/...` URL an authenticator app reads from the QR code. */
export function otpauthUrl(secretBase32: string, issuer: string, account: string): string {
  return new TOTP({
    issuer,
    label: account,
    secret: Secret.fromBase32(secretBase32),
    algorithm: 'SHA1',
    digits: TOTP_DIGITS,
    period: TOTP_PERIOD,
  }).toString();
}

/** The QR code of a URL as an SVG document, drawn here (no outside service sees the secret). */
export async function qrSvg(url: string): Promise<string> {
  // Loaded when someone sets up two-factor sign-in, not at start-up (issue #20).
  const { default: QRCode } = await import('qrcode');
  return QRCode.toString(url, { type: 'svg', errorCorrectionLevel: 'M', margin: 2 });
}

// No 0/o, 1/l/i: codes are read off paper.
const RECOVERY_ALPHABET = 'abcdefghjkmnpqrstuvwxyz23456789';

/** Ten fresh recovery codes like `k7m2p-9xq4t` (about 49 bits each). */
export function newRecoveryCodes(count = RECOVERY_CODE_COUNT): string[] {
  const one = () => Array.from({ length: 10 }, () => RECOVERY_ALPHABET[randomInt(RECOVERY_ALPHABET.length)]);
  return Array.from({ length: count }, () => {
    const chars = one().join('');
    return `${chars.slice(0, 5)}-${chars.slice(5)}`;
  });
}

/**
 * A recovery code as stored: lower case, separators dropped, HMAC-SHA-256 (hex) under a key derived
 * from the installation secret, which lives outside the database: a code holds ~49 bits, few enough
 * that a leaked table of plain hashes could be searched; without the key it cannot.
 */
export function hashRecoveryCode(key: Buffer, code: string): string {
  const normalized = code.toLowerCase().replace(/[\s-]/g, '');
  return createHmac('sha256', key).update(`mentalmuse-recovery\0${normalized}`).digest('hex');
}

/** True when a string has the shape of a recovery code (so it is not tried as a TOTP code). */
export function looksLikeRecoveryCode(code: string): boolean {
  return /^[a-z0-9]{5}-?[a-z0-9]{5}$/i.test(code.trim());
}
