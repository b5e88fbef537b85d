/**
 * Revocation and login-throttle fan-out between app processes. Every revocation this process
 * makes (logout, logout-all, session deletion, refresh-token reuse, password change) and every
 * login failure/success is published; what other processes publish is applied to the local
 * revocation list and throttle. The database stays the source of truth for revocations: after
 * every (re)subscription the list is re-read from `sessions.revoked_at`, and while the channel is
 * down the table is polled every second, so a revocation reaches every process within about a
 * second even when Redis is down.
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

type Message =
  | { from: string; t: 'revoke'; sid: string; at: number }
  | { from: string; t: 'throttle'; kind: ThrottleEvent['kind']; keys: string[] };

/** What the fan-out connects. */
export interface FanoutTargets {
  /** Re-reads the sessions revoked since a time (the database stays the source of truth). */
  revokedSince: (sinceMicros: number) => Promise<readonly RevokedSession[]>;
  /** This process's revocation list. */
  revocation: RevocationTarget;
  /** This process's login throttle. */
  throttle: ThrottleTarget;
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
  const { revokedSince, revocation, throttle, log } = targets;
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
    },
    onConnected() {
      stopPolling();
      void resync(revocation.relevantSinceMicros());
    },
    onDisconnected() {
      startPolling();
    },
  });
  // Until the first subscription succeeds, poll.
  startPolling();

  const publish = (message: Message) => {
    const payload = JSON.stringify(message);
    if (payload.length > MAX_PAYLOAD) return;
    stats.published += 1;
    channel.publish(payload).catch(() => {
      stats.publishFailures += 1;
    });
  };
  revocation.onRevoke = (sid, at) => publish({ from: self, t: 'revoke', sid, at });
  throttle.onEvent = (event) => publish({ from: self, t: 'throttle', kind: event.kind, keys: event.keys });

  return {
    channel,
    stats,
    close: async () => {
      closed = true;
      stopPolling();
      revocation.onRevoke = null;
      throttle.onEvent = null;
      await channel.close();
    },
  };
}
