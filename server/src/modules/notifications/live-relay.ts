/**
 * Live events between server processes (API.md C1: "a notification reaches a listener connected
 * to any server process"). The fan-out (`src/scale/fanout.ts`, Redis pub/sub or PostgreSQL
 * LISTEN/NOTIFY) sets {@link LiveRelay.onPublish} and hands what other processes published to
 * {@link LiveRelay.applyPeer}. Messages carry ids, never content: each process presents a
 * notification itself, and only when one of its own streams listens for that user.
 */
import type { EventBus } from '../../events/bus.ts';

/** What crosses processes. */
export type LiveMessage =
  /** A notification was stored for `user`. */
  | { k: 'notification'; user: number; id: string }
  /** `user` read or deleted notifications: their streams get the new unread count. */
  | { k: 'unread'; user: number }
  /** A visible post was created by `author`. */
  | { k: 'post'; id: string; author: number }
  /** A comment was created by `author` on a post by `postAuthor` (null: deleted account). */
  | { k: 'comment'; id: string; post: string; author: number; postAuthor: number | null }
  /** A session was revoked: its streams close. */
  | { k: 'revoked'; sid: string };

/** True when a peer's message has a shape this version understands. */
function isLiveMessage(value: unknown): value is LiveMessage {
  if (typeof value !== 'object' || value === null) return false;
  const m = value as Record<string, unknown>;
  if (m.k === 'notification') return typeof m.user === 'number' && typeof m.id === 'string';
  if (m.k === 'unread') return typeof m.user === 'number';
  if (m.k === 'post') return typeof m.id === 'string' && typeof m.author === 'number';
  if (m.k === 'comment')
    return (
      typeof m.id === 'string' &&
      typeof m.post === 'string' &&
      typeof m.author === 'number' &&
      (m.postAuthor === null || typeof m.postAuthor === 'number')
    );
  if (m.k === 'revoked') return typeof m.sid === 'string';
  return false;
}

/** One app's side of the live-event fan-out. */
export class LiveRelay {
  /** Set by the fan-out while it runs; null in a single process (nothing to relay). */
  onPublish: ((message: object) => void) | null = null;
  #receive: (message: LiveMessage) => void = () => {};

  /** Tells the other processes. */
  publish(message: LiveMessage): void {
    this.onPublish?.(message);
  }

  /** Sets what is done with another process's messages (the notification rules do it). */
  receive(handler: (message: LiveMessage) => void): void {
    this.#receive = handler;
  }

  /** Applies another process's message; unknown shapes (a newer version's) are ignored. */
  applyPeer(message: unknown): void {
    if (isLiveMessage(message)) this.#receive(message);
  }
}

const relays = new WeakMap<EventBus, LiveRelay>();

/** The relay of the app whose event bus this is (one per app, shared by the rules and the fan-out). */
export function liveRelayFor(events: EventBus): LiveRelay {
  let relay = relays.get(events);
  if (relay === undefined) {
    relay = new LiveRelay();
    relays.set(events, relay);
  }
  return relay;
}
