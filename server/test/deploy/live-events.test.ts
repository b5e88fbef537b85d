/**
 * Live events across real app processes on one PostgreSQL database (API.md C1): a ticket issued
 * by one process opens a stream on another; a notification and a new post made on one process
 * reach a listener on the other within 1 s — through Redis pub/sub, and through PostgreSQL
 * LISTEN/NOTIFY without Redis; with Redis down, events still reach listeners on the process
 * where they happen, and a logout on one process ends the stream on the other.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type AppProcess,
  baseEnv,
  call,
  dataDir,
  freshPostgres,
  type LiveEvent,
  openLiveStream,
  registerUser,
  startApp,
  startRedis,
  waitFor,
} from './services.ts';

/** The contract: a notification reaches a listener on any process within this many milliseconds. */
const LIVE_BOUND_MS = 1000;

/** A ticket from `base` for the token's user. */
async function ticketFrom(base: string, token: string): Promise<string> {
  const answer = await call(base, 'POST', '/api/events/ticket/', { token });
  expect(answer.status).toBe(200);
  return String(answer.body?.ticket);
}

/** Waits for an event matching `match` and returns it. */
async function received(events: LiveEvent[], match: (e: LiveEvent) => boolean): Promise<LiveEvent> {
  await waitFor(async () => events.some(match), 5000, 'live event');
  return events.find(match) as LiveEvent;
}

/** A post by `token`'s user on `base`; returns its id. */
async function post(
  base: string,
  token: string,
  body = 'A quiet evening walk helped today.',
): Promise<string> {
  const answer = await call(base, 'POST', '/api/post/', { token, body: { body } });
  expect(answer.status).toBe(201);
  return String(answer.body?.id);
}

/** Two processes: A where the listener is, B where the others act. */
function crossProcessSuite(label: string, withRedis: boolean) {
  describe(label, () => {
    let db: Awaited<ReturnType<typeof freshPostgres>>;
    let redis: Awaited<ReturnType<typeof startRedis>> | null = null;
    let a: AppProcess;
    let b: AppProcess;

    beforeAll(async () => {
      db = await freshPostgres();
      if (withRedis) redis = await startRedis();
      const env = { ...baseEnv(dataDir(), db.url), ...(redis === null ? {} : { REDIS_URL: redis.url }) };
      a = await startApp(env);
      b = await startApp(env);
    }, 60_000);
    afterAll(async () => {
      await a?.stop();
      await b?.stop();
      await redis?.stop();
      await db?.drop();
    });

    it('a ticket from B opens a stream on A; a comment made on B reaches it as notification and unread within 1 s', async () => {
      const tag = withRedis ? 'r' : 'p';
      const alice = await registerUser(b.base, `alice_${tag}`);
      const bob = await registerUser(b.base, `bob_${tag}`);
      const stream = await openLiveStream(a.base, { ticket: await ticketFrom(b.base, alice.access) });
      expect(stream.status).toBe(200);
      const postId = await post(b.base, alice.access);
      // The stream is registered on A before anything is sent: wait until A hears B's new posts.
      const other = await post(b.base, bob.access);
      await received(stream.events, (e) => e.event === 'post.created' && e.data.id === other);
      const sent = performance.now();
      const comment = await call(b.base, 'POST', `/api/post/${postId}/comment/`, {
        token: bob.access,
        body: { body: 'Thinking of you.' },
      });
      expect(comment.status).toBe(201);
      const note = await received(stream.events, (e) => e.event === 'notification');
      const delay = note.at - sent;
      console.log(`live event ${label}: notification on A ${delay.toFixed(0)} ms after the comment on B`);
      expect(delay).toBeLessThan(LIVE_BOUND_MS);
      expect(note.data).toMatchObject({ type: 'post.commented', post: postId, comment: comment.body?.id });
      expect((await received(stream.events, (e) => e.event === 'unread')).data).toEqual({ count: 1 });
      stream.close();
    });

    it('a logout on B ends the stream opened on A with session.revoked', async () => {
      const carol = await registerUser(a.base, `carol_${withRedis ? 'r' : 'p'}`);
      const stream = await openLiveStream(a.base, { token: carol.access });
      expect(stream.status).toBe(200);
      const logout = await call(b.base, 'POST', '/api/auth/logout/', {
        token: carol.access,
        body: { refresh: carol.refresh },
      });
      expect(logout.status).toBe(204);
      await received(stream.events, (e) => e.event === 'session.revoked');
      stream.close();
    });

    if (withRedis)
      it('with Redis down, a comment still reaches a listener on the same process', async () => {
        const dana = await registerUser(a.base, 'dana_r');
        const erik = await registerUser(a.base, 'erik_r');
        await redis?.stop();
        try {
          const stream = await openLiveStream(a.base, { ticket: await ticketFrom(a.base, dana.access) });
          const postId = await post(a.base, dana.access);
          const comment = await call(a.base, 'POST', `/api/post/${postId}/comment/`, {
            token: erik.access,
            body: { body: 'Here if you want to talk.' },
          });
          expect(comment.status).toBe(201);
          const note = await received(stream.events, (e) => e.event === 'notification');
          expect(note.data).toMatchObject({ post: postId, comment: comment.body?.id });
          stream.close();
        } finally {
          redis = await startRedis(redis?.port);
        }
      });
  });
}

crossProcessSuite('through Redis pub/sub', true);
crossProcessSuite('through PostgreSQL LISTEN/NOTIFY (no Redis)', false);
