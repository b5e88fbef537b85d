/** The reference design's comment cases as HTTP tests, with the contract's scoping fixes. */
import type { InjectOptions } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createCommunityApp,
  makeComment,
  makePost,
  type Persona,
  persona,
} from '../../../test/helpers/community.ts';
import { dashedId } from '../../lib/ids.ts';

type App = Awaited<ReturnType<typeof createCommunityApp>>;

describe('comments API', () => {
  let t: App;
  let alice: Persona;
  let bob: Persona;
  let post: Record<string, any>;
  beforeAll(async () => {
    t = await createCommunityApp();
    alice = await persona(t.app);
    bob = await persona(t.app);
    post = await makePost(t.app, alice);
  });
  afterAll(async () => t.close());
  const inject = (options: InjectOptions) => t.app.inject(options);
  const commentsCount = async (id: string) =>
    (await inject({ url: `/api/post/${id}/` })).json().comments_count;

  it('lists nothing for a fresh post, anonymously too; an unknown or malformed post is a 404', async () => {
    const fresh = await makePost(t.app, alice);
    expect((await inject({ url: `/api/post/${fresh.id}/comment/` })).json()).toEqual({
      count: 0,
      next: null,
      previous: null,
      results: [],
    });
    for (const id of ['1'.repeat(32), 'bad']) {
      expect((await inject({ url: `/api/post/${id}/comment/` })).statusCode).toBe(404);
      const create = await inject({
        method: 'POST',
        url: `/api/post/${id}/comment/`,
        headers: bob.headers,
        payload: { body: 'x' },
      });
      expect(create.statusCode).toBe(404);
    }
  });

  it('creates a comment as the reference sends it; post is the dashed UUID; counts follow', async () => {
    const before = await commentsCount(post.id);
    const response = await inject({
      method: 'POST',
      url: `/api/post/${post.id}/comment/`,
      headers: bob.headers,
      payload: { body: ' Hang in there ', post: dashedId(post.id), author: bob.user.public_id },
    });
    expect(response.statusCode).toBe(201);
    const comment = response.json();
    expect(Object.keys(comment).sort()).toEqual(
      [
        'author',
        'body',
        'created',
        'edited',
        'filtered',
        'hidden',
        'id',
        'liked',
        'likes_count',
        'post',
        'updated',
      ].sort(),
    );
    expect(comment).toMatchObject({
      post: dashedId(post.id),
      body: 'Hang in there',
      edited: false,
      liked: false,
      likes_count: 0,
      author: { id: bob.user.public_id },
    });
    expect(await commentsCount(post.id)).toBe(before + 1);
    const listed = (await inject({ url: `/api/post/${post.id}/comment/` })).json();
    expect(listed.results.map((c: { id: string }) => c.id)).toContain(comment.id);
  });

  it("refuses a body post that differs from the URL's and another user as author", async () => {
    const other = await makePost(t.app, bob);
    const wrongPost = await inject({
      method: 'POST',
      url: `/api/post/${post.id}/comment/`,
      headers: bob.headers,
      payload: { body: 'x', post: other.id },
    });
    expect(wrongPost.statusCode).toBe(400);
    expect(wrongPost.json()).toEqual({ post: ['The post must be the post in the URL.'] });
    const wrongAuthor = await inject({
      method: 'POST',
      url: `/api/post/${post.id}/comment/`,
      headers: bob.headers,
      payload: { body: 'x', author: alice.user.public_id },
    });
    expect(wrongAuthor.statusCode).toBe(400);
    expect(wrongAuthor.json()).toEqual({ author: ["You can't create a comment for another user."] });
    const blank = await inject({
      method: 'POST',
      url: `/api/post/${post.id}/comment/`,
      headers: bob.headers,
      payload: { body: '' },
    });
    expect(blank.json()).toEqual({ body: ['This field may not be blank.'] });
  });

  it('finds a comment only under its own post', async () => {
    const comment = await makeComment(t.app, bob, post.id);
    const other = await makePost(t.app, bob);
    expect((await inject({ url: `/api/post/${post.id}/comment/${comment.id}/` })).statusCode).toBe(200);
    expect((await inject({ url: `/api/post/${post.id}/comment/${dashedId(comment.id)}/` })).statusCode).toBe(
      200,
    );
    for (const method of ['GET', 'PUT', 'DELETE'] as const) {
      const response = await inject({
        method,
        url: `/api/post/${other.id}/comment/${comment.id}/`,
        headers: bob.headers,
        ...(method === 'PUT' ? { payload: { body: 'x' } } : {}),
      });
      expect(response.statusCode, method).toBe(404);
    }
    const like = await inject({
      method: 'POST',
      url: `/api/post/${other.id}/comment/${comment.id}/like/`,
      headers: bob.headers,
    });
    expect(like.statusCode).toBe(404);
  });

  it('PUT by the author sets edited; anyone else 403; PATCH 405', async () => {
    const comment = await makeComment(t.app, bob, post.id);
    const url = `/api/post/${post.id}/comment/${comment.id}/`;
    const put = await inject({
      method: 'PUT',
      url,
      headers: bob.headers,
      payload: { body: 'edited', post: post.id },
    });
    expect(put.statusCode).toBe(200);
    expect(put.json()).toMatchObject({ body: 'edited', edited: true });
    expect(
      (await inject({ method: 'PUT', url, headers: alice.headers, payload: { body: 'no' } })).statusCode,
    ).toBe(403);
    expect((await inject({ method: 'PATCH', url, headers: bob.headers, payload: {} })).statusCode).toBe(405);
  });

  it('DELETE → 204 and the post count drops; anonymous writes are 401', async () => {
    const comment = await makeComment(t.app, bob, post.id);
    const url = `/api/post/${post.id}/comment/${comment.id}/`;
    for (const method of ['PUT', 'DELETE'] as const) {
      expect((await inject({ method, url, payload: { body: 'x' } })).statusCode).toBe(401);
    }
    expect((await inject({ method: 'POST', url: `${url}like/` })).statusCode).toBe(401);
    const before = await commentsCount(post.id);
    expect((await inject({ method: 'DELETE', url, headers: bob.headers })).statusCode).toBe(204);
    expect(await commentsCount(post.id)).toBe(before - 1);
    expect((await inject({ url })).statusCode).toBe(404);
  });

  it('like and remove_like are idempotent with liked right for the caller', async () => {
    const comment = await makeComment(t.app, bob, post.id);
    const url = `/api/post/${post.id}/comment/${comment.id}/`;
    const like = () => inject({ method: 'POST', url: `${url}like/`, headers: alice.headers });
    expect((await like()).json()).toMatchObject({ liked: true, likes_count: 1 });
    expect((await like()).json()).toMatchObject({ liked: true, likes_count: 1 });
    expect((await inject({ url, headers: bob.headers })).json()).toMatchObject({
      liked: false,
      likes_count: 1,
    });
    const unlike = () => inject({ method: 'POST', url: `${url}remove_like/`, headers: alice.headers });
    expect((await unlike()).json()).toMatchObject({ liked: false, likes_count: 0 });
    expect((await unlike()).json()).toMatchObject({ liked: false, likes_count: 0 });
  });

  it('pages comments with limit/offset and a cursor', async () => {
    const busy = await makePost(t.app, alice);
    for (let i = 0; i < 3; i += 1) await makeComment(t.app, bob, busy.id, { body: `k${i}` });
    const offset = (await inject({ url: `/api/post/${busy.id}/comment/?limit=2` })).json();
    expect(offset.count).toBe(3);
    expect(offset.results.map((c: { body: string }) => c.body)).toEqual(['k2', 'k1']);
    const first = (await inject({ url: `/api/post/${busy.id}/comment/?limit=2&cursor=` })).json();
    const second = (await inject({ url: first.next })).json();
    expect(second.results.map((c: { body: string }) => c.body)).toEqual(['k0']);
  });
});
