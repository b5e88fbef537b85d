/**
 * The feed costs a constant number of queries per page — authors, counts and the caller's
 * `liked` are batched, never one query per post — and page 1,000 of a 100,000-post feed costs
 * exactly what page 1 costs (keyset cursor).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createCommunityApp,
  makeComment,
  makePost,
  type Persona,
  persona,
} from '../../../test/helpers/community.ts';
import { encodeCursor } from '../../http/pagination.ts';
import { callerCache } from '../users/index.ts';
import { insertPostsBulk, type NewPost } from './posts.repository.ts';

type App = Awaited<ReturnType<typeof createCommunityApp>>;

/**
 * Queries per feed page (see docs/api.md): the caller's user, posts with `liked`, authors with
 * counts, and for a signed-in viewer their blocks, mutes and filter words (one query, API.md C2).
 * The caller's user is read only when the caller cache misses (at most once a second per caller,
 * `users/caller-cache.test.ts`); the counts here are the worst case: the viewer is forgotten first.
 */
const CURSOR_PAGE_QUERIES = { authenticated: 4, anonymous: 2 };
/** limit/offset adds the total count. */
const OFFSET_PAGE_QUERIES = { authenticated: 5, anonymous: 3 };

/** Counts the queries of one request, with the caller not cached (a deterministic worst case). */
function countedWithoutCache(t: App, who: Persona | null, request: () => Promise<unknown>) {
  if (who !== null) callerCache.forgetFromPeer(who.user.id);
  return t.queries.around(request);
}

describe('feed query counts', () => {
  let t: App;
  let viewer: Persona;
  beforeAll(async () => {
    t = await createCommunityApp();
    viewer = await persona(t.app);
    const authors = await Promise.all(Array.from({ length: 12 }, () => persona(t.app)));
    for (const [i, author] of authors.entries()) {
      for (let j = 0; j < 10; j += 1) {
        const post = await makePost(t.app, author, { anonymous: j % 3 === 0 });
        if (j % 2 === 0)
          await t.app.inject({ method: 'POST', url: `/api/post/${post.id}/like/`, headers: viewer.headers });
        if (i % 2 === 0) await makeComment(t.app, viewer, post.id);
      }
    }
    // The newest post names its author, so even a one-post page loads authors (an all-anonymous
    // page skips that query: the count is a maximum).
    await makePost(t.app, authors[0] as Persona);
  });
  afterAll(async () => t.close());

  const count = (url: string, who: Persona | null) =>
    countedWithoutCache(t, who, async () => {
      const response = await t.app.inject({ url, headers: who?.headers ?? {} });
      expect(response.statusCode).toBe(200);
    });

  it('is the same for 1, 10 and 100 posts of many authors, with likes and comments', async () => {
    for (const limit of [1, 10, 100]) {
      expect(await count(`/api/post/?limit=${limit}&cursor=`, viewer)).toBe(
        CURSOR_PAGE_QUERIES.authenticated,
      );
      expect(await count(`/api/post/?limit=${limit}&cursor=`, null)).toBe(CURSOR_PAGE_QUERIES.anonymous);
      expect(await count(`/api/post/?limit=${limit}`, viewer)).toBe(OFFSET_PAGE_QUERIES.authenticated);
      expect(await count(`/api/post/?limit=${limit}`, null)).toBe(OFFSET_PAGE_QUERIES.anonymous);
    }
    const page = (await t.app.inject({ url: '/api/post/?limit=100', headers: viewer.headers })).json();
    expect(page.results).toHaveLength(100);
    const likedIds = await t.database.db
      .selectFrom('post_likes')
      .innerJoin('posts', 'posts.id', 'post_likes.post_id')
      .select('posts.public_id')
      .where('post_likes.user_id', '=', viewer.user.id)
      .execute();
    const expected = new Set(likedIds.map((r) => r.public_id));
    for (const p of page.results as { id: string; liked: boolean; likes_count: number }[]) {
      expect(p.liked).toBe(expected.has(p.id));
      expect(p.likes_count).toBe(expected.has(p.id) ? 1 : 0);
    }
    expect(page.results.filter((p: { liked: boolean }) => p.liked).length).toBeGreaterThan(20);
    expect(new Set(page.results.map((p: { author: { id: string } }) => p.author.id)).size).toBeGreaterThan(
      10,
    );
  });

  it('costs a constant number for a page of comments too', async () => {
    const post = (await t.app.inject({ url: '/api/post/?limit=1' })).json().results[0];
    for (let i = 0; i < 12; i += 1) await makeComment(t.app, await persona(t.app), post.id);
    const small = await count(`/api/post/${post.id}/comment/?limit=2`, viewer);
    const large = await count(`/api/post/${post.id}/comment/?limit=100`, viewer);
    // The caller's user, the viewer's relations, the post, the count, the comments, their authors.
    expect(small).toBe(6);
    expect(large).toBe(small);
  });
});

describe('100,000 posts', () => {
  let t: App;
  let viewer: Persona;
  const TOTAL = 100_000;
  beforeAll(async () => {
    t = await createCommunityApp();
    viewer = await persona(t.app);
    const authors = await Promise.all(Array.from({ length: 50 }, () => persona(t.app)));
    const start = Date.now() * 1000 - TOTAL;
    const posts: NewPost[] = Array.from({ length: TOTAL }, (_, i) => ({
      authorId: (authors[i % authors.length] as Persona).user.id,
      body: `post ${i}`,
      anonymous: i % 7 === 0,
      created: start + i,
    }));
    await t.database.db.transaction().execute((trx) => insertPostsBulk(trx, posts));
  }, 60_000);
  afterAll(async () => t.close());

  it('answers page 1 and page 1,000 via cursor with the same query count', async () => {
    const first = await t.app.inject({ url: '/api/post/?cursor=', headers: viewer.headers });
    expect(first.json().results[0].body).toBe(`post ${TOTAL - 1}`);
    // The position after 9,990 posts: the newest-first 9,990th post is "post 90010".
    const boundary = await t.database.db
      .selectFrom('posts')
      .select(['created', 'public_id'])
      .where('body', '=', `post ${TOTAL - 9_990}`)
      .executeTakeFirstOrThrow();
    const cursor = encodeCursor({
      position: { created: boundary.created, id: boundary.public_id },
      reverse: false,
    });
    const url = `/api/post/?cursor=${cursor}`;
    const pageOne = await countedWithoutCache(t, viewer, () =>
      t.app.inject({ url: '/api/post/?cursor=', headers: viewer.headers }),
    );
    const pageThousand = await countedWithoutCache(t, viewer, () =>
      t.app.inject({ url, headers: viewer.headers }),
    );
    expect(pageOne).toBe(CURSOR_PAGE_QUERIES.authenticated);
    expect(pageThousand).toBe(pageOne);
    const page = (await t.app.inject({ url, headers: viewer.headers })).json();
    expect(page.results.map((p: { body: string }) => p.body)).toEqual(
      Array.from({ length: 10 }, (_, i) => `post ${TOTAL - 9_991 - i}`),
    );
    const next = (await t.app.inject({ url: page.next, headers: viewer.headers })).json();
    expect(next.results[0].body).toBe(`post ${TOTAL - 10_001}`);
    const back = (await t.app.inject({ url: next.previous, headers: viewer.headers })).json();
    expect(back.results.map((p: { body: string }) => p.body)).toEqual(
      page.results.map((p: { body: string }) => p.body),
    );
  });
});
