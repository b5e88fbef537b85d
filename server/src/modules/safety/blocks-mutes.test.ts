/**
 * The block and mute matrix of API.md C2: viewers {blocker, blocked, muted, muter, stranger,
 * staff} × {feed, author filter, detail, comments, comment detail, like, comment on, search}.
 * A blocks B; A mutes C. Runs on the dialect of TEST_DIALECT (both in CI).
 */
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createCommunityApp,
  makeComment,
  makePost,
  type Persona,
  persona,
} from '../../../test/helpers/community.ts';

type App = Awaited<ReturnType<typeof createCommunityApp>>;

const get = (app: FastifyInstance, url: string, who: Persona | null) =>
  app.inject({ url, headers: who?.headers ?? {} });

async function feedIds(app: FastifyInstance, who: Persona | null, query = ''): Promise<string[]> {
  const response = await get(app, `/api/post/?limit=100${query}`, who);
  expect(response.statusCode).toBe(200);
  return response.json().results.map((p: { id: string }) => p.id);
}

async function commentIds(app: FastifyInstance, who: Persona | null, postId: string): Promise<string[]> {
  const response = await get(app, `/api/post/${postId}/comment/?limit=100`, who);
  expect(response.statusCode).toBe(200);
  return response.json().results.map((c: { id: string }) => c.id);
}

describe('blocks and mutes', () => {
  let t: App;
  let a: Persona; // blocks B, mutes C
  let b: Persona;
  let c: Persona;
  let s: Persona; // a stranger
  let staff: Persona;
  const posts: Record<string, string> = {};
  const comments: Record<string, string> = {};
  let sPost: string;
  let mutedBefore: string[];
  let mutedAfter: string[];

  /** Everything the muted user C can read, to diff before and after the mute. */
  async function cView(): Promise<string[]> {
    const urls = [
      '/api/post/?limit=100',
      '/api/post/?limit=100&cursor=',
      `/api/post/${posts.a}/`,
      `/api/post/${sPost}/comment/?limit=100`,
      `/api/post/${sPost}/comment/${comments.a}/`,
      `/api/user/${a.user.public_id}/`,
      '/api/post/?search=zebra',
      '/api/auth/user/',
    ];
    return Promise.all(urls.map(async (url) => (await get(t.app, url, c)).body));
  }

  beforeAll(async () => {
    t = await createCommunityApp();
    [a, b, c, s] = await Promise.all([persona(t.app), persona(t.app), persona(t.app), persona(t.app)]);
    staff = await persona(t.app, 'moderator');
    sPost = (await makePost(t.app, s, { body: 'stranger zebra' })).id;
    posts.a = (await makePost(t.app, a, { body: 'blocker zebra' })).id;
    posts.b = (await makePost(t.app, b, { body: 'blocked zebra' })).id;
    posts.bAnon = (await makePost(t.app, b, { body: 'blocked anonymous zebra', anonymous: true })).id;
    posts.c = (await makePost(t.app, c, { body: 'muted zebra' })).id;
    posts.staff = (await makePost(t.app, staff, { body: 'staff zebra' })).id;
    for (const [key, who] of [
      ['a', a],
      ['b', b],
      ['c', c],
    ] as const) {
      comments[key] = (await makeComment(t.app, who, sPost, { body: `comment by ${key}` })).id;
    }
    mutedBefore = await cView();
    for (const [kind, target] of [
      ['block', b],
      ['mute', c],
    ] as const) {
      const response = await t.app.inject({
        method: 'POST',
        url: `/api/user/${target.user.public_id}/${kind}/`,
        headers: a.headers,
      });
      expect(response.statusCode).toBe(204);
    }
    mutedAfter = await cView();
  });
  afterAll(async () => t.close());

  const hiddenFrom = () =>
    [
      ['blocker A', a, ['b', 'bAnon', 'c'], ['b', 'c']],
      ['blocked B', b, ['a'], ['a']],
    ] as const;

  it('leaves hidden authors out of the feed (both pagings), search and the author filter', async () => {
    for (const [, who, hiddenPosts] of hiddenFrom()) {
      for (const query of ['', '&cursor=', '&search=zebra']) {
        const ids = await feedIds(t.app, who, query);
        for (const key of hiddenPosts) expect(ids, `${key}${query}`).not.toContain(posts[key]);
        expect(ids).toContain(sPost);
        expect(ids).toContain(posts.staff);
      }
    }
    expect(await feedIds(t.app, a, `&author__public_id=${b.user.public_id}`)).toEqual([]);
    expect(await feedIds(t.app, b, `&author__public_id=${a.user.public_id}`)).toEqual([]);
    // The count of a limit/offset page agrees: the posts are left out in the query.
    const page = (await get(t.app, '/api/post/?limit=100', a)).json();
    expect(page.count).toBe(page.results.length);
  });

  it('answers 404 for the detail, comments, likes and new comments of a hidden author, as for a missing post', async () => {
    const missing = (await get(t.app, `/api/post/${'0'.repeat(31)}1/`, a)).body;
    for (const [, who, hiddenPosts] of hiddenFrom()) {
      for (const key of hiddenPosts) {
        const id = posts[key];
        const detail = await get(t.app, `/api/post/${id}/`, who);
        expect(detail.statusCode).toBe(404);
        expect(detail.body).toBe(missing);
        expect((await get(t.app, `/api/post/${id}/comment/`, who)).statusCode).toBe(404);
        for (const action of ['like', 'remove_like']) {
          const like = await t.app.inject({
            method: 'POST',
            url: `/api/post/${id}/${action}/`,
            headers: who.headers,
          });
          expect(like.statusCode).toBe(404);
        }
        const comment = await t.app.inject({
          method: 'POST',
          url: `/api/post/${id}/comment/`,
          headers: who.headers,
          payload: { body: 'hello' },
        });
        expect(comment.statusCode).toBe(404);
      }
    }
    const liked = await t.app.inject({
      method: 'POST',
      url: `/api/post/${posts.b}/like/`,
      headers: s.headers,
    });
    expect(liked.json().likes_count).toBe(1);
  });

  it("leaves a hidden author's comments out of lists and answers 404 for them", async () => {
    for (const [, who, , hiddenComments] of hiddenFrom()) {
      const ids = await commentIds(t.app, who, sPost);
      for (const key of hiddenComments) {
        expect(ids).not.toContain(comments[key]);
        const url = `/api/post/${sPost}/comment/${comments[key]}/`;
        expect((await get(t.app, url, who)).statusCode).toBe(404);
        const like = await t.app.inject({ method: 'POST', url: `${url}like/`, headers: who.headers });
        expect(like.statusCode).toBe(404);
      }
    }
  });

  it('leaves strangers and staff unaffected, and the muted user sees everything', async () => {
    for (const who of [s, staff, c]) {
      const ids = await feedIds(t.app, who);
      for (const key of ['a', 'b', 'bAnon', 'c']) expect(ids).toContain(posts[key]);
      expect(await commentIds(t.app, who, sPost)).toEqual(expect.arrayContaining(Object.values(comments)));
      expect((await get(t.app, `/api/post/${posts.b}/`, who)).statusCode).toBe(200);
    }
    // B may still read the muted user's posts: a mute is one-way.
    expect(await feedIds(t.app, b)).toContain(posts.c);
  });

  it('never lets the muted user notice the mute', async () => {
    expect(mutedAfter).toEqual(mutedBefore);
    // The views are real: they show A's post and comment, and C's own session.
    expect(mutedBefore[2]).toContain('blocker zebra');
    expect(mutedBefore[4]).toContain('comment by a');
    expect(mutedBefore[7]).toContain(c.user.public_id);
  });

  it('leaves posts_count unchanged', async () => {
    const counts = async (who: Persona) =>
      (await get(t.app, `/api/user/${b.user.public_id}/`, who)).json().posts_count;
    expect(await counts(a)).toBe(await counts(s));
  });

  it("puts A's blocks, mutes and filter in A's export, and nothing of them in B's", async () => {
    const exportOf = async (who: Persona) =>
      (await t.app.inject({ url: '/api/account/export/', headers: who.headers })).json().safety;
    expect(await exportOf(a)).toEqual({
      blocked_users: [b.user.public_id],
      muted_users: [c.user.public_id],
      filters: { words: [], action: 'hide' },
    });
    expect(await exportOf(b)).toEqual({
      blocked_users: [],
      muted_users: [],
      filters: { words: [], action: 'hide' },
    });
  });

  it('lists blocks and mutes, and undoing them brings the content back', async () => {
    const blocks = (await get(t.app, '/api/blocks/', a)).json();
    expect(blocks.map((u: { id: string }) => u.id)).toEqual([b.user.public_id]);
    expect((await get(t.app, '/api/mutes/', a)).json().map((u: { id: string }) => u.id)).toEqual([
      c.user.public_id,
    ]);
    expect((await get(t.app, '/api/blocks/', b)).json()).toEqual([]);
    for (const [kind, target] of [
      ['block', b],
      ['mute', c],
    ] as const) {
      for (let i = 0; i < 2; i += 1) {
        const url = `/api/user/${target.user.public_id}/${kind}/`;
        expect((await t.app.inject({ method: 'DELETE', url, headers: a.headers })).statusCode).toBe(204);
      }
    }
    const ids = await feedIds(t.app, a);
    for (const key of ['b', 'bAnon', 'c']) expect(ids).toContain(posts[key]);
    expect(await feedIds(t.app, b)).toContain(posts.a);
    expect((await get(t.app, '/api/blocks/', a)).json()).toEqual([]);
  });
});
