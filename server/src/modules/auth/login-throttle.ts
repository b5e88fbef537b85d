/**
 * Login throttling, per account identifier and per client IP. After `LOGIN_MAX_FAILURES`
 * failures a key is locked with exponential backoff (1 s, 2 s, 4 s, … up to 15 minutes); while
 * either key is locked every attempt gets the same 429, whether the account exists or not.
 * Failures are forgotten after a quiet period; a success clears the account's counter.
 * With several processes, `onEvent` (set by the scale-out fan-out in `src/scale/`) publishes each
 * failure and success, and `applyPeer` replays the ones other processes saw, so every process
 * counts every attempt.
 */
import { ThrottledError } from '../../http/errors.ts';

/** Longest lock, in milliseconds. */
const MAX_LOCK_MS = 15 * 60 * 1000;
/** Failures older than this (since the last one) are forgotten, in milliseconds. */
const FORGET_AFTER_MS = 60 * 60 * 1000;
/** Upper bound on tracked keys, so a spray of identifiers cannot exhaust memory. */
const MAX_KEYS = 100_000;

interface Entry {
  failures: number;
  lockedUntil: number;
  lastFailure: number;
}

/** A failure or success seen by one process, replayed by the others. */
export interface ThrottleEvent {
  /** `fail` counts against every key; `succeed` clears them. */
  kind: 'fail' | 'succeed';
  /** The counter keys concerned. */
  keys: string[];
}

/** Per-key failure counters with exponential lockout. */
export class LoginThrottle {
  private readonly entries = new Map<string, Entry>();
  private readonly maxFailures: number;

  /** @param maxFailures failures allowed before the first lock. */
  constructor(maxFailures: number) {
    this.maxFailures = maxFailures;
  }

  private keys(identifier: string, ip: string): string[] {
    return [`account:${identifier.normalize('NFKC').toLowerCase()}`, `ip:${ip}`];
  }

  private live(key: string, now: number): Entry | undefined {
    const entry = this.entries.get(key);
    if (entry !== undefined && now - entry.lastFailure > FORGET_AFTER_MS && entry.lockedUntil <= now) {
      this.entries.delete(key);
      return undefined;
    }
    return entry;
  }

  /** Throws the 429 when the identifier or the IP is locked. */
  check(identifier: string, ip: string, now = Date.now()): void {
    let wait = 0;
    for (const key of this.keys(identifier, ip)) {
      const entry = this.live(key, now);
      if (entry !== undefined && entry.lockedUntil > now) wait = Math.max(wait, entry.lockedUntil - now);
    }
    if (wait > 0) throw new ThrottledError(wait / 1000);
  }

  /** Told of every failure and success in this process (set by the scale-out fan-out). */
  onEvent: ((event: ThrottleEvent) => void) | null = null;

  /** Counts a failed attempt against both keys. */
  fail(identifier: string, ip: string, now = Date.now()): void {
    const keys = this.keys(identifier, ip);
    this.failKeys(keys, now);
    this.onEvent?.({ kind: 'fail', keys });
  }

  /** Replays an attempt another process saw (not re-announced). */
  applyPeer(event: ThrottleEvent): void {
    if (event.kind === 'fail') this.failKeys(event.keys, Date.now());
    else for (const key of event.keys) this.entries.delete(key);
  }

  private failKeys(keys: readonly string[], now: number): void {
    if (this.entries.size >= MAX_KEYS) this.sweep(now);
    for (const key of keys) {
      const entry = this.live(key, now) ?? { failures: 0, lockedUntil: 0, lastFailure: now };
      entry.failures += 1;
      entry.lastFailure = now;
      const over = entry.failures - this.maxFailures;
      if (over >= 0) entry.lockedUntil = now + Math.min(MAX_LOCK_MS, 1000 * 2 ** Math.min(over, 20));
      this.entries.set(key, entry);
    }
  }

  /** Clears the account's counter after a successful login (the IP's stays). */
  succeed(identifier: string, ip: string): void {
    const [account] = this.keys(identifier, ip);
    if (account === undefined) return;
    this.entries.delete(account);
    this.onEvent?.({ kind: 'succeed', keys: [account] });
  }

  private sweep(now: number): void {
    for (const [key, entry] of this.entries) {
      if (entry.lockedUntil <= now) this.entries.delete(key);
    }
    // Still full: forget the oldest half rather than everything (a spray must not unlock all).
    let excess = this.entries.size - MAX_KEYS / 2;
    for (const key of this.entries.keys()) {
      if (excess-- <= 0) break;
      this.entries.delete(key);
    }
  }
}
