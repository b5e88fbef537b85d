/**
 * Throttling of the e-mail flows, in process (shared limits across instances are the scale-out
 * issue's). Requests that send mail are limited per target address and per client IP; requests
 * that present a key are limited by failures per IP. The address key is the normalised address
 * as typed, so an unknown address is throttled exactly like a known one and a 429 reveals nothing.
 */
import { ThrottledError } from '../../http/errors.ts';
import { normalizeEmail } from '../users/index.ts';

/** The limits, each as a count per window. */
export const MAIL_THROTTLE_LIMITS = {
  /** Mails one address may be sent per flow (resend, reset) per window. */
  perAddress: { max: 3, windowMs: 15 * 60 * 1000 },
  /** Mail-sending requests one IP may make per window. */
  perIp: { max: 20, windowMs: 15 * 60 * 1000 },
  /** Wrong or expired keys one IP may present per window. */
  keyFailures: { max: 20, windowMs: 15 * 60 * 1000 },
} as const;

const MAX_KEYS = 100_000;

/** Fixed-window counters keyed by string. */
class WindowCounter {
  private readonly windows = new Map<string, { start: number; count: number }>();
  private readonly max: number;
  private readonly windowMs: number;
  constructor(limit: { max: number; windowMs: number }) {
    this.max = limit.max;
    this.windowMs = limit.windowMs;
  }
  private entry(key: string, now: number) {
    const entry = this.windows.get(key);
    if (entry === undefined || now - entry.start >= this.windowMs) return undefined;
    return entry;
  }
  /** Throws the 429 when the key has used up its window. */
  check(key: string, now: number): void {
    const entry = this.entry(key, now);
    if (entry !== undefined && entry.count >= this.max)
      throw new ThrottledError((entry.start + this.windowMs - now) / 1000);
  }
  /** Counts one event. */
  count(key: string, now: number): void {
    if (this.windows.size >= MAX_KEYS) {
      for (const [k, e] of this.windows) if (now - e.start >= this.windowMs) this.windows.delete(k);
    }
    const entry = this.entry(key, now) ?? { start: now, count: 0 };
    entry.count += 1;
    this.windows.set(key, entry);
  }
}

/** The throttle of one app's e-mail flows. */
export class MailThrottle {
  private readonly addresses = new WindowCounter(MAIL_THROTTLE_LIMITS.perAddress);
  private readonly ips = new WindowCounter(MAIL_THROTTLE_LIMITS.perIp);
  private readonly keyFailures = new WindowCounter(MAIL_THROTTLE_LIMITS.keyFailures);

  /** Counts a mail-sending request (flow + address, and IP); throws the 429 when over a limit. */
  mailRequest(flow: string, address: string, ip: string, now = Date.now()): void {
    const addressKey = `${flow}:${normalizeEmail(address)}`;
    this.addresses.check(addressKey, now);
    this.ips.check(ip, now);
    this.addresses.count(addressKey, now);
    this.ips.count(ip, now);
  }

  /** Throws the 429 when this IP presented too many bad keys. */
  checkKeys(ip: string, now = Date.now()): void {
    this.keyFailures.check(ip, now);
  }

  /** Counts a bad key presented by this IP. */
  keyFailed(ip: string, now = Date.now()): void {
    this.keyFailures.count(ip, now);
  }
}
