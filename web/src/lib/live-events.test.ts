import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import {
  backoffDelay,
  type EventSourceLike,
  LiveClient,
  type LiveEvent,
  StopLive,
  streamUrl,
} from './live-events.ts';

/** A stand-in for the browser's EventSource: the test opens it, sends events and breaks it. */
class FakeSource implements EventSourceLike {
  static all: FakeSource[] = [];
  onopen: ((event: Event) => void) | null = null;
  onerror: ((event: Event) => void) | null = null;
  closed = false;
  private readonly listeners = new Map<string, ((event: MessageEvent) => void)[]>();
  readonly url: string;
  constructor(url: string) {
    this.url = url;
    FakeSource.all.push(this);
  }
  addEventListener(type: string, listener: (event: MessageEvent) => void): void {
    this.listeners.set(type, [...(this.listeners.get(type) ?? []), listener]);
  }
  close(): void {
    this.closed = true;
  }
  open(): void {
    this.onopen?.(new Event('open'));
  }
  emit(type: string, id: string, data: unknown): void {
    const event = new MessageEvent(type, { data: JSON.stringify(data), lastEventId: id });
    for (const listener of this.listeners.get(type) ?? []) listener(event);
  }
  fail(): void {
    this.onerror?.(new Event('error'));
  }
}

const latest = () => FakeSource.all.at(-1) as FakeSource;
const flush = async () => {
  for (let i = 0; i < 10; i += 1) await Promise.resolve();
};

describe('backoffDelay', () => {
  test('doubles per attempt, is capped, and keeps half of it fixed', () => {
    const low = () => 0;
    const high = () => 0.999999;
    expect(backoffDelay(0, 1000, 60_000, low)).toBe(500);
    expect(backoffDelay(0, 1000, 60_000, high)).toBe(1000);
    expect(backoffDelay(3, 1000, 60_000, low)).toBe(4000);
    expect(backoffDelay(3, 1000, 60_000, high)).toBe(8000);
    expect(backoffDelay(20, 1000, 60_000, high)).toBe(60_000);
    expect(backoffDelay(20, 1000, 60_000, low)).toBe(30_000);
  });
});

describe('streamUrl', () => {
  test('adds the replay point only when it is a number', () => {
    expect(streamUrl('/api/events/', 'a b', null)).toBe('/api/events/?ticket=a%20b');
    expect(streamUrl('/api/events/', 't', '1764856800000001')).toBe(
      '/api/events/?ticket=t&last_event_id=1764856800000001',
    );
    expect(streamUrl('/api/events/', 't', 'x1')).toBe('/api/events/?ticket=t');
  });
});

describe('LiveClient', () => {
  let events: LiveEvent[];
  let statuses: string[];
  let tickets: number;
  let client: LiveClient;

  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    FakeSource.all = [];
    events = [];
    statuses = [];
    tickets = 0;
  });
  afterEach(() => {
    client?.stop();
    vi.useRealTimers();
  });

  const make = (ticket?: () => Promise<string>) => {
    client = new LiveClient({
      ticket:
        ticket ??
        (async () => {
          tickets += 1;
          return `ticket-${tickets}`;
        }),
      onEvent: (event) => events.push(event),
      onStatus: (status, reopened) => statuses.push(reopened ? `${status}(again)` : status),
      EventSource: FakeSource,
      random: () => 0.5,
      baseDelay: 1000,
      maxDelay: 8000,
    });
    return client;
  };

  test('opens with a ticket and hands on parsed events', async () => {
    make().start();
    await vi.waitFor(() => expect(FakeSource.all).toHaveLength(1));
    expect(latest().url).toBe('/api/events/?ticket=ticket-1');
    latest().open();
    latest().emit('unread', '100', { count: 2 });
    expect(events).toEqual([{ id: '100', type: 'unread', data: { count: 2 } }]);
    expect(statuses).toEqual(['connecting', 'open']);
  });

  test('reconnects after a break with a fresh ticket and the last id, with growing delays', async () => {
    make().start();
    await vi.waitFor(() => expect(FakeSource.all).toHaveLength(1));
    const first = latest();
    first.open();
    first.emit('notification', '200', { id: 'n1' });
    first.fail();
    expect(first.closed).toBe(true);
    expect(client.status).toBe('waiting');

    // attempt 0: 1000 ms ceiling → 750 ms with random 0.5
    vi.advanceTimersByTime(749);
    expect(FakeSource.all).toHaveLength(1);
    vi.advanceTimersByTime(1);
    await vi.waitFor(() => expect(FakeSource.all).toHaveLength(2));
    expect(latest().url).toBe('/api/events/?ticket=ticket-2&last_event_id=200');

    // It fails again before opening: the next wait is longer (2000 ms ceiling → 1500 ms).
    latest().fail();
    vi.advanceTimersByTime(1499);
    expect(FakeSource.all).toHaveLength(2);
    vi.advanceTimersByTime(1);
    await vi.waitFor(() => expect(FakeSource.all).toHaveLength(3));
    latest().open();
    expect(statuses.at(-1)).toBe('open(again)');

    // After a successful open the delay starts small again.
    latest().fail();
    vi.advanceTimersByTime(750);
    await vi.waitFor(() => expect(FakeSource.all).toHaveLength(4));
  });

  test('a replayed event is handed on once', async () => {
    make().start();
    await vi.waitFor(() => expect(FakeSource.all).toHaveLength(1));
    latest().open();
    latest().emit('notification', '300', { id: 'a' });
    latest().emit('notification', '301', { id: 'b' });
    latest().fail();
    vi.advanceTimersByTime(1000);
    await vi.waitFor(() => expect(FakeSource.all).toHaveLength(2));
    expect(latest().url).toContain('last_event_id=301');
    latest().open();
    // The server replays from a slightly earlier point than asked (another process's view).
    latest().emit('notification', '300', { id: 'a' });
    latest().emit('notification', '301', { id: 'b' });
    latest().emit('notification', '302', { id: 'c' });
    expect(events.map((e) => e.id)).toEqual(['300', '301', '302']);
  });

  test('a ticket failure is retried with backoff; StopLive gives up', async () => {
    let calls = 0;
    make(async () => {
      calls += 1;
      if (calls === 1) throw new Error('offline');
      throw new StopLive('signed out');
    }).start();
    await vi.waitFor(() => expect(client.status).toBe('waiting'));
    vi.advanceTimersByTime(1000);
    await vi.waitFor(() => expect(client.status).toBe('closed'));
    expect(FakeSource.all).toHaveLength(0);
    vi.advanceTimersByTime(60_000);
    await flush();
    expect(calls).toBe(2);
  });

  test('session.revoked is handed on, then the stream closes for good', async () => {
    make().start();
    await vi.waitFor(() => expect(FakeSource.all).toHaveLength(1));
    latest().open();
    latest().emit('session.revoked', '400', {});
    expect(events.map((e) => e.type)).toEqual(['session.revoked']);
    expect(latest().closed).toBe(true);
    expect(client.status).toBe('closed');
    latest().fail();
    vi.advanceTimersByTime(120_000);
    await flush();
    expect(FakeSource.all).toHaveLength(1);
  });

  test('stop (logout) closes the stream, cancels the retry and ignores late events', async () => {
    make().start();
    await vi.waitFor(() => expect(FakeSource.all).toHaveLength(1));
    const source = latest();
    source.open();
    source.fail();
    client.stop();
    vi.advanceTimersByTime(120_000);
    await flush();
    expect(FakeSource.all).toHaveLength(1);
    source.emit('unread', '500', { count: 1 });
    expect(events).toEqual([]);
  });
});
