/**
 * The offline sync without a browser database: the store and the API client are stand-ins, so
 * these check the rules — a create carries a client_id and is queued with that same id when the
 * network fails; a flush sends each item once, oldest first, stops at a network failure and drops
 * what the server refuses for good.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { ApiError, NetworkError } from '../api/errors.ts';
import type { QueuedItem } from './store.ts';

const queue: QueuedItem[] = [];
const post = vi.fn();

vi.mock('./store.ts', () => ({
  enqueue: async (item: QueuedItem) => {
    queue.push(item);
  },
  queued: async (owner: string) => queue.filter((i) => i.owner === owner),
  dequeue: async (id: string) => {
    queue.splice(
      queue.findIndex((i) => i.client_id === id),
      1,
    );
  },
}));
vi.mock('../api/client.ts', () => ({
  api: { POST: (path: string, init: { body: Record<string, unknown> }) => post(path, init.body) },
  unwrap: async (call: Promise<unknown>) => call,
}));

const { createOrQueue, flushQueue } = await import('./sync.ts');

function item(n: number, owner = 'me'): QueuedItem {
  const client_id = `00000000-0000-4000-8000-00000000000${n}`;
  return { client_id, kind: 'checkin', body: { score: n, client_id }, queued_at: n, owner };
}

beforeEach(() => {
  queue.length = 0;
  post.mockReset();
});

describe('createOrQueue', () => {
  it('sends with a fresh client_id when online', async () => {
    post.mockResolvedValue({ id: 'x' });
    const result = await createOrQueue('checkin', { score: 3 }, 'me');
    expect(result.sent).toEqual({ id: 'x' });
    expect(post.mock.calls[0]?.[1]).toMatchObject({
      score: 3,
      client_id: expect.stringMatching(/^[0-9a-f-]{36}$/),
    });
    expect(queue).toEqual([]);
  });

  it('queues with the same client_id when the request fails on the way', async () => {
    post.mockRejectedValue(new NetworkError());
    const result = await createOrQueue('entry', { body: 'hello' }, 'me');
    expect(result.queued?.kind).toBe('entry');
    expect(queue).toHaveLength(1);
    expect(queue[0]?.client_id).toBe(post.mock.calls[0]?.[1].client_id);
    expect(queue[0]?.body).toMatchObject({ body: 'hello', client_id: queue[0]?.client_id });
  });

  it('lets a refusal through (it is not a network problem)', async () => {
    post.mockRejectedValue(new ApiError(400, { score: ['Required.'] }));
    await expect(createOrQueue('checkin', {}, 'me')).rejects.toBeInstanceOf(ApiError);
    expect(queue).toEqual([]);
  });
});

describe('flushQueue', () => {
  it('sends each of the owner’s items once, oldest first, with its client_id', async () => {
    queue.push(item(1), item(2, 'someone else'), item(3));
    post.mockResolvedValue({});
    expect(await flushQueue('me')).toBe(2);
    expect(post.mock.calls.map((c) => c[1].client_id)).toEqual([item(1).client_id, item(3).client_id]);
    expect(queue.map((i) => i.owner)).toEqual(['someone else']);
  });

  it('stops at a network failure and keeps the rest; drops what the server refuses for good', async () => {
    queue.push(item(1), item(2), item(3));
    post
      .mockRejectedValueOnce(new ApiError(400, { score: ['Bad.'] }))
      .mockResolvedValueOnce({})
      .mockRejectedValueOnce(new NetworkError());
    expect(await flushQueue('me')).toBe(1);
    expect(queue.map((i) => i.client_id)).toEqual([item(3).client_id]);
  });

  it('runs one pass at a time', async () => {
    queue.push(item(1));
    post.mockResolvedValue({});
    const [a, b] = await Promise.all([flushQueue('me'), flushQueue('me')]);
    expect([a, b]).toEqual([1, 1]);
    expect(post).toHaveBeenCalledTimes(1);
  });
});
