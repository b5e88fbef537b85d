/**
 * The live events client (API.md C1): gets a single-use ticket, opens an EventSource on
 * `/api/events/?ticket=…`, and when the stream breaks reconnects with exponential backoff and
 * jitter, a fresh ticket and `&last_event_id=<last id>` so the server replays what was missed
 * (an EventSource opened anew cannot send the `Last-Event-ID` header). Events are handed on once
 * each (de-duplicated by id); `session.revoked` ends the client for good.
 */

/** One event from the stream. */
export interface LiveEvent {
  /** The event's `id:` (microsecond timestamp on this server), or '' when it had none. */
  id: string;
  /** The event name (`notification`, `unread`, `post.created`, `comment.created`, `session.revoked`). */
  type: string;
  /** The parsed JSON data (the raw text when it is not JSON). */
  data: unknown;
}

/** The event names the server sends. */
export const LIVE_EVENT_TYPES = [
  'notification',
  'unread',
  'post.created',
  'comment.created',
  'session.revoked',
] as const;

/** Where the client is. */
export type LiveStatus = 'idle' | 'connecting' | 'open' | 'waiting' | 'closed';

/** The part of `EventSource` the client uses (tests inject a fake). */
export interface EventSourceLike {
  onopen: ((event: Event) => void) | null;
  onerror: ((event: Event) => void) | null;
  addEventListener(type: string, listener: (event: MessageEvent) => void): void;
  close(): void;
}

/** Options of {@link LiveClient}. */
export interface LiveClientOptions {
  /** A fresh single-use ticket (`POST /api/events/ticket/`). Throw {@link StopLive} to give up. */
  ticket(): Promise<string>;
  /** Called once per event id. */
  onEvent(event: LiveEvent): void;
  /** Called when the connection state changes; `reopened` is true for every open after the first. */
  onStatus?(status: LiveStatus, reopened: boolean): void;
  /** The EventSource class (default the browser's). */
  EventSource?: new (
    url: string,
  ) => EventSourceLike;
  /** Base URL of the stream (default `/api/events/`). */
  url?: string;
  /** First retry delay in ms (default 1 s). */
  baseDelay?: number;
  /** Longest retry delay in ms (default 60 s). */
  maxDelay?: number;
  /** Random numbers in [0, 1) (tests pass their own). */
  random?: () => number;
  /** Timers (tests pass fakes). */
  setTimeout?: (run: () => void, ms: number) => unknown;
  clearTimeout?: (handle: unknown) => void;
}

/** Thrown by a ticket function when retrying makes no sense (signed out). */
export class StopLive extends Error {
  constructor(reason = 'stopped') {
    super(reason);
    this.name = 'StopLive';
  }
}

/**
 * The wait before reconnect attempt `attempt` (0-based): exponential, capped, with "equal
 * jitter" — half fixed, half random — so many tabs that lost the server together don't come
 * back at the same instant, yet none retries at once in a tight loop.
 */
export function backoffDelay(attempt: number, base: number, max: number, random: () => number): number {
  const ceiling = Math.min(max, base * 2 ** Math.min(attempt, 30));
  return Math.round(ceiling / 2 + random() * (ceiling / 2));
}

/** How many recent event ids are remembered for de-duplication. */
const SEEN_LIMIT = 500;

/** The stream URL for a ticket, resuming after `lastId` when it is a number. */
export function streamUrl(base: string, ticket: string, lastId: string | null): string {
  const resume = lastId !== null && /^\d+$/.test(lastId) ? `&last_event_id=${lastId}` : '';
  return `${base}?ticket=${encodeURIComponent(ticket)}${resume}`;
}

/** A self-healing subscription to `/api/events/`. */
export class LiveClient {
  private readonly options: LiveClientOptions;
  private source: EventSourceLike | null = null;
  private timer: unknown = null;
  private attempt = 0;
  private opened = false;
  private stopped = true;
  private generation = 0;
  private lastId: string | null = null;
  private readonly seen = new Set<string>();
  private state: LiveStatus = 'idle';

  constructor(options: LiveClientOptions) {
    this.options = options;
  }

  /** The current state. */
  get status(): LiveStatus {
    return this.state;
  }

  /** The id of the last event received (the replay point), or null. */
  get lastEventId(): string | null {
    return this.lastId;
  }

  /** Connects (no-op when already running). */
  start(): void {
    if (!this.stopped) return;
    this.stopped = false;
    void this.connect();
  }

  /** Closes the stream and cancels any pending reconnect. */
  stop(): void {
    this.stopped = true;
    this.generation += 1;
    this.cancelTimer();
    this.source?.close();
    this.source = null;
    this.setStatus('closed');
  }

  /** Reconnects now instead of waiting out the backoff (e.g. when the browser is back online). */
  retryNow(): void {
    if (this.stopped || this.state !== 'waiting') return;
    this.cancelTimer();
    void this.connect();
  }

  private setStatus(status: LiveStatus, reopened = false): void {
    if (this.state === status && !reopened) return;
    this.state = status;
    this.options.onStatus?.(status, reopened);
  }

  private cancelTimer(): void {
    if (this.timer !== null) (this.options.clearTimeout ?? clearTimeout)(this.timer as never);
    this.timer = null;
  }

  private async connect(): Promise<void> {
    const generation = ++this.generation;
    this.setStatus('connecting');
    let ticket: string;
    try {
      ticket = await this.options.ticket();
    } catch (error) {
      if (generation !== this.generation) return;
      if (error instanceof StopLive) return this.stop();
      return this.scheduleRetry();
    }
    if (generation !== this.generation || this.stopped) return;
    const Source =
      this.options.EventSource ?? (globalThis.EventSource as unknown as new (url: string) => EventSourceLike);
    const source = new Source(streamUrl(this.options.url ?? '/api/events/', ticket, this.lastId));
    this.source = source;
    source.onopen = () => {
      if (generation !== this.generation) return;
      this.attempt = 0;
      const reopened = this.opened;
      this.opened = true;
      this.setStatus('open', reopened);
    };
    // The browser would retry with the same (now spent) ticket: close and come back with a new one.
    source.onerror = () => {
      if (generation !== this.generation) return;
      source.close();
      this.source = null;
      this.scheduleRetry();
    };
    for (const type of LIVE_EVENT_TYPES) {
      source.addEventListener(type, (event) => {
        if (generation === this.generation) this.receive(type, event);
      });
    }
  }

  private scheduleRetry(): void {
    if (this.stopped) return;
    const random = this.options.random ?? Math.random;
    const delay = backoffDelay(
      this.attempt,
      this.options.baseDelay ?? 1000,
      this.options.maxDelay ?? 60_000,
      random,
    );
    this.attempt += 1;
    this.setStatus('waiting');
    this.timer = (this.options.setTimeout ?? setTimeout)(() => {
      this.timer = null;
      if (!this.stopped) void this.connect();
    }, delay);
  }

  private receive(type: string, event: MessageEvent): void {
    const id = event.lastEventId ?? '';
    if (id !== '') {
      if (this.seen.has(id)) return;
      this.seen.add(id);
      if (this.seen.size > SEEN_LIMIT) {
        const oldest = this.seen.values().next().value;
        if (oldest !== undefined) this.seen.delete(oldest);
      }
      this.lastId = id;
    }
    let data: unknown = event.data;
    if (typeof event.data === 'string') {
      try {
        data = JSON.parse(event.data);
      } catch {
        data = event.data;
      }
    }
    this.options.onEvent({ id, type, data });
    if (type === 'session.revoked') this.stop();
  }
}
