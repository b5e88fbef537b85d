/**
 * The in-process list of revoked sessions. Access tokens are stateless, so logout, logout-all
 * and session deletion put the session id here and every authenticated request checks it. An
 * entry is needed only until the last access token of that session would have expired anyway,
 * so the list is rebuilt at start-up from sessions revoked within the last access lifetime and
 * pruned as entries age out. Other processes learn of a revocation through `onRevoke`, which the
 * scale-out fan-out (`src/scale/`) sets to publish it; what they hear arrives via `revokeFromPeer`.
 */
import { CLOCK_SKEW_SECONDS } from './tokens.ts';

/** Revoked session public ids, each kept until its tokens are dead anyway. */
export class RevocationList {
  private readonly until = new Map<string, number>();
  private nextPrune = 0;
  private readonly accessLifetimeSeconds: number;

  /** @param accessLifetimeSeconds the access token lifetime; entries live that long plus leeway. */
  constructor(accessLifetimeSeconds: number) {
    this.accessLifetimeSeconds = accessLifetimeSeconds;
  }

  /** How long (ms) an entry must stay after the revocation time. */
  private get keepMs(): number {
    return (this.accessLifetimeSeconds + CLOCK_SKEW_SECONDS) * 1000;
  }

  /** Told of every revocation made by this process (set by the scale-out fan-out). */
  onRevoke: ((sessionId: string, revokedAtMs: number) => void) | null = null;

  readonly #listeners: ((sessionId: string) => void)[] = [];

  /** Adds a listener told of every revocation this process makes (the domain event `session.revoked`). */
  listen(listener: (sessionId: string) => void): void {
    this.#listeners.push(listener);
  }

  /** Marks a session revoked at `revokedAtMs` (default now) and tells `onRevoke` and the listeners. */
  revoke(sessionId: string, revokedAtMs = Date.now()): void {
    this.revokeFromPeer(sessionId, revokedAtMs);
    this.onRevoke?.(sessionId, revokedAtMs);
    for (const listener of this.#listeners) listener(sessionId);
  }

  /** Marks a session revoked that another process (or the database) reported; not re-announced. */
  revokeFromPeer(sessionId: string, revokedAtMs: number): void {
    const expires = revokedAtMs + this.keepMs;
    if (expires <= Date.now()) return;
    this.until.set(sessionId, Math.max(expires, this.until.get(sessionId) ?? 0));
    this.prune();
  }

  /** True when tokens of this session must be refused. */
  isRevoked(sessionId: string): boolean {
    const expires = this.until.get(sessionId);
    if (expires === undefined) return false;
    if (expires > Date.now()) return true;
    this.until.delete(sessionId);
    return false;
  }

  /** Drops entries whose tokens have expired anyway (at most once a second). */
  prune(now = Date.now()): void {
    if (now < this.nextPrune) return;
    this.nextPrune = now + 1000;
    for (const [sessionId, expires] of this.until) if (expires <= now) this.until.delete(sessionId);
  }

  /** Number of entries held (for tests and metrics). */
  get size(): number {
    return this.until.size;
  }

  /** The earliest revocation time (microseconds) still relevant now, for the start-up rebuild. */
  relevantSinceMicros(now = Date.now()): number {
    return (now - this.keepMs) * 1000;
  }
}
