/**
 * Revocation, login-throttle and live-event fan-out between app processes. Every revocation this process
 * makes (logout, logout-all, session deletion, refresh-token reuse, password change) and every
 * login failure/success is published; what other processes publish is applied to the local
 * revocation list and throttle. The database stays the source of truth for revocations: after
 * every (re)subscription the list is re-read from `sessions.revoked_at`, and while the channel is
 * down the table is polled every second, so a revocation reaches every process within about a
 * second even when Redis is down. Login failures and successes have no table: those that could
 * not be published are held (bounded in number and age) and sent once the channel is back, so a
 * lockout earned during an outage still reaches every process. Live events (notifications, new
 * posts, closed sessions) travel the same way and are held likewise.
 */
import { randomUUID } from 'node:crypto';
import type { FastifyBaseLogger } from 'fastify';
import type { ChannelHandlers, FanoutChannel } from './channels.ts';

/** A login-throttle transition to share: failures count against every key, a success clears them. */
export interface ThrottleEvent {
  /** `fail` counts against every key; `succeed` clears them. */
  kind: 'fail' | 'succeed';
  /** The counter keys concerned. */
  keys: string[];
}

/** The revocation list the fan-out keeps in step (the auth module's `RevocationList` fits). */
export interface RevocationTarget {
  /** Set by the fan-out: called for each revocation made in this process. */
  onRevoke: ((sessionId: string, revokedAtMs: number) => void) | null;
  /** Applies a revocation made by another process. */
  revokeFromPeer(sessionId: string, revokedAtMs: number): void;
  /** The oldest revocation time (microseconds) that can still matter. */
  relevantSinceMicros(): number;
}

/** The login throttle the fan-out keeps in step (the auth module's `LoginThrottle` fits). */
export interface ThrottleTarget {
  /** Set by the fan-out: called for each failure or success in this process. */
  onEvent: ((event: ThrottleEvent) => void) | null;
  /** Applies a failure or success seen by another process. */
  applyPeer(event: ThrottleEvent): void;
}

/**
 * Live events to share (the notifications module's `LiveRelay` fits): what one process publishes
 * reaches the others' `applyPeer`. The messages are small JSON objects the target defines.
 */
export interface LiveTarget {
  /** Set by the fan-out: called for each live message this process wants the others to get. */
  onPublish: ((message: object) => void) | null;
  /** Applies a live message published by another process. */
  applyPeer(message: unknown): void;
}

/**
 * The caller cache the fan-out keeps in step (the users module's `CallerCache` fits): a user
 * whose role or active flag changed in one process is forgotten in the others.
 */
export interface CallerTarget {
  /** Set by the fan-out: called for each user this process forgets. */
  onForget: ((userId: number) => void) | null;
  /** Forgets a user another process changed. */
  forgetFromPeer(userId: number): void;
}

/** A revoked session as the database records it. */
export interface RevokedSession {
  /** Public id of the session (the tokens' `sid`). */
  public_id: string;
  /** When it was revoked, microseconds, or null. */
  revoked_at: number | null;
}

/** How often the sessions table is polled while the channel is down (ms): well inside the 1 s promise. */
export const POLL_INTERVAL_MS = 500;
/** Revocations committed this long after their `revoked_at` are still found by a poll (ms). */
const POLL_OVERLAP_MS = 5000;
/** Largest message published (PostgreSQL's NOTIFY limit is 8000 bytes). */
const MAX_PAYLOAD = 7000;
/** Throttle messages kept while the channel is down: at most this many, this old (ms). */
const MAX_HELD = 1000;
const HOLD_MS = 15 * 60_000;
/**
 * After this process resubscribes, held messages wait this long (ms) so the other processes —
 * reconnecting with the same back-off — are listening again when they are sent.
 */
export const RESEND_DELAY_MS = 2500;

type Message =
  | { from: string; t: 'revoke'; sid: string; at: number }
  | { from: string; t: 'throttle'; kind: ThrottleEvent['kind']; keys: string[] }
  | { from: string; t: 'live'; m: unknown }
  | { from: string; t: 'caller'; id: number };

/** What the fan-out connects. */
export interface FanoutTargets {
  /** Re-reads the sessions revoked since a time (the database stays the source of truth). */
  revokedSince: (sinceMicros: number) => Promise<readonly RevokedSession[]>;
  /** This process's revocation list. */
  revocation: RevocationTarget;
  /** This process's login throttle. */
  throttle: ThrottleTarget;
  /** This process's live events, shared with the others (none in a process without streams). */
  live?: LiveTarget;
  /** This process's caller cache. */
  callers?: CallerTarget;
  /** Where transitions and failures are logged. */
  log: FastifyBaseLogger;
}

/** Counters exposed as metrics. */
export interface FanoutStats {
  /** Messages published by this process. */
  published: number;
  /** Messages from other processes applied here. */
  received: number;
  /** Publications that failed (the transport was down). */
  publishFailures: number;
}

/** The running fan-out of one process. */
export interface Fanout {
  /** The transport in use. */
  channel: FanoutChannel;
  /** Counters for metrics. */
  stats: FanoutStats;
  /** Stops publishing, polling and listening. */
  close(): Promise<void>;
}

/** Wires a channel (made by `makeChannel` with the handlers given) to the revocation list and throttle. */
export function startFanout(
  targets: FanoutTargets,
  makeChannel: (handlers: ChannelHandlers) => FanoutChannel,
): Fanout {
  const { revokedSince, revocation, throttle, live, callers, log } = targets;
  const self = randomUUID();
  const stats: FanoutStats = { published: 0, received: 0, publishFailures: 0 };
  let lastSyncMs = Date.now();
  let poller: NodeJS.Timeout | null = null;
  let closed = false;

  const resync = async (sinceMicros: number) => {
    const startedMs = Date.now();
    try {
      for (const row of await revokedSince(sinceMicros)) {
        if (row.revoked_at !== null)
          revocation.revokeFromPeer(row.public_id, Math.floor(row.revoked_at / 1000));
      }
      lastSyncMs = startedMs;
    } catch (error) {
      log.warn({ err: error }, 'could not re-read revoked sessions; will retry');
    }
  };
  const startPolling = () => {
    if (poller !== null || closed) return;
    poller = setInterval(() => void resync((lastSyncMs - POLL_OVERLAP_MS) * 1000), POLL_INTERVAL_MS);
    poller.unref();
  };
  const stopPolling = () => {
    if (poller !== null) clearInterval(poller);
    poller = null;
  };

  const channel = makeChannel({
    onMessage(payload) {
      let message: Message;
      try {
        message = JSON.parse(payload) as Message;
      } catch {
        return;
      }
      if (message.from === self) return;
      stats.received += 1;
      if (message.t === 'revoke') revocation.revokeFromPeer(message.sid, message.at);
      else if (message.t === 'throttle') throttle.applyPeer({ kind: message.kind, keys: message.keys });
      else if (message.t === 'live') live?.applyPeer(message.m);
      else if (message.t === 'caller' && Number.isSafeInteger(message.id))
        callers?.forgetFromPeer(message.id);
    },
    onConnected() {
      stopPolling();
      void resync(revocation.relevantSinceMicros());
      if (held.length > 0 && resendTimer === null && !closed) {
        resendTimer = setTimeout(resendHeld, RESEND_DELAY_MS);
        resendTimer.unref();
      }
    },
    onDisconnected() {
      startPolling();
    },
  });
  // Until the first subscription succeeds, poll.
  startPolling();

  const held: { payload: string; atMs: number }[] = [];
  let resendTimer: NodeJS.Timeout | null = null;
  // Revocations are not held: the database has them, and peers poll it while the channel is down.
  const send = (payload: string, atMs: number, hold: boolean) => {
    channel.publish(payload).catch(() => {
      stats.publishFailures += 1;
      if (!hold) return;
      held.push({ payload, atMs });
      if (held.length > MAX_HELD) held.shift();
    });
  };
  const resendHeld = () => {
    resendTimer = null;
    const cutoff = Date.now() - HOLD_MS;
    for (const message of held.splice(0))
      if (message.atMs >= cutoff) send(message.payload, message.atMs, true);
  };
  const publish = (message: Message) => {
    const payload = JSON.stringify(message);
    if (payload.length > MAX_PAYLOAD) return;
    stats.published += 1;
    // Held while the channel is down: a lockout must still reach every process, and a live event
    // still reaches listeners elsewhere once it is back. Revocations are in the database, and a
    // cached caller expires within a second anyway.
    send(payload, Date.now(), message.t !== 'revoke' && message.t !== 'caller');
  };
  revocation.onRevoke = (sid, at) => publish({ from: self, t: 'revoke', sid, at });
  throttle.onEvent = (event) => publish({ from: self, t: 'throttle', kind: event.kind, keys: event.keys });
  if (live !== undefined) live.onPublish = (m) => publish({ from: self, t: 'live', m });
  if (callers !== undefined) callers.onForget = (id) => publish({ from: self, t: 'caller', id });

  return {
    channel,
    stats,
    close: async () => {
      closed = true;
      stopPolling();
      if (resendTimer !== null) clearTimeout(resendTimer);
      revocation.onRevoke = null;
      throttle.onEvent = null;
      if (live !== undefined) live.onPublish = null;
      if (callers !== undefined) callers.onForget = null;
      await channel.close();
    },
  };
}
