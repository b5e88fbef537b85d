/**
 * The caller cache: what authentication needs of the user behind an access token (id, role,
 * active flag), kept for a second so an authenticated request costs no query of its own.
 *
 * Freshness: every change of a role, of the active flag or a deletion made through this module
 * forgets the user here at once and, through the scale-out fan-out (`onForget`), in every other
 * process; for a second after that the user is read from the database on every request, so a
 * lookup racing the changing transaction's commit cannot bring the old row back. A change made
 * behind the app's back (SQL by hand, or the CLI on SQLite, which has no channel to the server)
 * is seen within {@link CALLER_TTL_MS}. Deactivation also revokes every session, which the
 * revocation list enforces on its own.
 */
import type { Role } from '../../db/schema.ts';

/** The caller's facts authentication reads. */
export interface CallerRow {
  /** Internal user key. */
  id: number;
  /** Public id (32 hex), the tokens' `sub`. */
  public_id: string;
  /** Privilege level. */
  role: Role;
  /** False for deactivated accounts (their tokens are refused). */
  is_active: boolean;
}

/** How long (ms) a cached caller is trusted, and how long a forgotten one is not cached again. */
export const CALLER_TTL_MS = 1000;
/** Most callers held; the oldest go first (a second's worth of active users fits many times). */
const MAX_ENTRIES = 20_000;

interface Entry {
  row: CallerRow | undefined;
  until: number;
}

/** A per-process cache of callers by public id. */
export class CallerCache {
  readonly #entries = new Map<string, Entry>();
  /** User ids changed recently: not cached until the time given. */
  readonly #unsettled = new Map<number, number>();
  readonly #ttlMs: number;

  /** @param ttlMs how long an entry is trusted (ms). */
  constructor(ttlMs = CALLER_TTL_MS) {
    this.#ttlMs = ttlMs;
  }

  /** Told of every user forgotten by this process (set by the fan-out to tell the others). */
  onForget: ((userId: number) => void) | null = null;

  /** The caller with this public id, from the cache or from `load` (undefined when none). */
  async get(publicId: string, load: () => Promise<CallerRow | undefined>): Promise<CallerRow | undefined> {
    const now = Date.now();
    const cached = this.#entries.get(publicId);
    if (cached !== undefined && cached.until > now) return cached.row;
    const row = await load();
    if (row !== undefined && this.#isUnsettled(row.id, Date.now())) return row;
    if (cached !== undefined) this.#entries.delete(publicId);
    else if (this.#entries.size >= MAX_ENTRIES) this.#evictOldest();
    this.#entries.set(publicId, { row, until: Date.now() + this.#ttlMs });
    return row;
  }

  /** Forgets a user whose role, active flag or existence changed here, and tells the others. */
  forget(userId: number): void {
    this.forgetFromPeer(userId);
    this.onForget?.(userId);
  }

  /** Forgets a user another process reported changed; not re-announced. */
  forgetFromPeer(userId: number): void {
    const now = Date.now();
    this.#unsettled.set(userId, now + this.#ttlMs);
    for (const [publicId, entry] of this.#entries) {
      if (entry.row?.id === userId) this.#entries.delete(publicId);
    }
    for (const [id, until] of this.#unsettled) if (until <= now) this.#unsettled.delete(id);
  }

  /** Number of callers held (for tests). */
  get size(): number {
    return this.#entries.size;
  }

  #isUnsettled(userId: number, now: number): boolean {
    if (this.#unsettled.size === 0) return false;
    const until = this.#unsettled.get(userId);
    return until !== undefined && until > now;
  }

  #evictOldest(): void {
    const oldest = this.#entries.keys().next();
    if (oldest.done !== true) this.#entries.delete(oldest.value);
  }
}

/**
 * The process's caller cache. One per process on purpose: the fan-out keeps the processes of an
 * installation in step, and in a process running several apps (tests) entries are keyed by
 * random public ids, so one app's forgetting only costs another a query.
 */
export const callerCache = new CallerCache();
