/**
 * Sending what was made offline. A create always carries a fresh `client_id`; when the network
 * is missing (or drops mid-request) the item goes to the queue with that same id, so if the first
 * send did reach the server, the retry gets the same object back (200) instead of a second one.
 * {@link flushQueue} sends the queue oldest first, one pass at a time, and stops at the first
 * network failure; an item the server refuses for good (a 4xx other than 401) is dropped.
 */
import { api, unwrap } from '../api/client.ts';
import { ApiError, NetworkError } from '../api/errors.ts';
import { dequeue, enqueue, type QueuedItem, type QueuedKind, queued } from './store.ts';

/** The outcome of {@link createOrQueue}. */
export type Created<T> = { sent: T; queued?: undefined } | { sent?: undefined; queued: QueuedItem };

function send(kind: QueuedKind, body: Record<string, unknown>) {
  return kind === 'checkin'
    ? // biome-ignore lint/suspicious/noExplicitAny: the queue stores bodies the typed client checked when they were made.
      unwrap(api.POST('/api/journal/checkins/', { body: body as any }))
    : // biome-ignore lint/suspicious/noExplicitAny: as above.
      unwrap(api.POST('/api/journal/entries/', { body: body as any }));
}

/** Sends a new check-in or entry now, or queues it when there is no network. */
export async function createOrQueue<T>(
  kind: QueuedKind,
  body: Record<string, unknown>,
  owner: string,
): Promise<Created<T>> {
  const full = { ...body, client_id: crypto.randomUUID() };
  if (navigator.onLine) {
    try {
      return { sent: (await send(kind, full)) as T };
    } catch (error) {
      if (!(error instanceof NetworkError)) throw error;
    }
  }
  const item: QueuedItem = {
    client_id: full.client_id,
    kind,
    body: full,
    queued_at: Date.now(),
    owner,
  };
  await enqueue(item);
  return { queued: item };
}

let running: Promise<number> | null = null;

/** Sends `owner`'s queue; resolves to how many items were delivered. One pass at a time. */
export function flushQueue(owner: string): Promise<number> {
  running ??= (async () => {
    let delivered = 0;
    try {
      for (const item of await queued(owner)) {
        try {
          await send(item.kind, item.body);
        } catch (error) {
          if (
            error instanceof ApiError &&
            error.status >= 400 &&
            error.status < 500 &&
            error.status !== 401
          ) {
            await dequeue(item.client_id);
            continue;
          }
          break;
        }
        await dequeue(item.client_id);
        delivered += 1;
      }
    } finally {
      running = null;
    }
    return delivered;
  })();
  return running;
}
