/**
 * Live events of one process (API.md C1, `GET /api/events/`): the open streams by user, a short
 * replay log per user (`Last-Event-ID`, last 5 minutes), heartbeats, and a bound on what one
 * stream may have unsent: a listener that stops reading is dropped instead of growing memory.
 * Event ids are microsecond timestamps (unique and increasing within a process), so a client that
 * reconnects to another process resumes at the right point; other processes' events arrive
 * through the `LiveRelay`.
 */
import type { EventBus } from '../../events/bus.ts';

/** One open event stream. */
export interface LiveStream {
  /** The listening user (internal key). */
  userId: number;
  /** The login session behind the stream, closed when it is revoked. */
  sessionId: string | null;
  /** Writes a frame; returns the bytes still waiting to be sent. */
  write(frame: string): number;
  /** Ends the stream. */
  close(): void;
}

/** A sent event kept for replay. */
interface Sent {
  id: number;
  at: number;
  frame: string;
}

/** How long events stay replayable. */
export const REPLAY_MS = 5 * 60_000;
/** At most this many replayable events per user. */
export const REPLAY_MAX = 200;
/** A stream with more than this many bytes unsent is dropped. */
export const MAX_UNSENT_BYTES = 64 * 1024;
/** Heartbeat interval (a comment line), within C1's ≤ 25 s. */
export const HEARTBEAT_MS = 20_000;

/** Formats one SSE frame. */
export function frame(id: number, event: string, data: unknown): string {
  return `id: ${id}\nevent: ${event}\ndata: ${JSON.stringify(data)}\n\n`;
}

/** The live streams of one app. */
export class LiveHub {
  readonly #streams = new Map<number, Set<LiveStream>>();
  readonly #recent = new Map<number, Sent[]>();
  /** When each user's last stream closed, for the replay window. */
  readonly #left = new Map<number, number>();
  #lastId = 0;
  #heartbeat: NodeJS.Timeout | null = null;
  /** Heartbeat interval; tests shorten it before the first stream opens. */
  heartbeatMs = HEARTBEAT_MS;

  /**
   * True when the user has an open stream here, or had one within the replay window (a client
   * reconnecting with `Last-Event-ID` gets what happened meanwhile): presenting an event is worth it.
   */
  listening(userId: number, now = Date.now()): boolean {
    if ((this.#streams.get(userId)?.size ?? 0) > 0) return true;
    const left = this.#left.get(userId);
    if (left !== undefined && left > now - REPLAY_MS) return true;
    this.#left.delete(userId);
    return false;
  }

  /** True when the user has an open stream here now. */
  connected(userId: number): boolean {
    return (this.#streams.get(userId)?.size ?? 0) > 0;
  }

  /** How many streams are open. */
  get size(): number {
    let n = 0;
    for (const set of this.#streams.values()) n += set.size;
    return n;
  }

  /** Registers a stream, first replaying what the user missed after `lastEventId`. */
  open(stream: LiveStream, lastEventId: number | null, now = Date.now()): void {
    if (lastEventId !== null) {
      for (const sent of this.#replayable(stream.userId, now)) {
        if (sent.id > lastEventId && !this.#write(stream, sent.frame)) return;
      }
    }
    const set = this.#streams.get(stream.userId) ?? new Set();
    set.add(stream);
    this.#streams.set(stream.userId, set);
    this.#startHeartbeat();
  }

  /** Forgets a stream (the client went away). */
  remove(stream: LiveStream): void {
    const set = this.#streams.get(stream.userId);
    set?.delete(stream);
    if (set?.size === 0) {
      this.#streams.delete(stream.userId);
      this.#left.set(stream.userId, Date.now());
    }
    if (this.#streams.size === 0) this.#stopHeartbeat();
  }

  /** Sends an event to every stream of a user and keeps it for replay. */
  send(userId: number, event: string, data: unknown, now = Date.now()): void {
    const id = this.#id(now);
    const text = frame(id, event, data);
    const kept = this.#replayable(userId, now);
    kept.push({ id, at: now, frame: text });
    if (kept.length > REPLAY_MAX) kept.splice(0, kept.length - REPLAY_MAX);
    this.#recent.set(userId, kept);
    for (const stream of [...(this.#streams.get(userId) ?? [])]) this.#write(stream, text);
  }

  /** Sends an event to every open stream whose user `to` accepts (not kept for replay). */
  broadcast(event: string, data: unknown, to: (userId: number) => boolean): void {
    const text = frame(this.#id(Date.now()), event, data);
    for (const [userId, set] of this.#streams) {
      if (!to(userId)) continue;
      for (const stream of [...set]) this.#write(stream, text);
    }
  }

  /** Tells the streams of a revoked session and closes them. */
  closeSession(sessionId: string): void {
    for (const set of [...this.#streams.values()]) {
      for (const stream of [...set]) {
        if (stream.sessionId !== sessionId) continue;
        stream.write(frame(this.#id(Date.now()), 'session.revoked', {}));
        this.remove(stream);
        stream.close();
      }
    }
  }

  /** Closes every stream (the app is closing). */
  closeAll(): void {
    for (const set of [...this.#streams.values()]) {
      for (const stream of [...set]) {
        this.remove(stream);
        stream.close();
      }
    }
    this.#stopHeartbeat();
  }

  /** The next event id: the time in microseconds, bumped to stay increasing. */
  #id(now: number): number {
    this.#lastId = Math.max(this.#lastId + 1, now * 1000);
    return this.#lastId;
  }

  #replayable(userId: number, now: number): Sent[] {
    const kept = (this.#recent.get(userId) ?? []).filter((sent) => sent.at > now - REPLAY_MS);
    if (kept.length === 0) this.#recent.delete(userId);
    return kept;
  }

  /** Writes a frame; a stream whose unsent bytes pass the bound is dropped. */
  #write(stream: LiveStream, text: string): boolean {
    if (stream.write(text) <= MAX_UNSENT_BYTES) return true;
    this.remove(stream);
    stream.close();
    return false;
  }

  #startHeartbeat(): void {
    if (this.#heartbeat !== null) return;
    this.#heartbeat = setInterval(() => {
      for (const set of [...this.#streams.values()])
        for (const stream of [...set]) this.#write(stream, ': ping\n\n');
    }, this.heartbeatMs);
    this.#heartbeat.unref();
  }

  #stopHeartbeat(): void {
    if (this.#heartbeat !== null) clearInterval(this.#heartbeat);
    this.#heartbeat = null;
  }
}

const hubs = new WeakMap<EventBus, LiveHub>();

/** The hub of the app whose event bus this is (one per app, shared by the rules and the routes). */
export function liveHubFor(events: EventBus): LiveHub {
  let hub = hubs.get(events);
  if (hub === undefined) {
    hub = new LiveHub();
    hubs.set(events, hub);
  }
  return hub;
}
