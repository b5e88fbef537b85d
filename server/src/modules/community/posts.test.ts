/** The reference design's post cases as HTTP tests, plus the contract's fixes and the feed's paging. */
import type { InjectOptions } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCommunityApp, makePost, type Persona, persona } from '../../../test/helpers/community.ts';
import { dashedId } from '../../lib/ids.ts';

type App = Awaited<ReturnType<typeof createCommunityApp>>;

describe('posts API', () => {
  let t: App;
  let alice: Persona;
  let bob: Persona;
  beforeAll(async () => {
    t = await createCommunityApp();
    alice = await persona(t.app);
    bob = await persona(t.app);
  });
  afterAll(async () => t.close());
  const inject = (options: InjectOptions) => t.app.inject(options);

  it('lists nothing on a fresh database, anonymously too', async () => {
    const response = await inject({ url: '/api/post/' });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual({ count: 0, next: null, previous: null, results: [] });
  });

  it('creates a post (201) with the whole post object, author defaulting to the caller', async () => {
    const response = await inject({
      method: 'POST',
      url: '/api/post/',
      headers: alice.headers,
      payload: { body: '  Hello world  ', mood: 4, content_warning: 'grief' },
    });
    expect(response.statusCode).toBe(201);
    const post = response.json();
    expect(Object.keys(post).sort()).toEqual(
      [
        'anonymous',
        'author',
        'body',
        'comments_count',
        'content_warning',
        'created',
        'edited',
        'filtered',
        'hidden',
        'id',
        'liked',
        'likes_count',
        'mood',
        'updated',
      ].sort(),
    );
    expect(post).toMatchObject({
      body: 'Hello world',
      edited: false,
      liked: false,
      likes_count: 0,
      comments_count: 0,
      mood: 4,
      content_warning: 'grief',
      anonymous: false,
      hidden: false,
    });
    expect(post.id).toMatch(/^[0-9a-f]{32}$/);
    expect(post.created).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{6}Z$/);
    expect(post.author).toMatchObject({ id: alice.user.public_id, posts_count: 1 });
  });

  it('accepts the own author id (hex or dashed) and refuses another user', async () => {
    const own = await inject({
      method: 'POST',
      url: '/api/post/',
      headers: alice.headers,
      payload: { body: 'mine', author: dashedId(alice.user.public_id) },
    });
    expect(own.statusCode).toBe(201);
    const other = await inject({
      method: 'POST',
      url: '/api/post/',
      headers: alice.headers,
      payload: { body: 'theirs', author: bob.user.public_id },
    });
    expect(other.statusCode).toBe(400);
    expect(other.json()).toEqual({ author: ["You can't create a post for another user."] });
  });

  it('validates the body, mood and content warning', async () => {
    const response = await inject({
      method: 'POST',
      url: '/api/post/',
      headers: alice.headers,
      payload: { body: '   ', mood: 7, content_warning: 'x'.repeat(101) },
    });
    expect(response.statusCode).toBe(400);
    expect(response.json()).toEqual({
      body: ['This field may not be blank.'],
      mood: ['Ensure this value is less than or equal to 5.'],
      content_warning: ['Ensure this field has no more than 100 characters.'],
    });
    const missing = await inject({ method: 'POST', url: '/api/post/', headers: alice.headers, payload: {} });
    expect(missing.json()).toEqual({ body: ['This field is required.'] });
  });

  it('ignores read-only fields on create', async () => {
    const post = await makePost(t.app, alice, { hidden: true, likes_count: 99, edited: true, id: 'x' });
    expect(post).toMatchObject({ hidden: false, likes_count: 0, edited: false });
  });

  it('answers 401 to anonymous writes', async () => {
    const post = await makePost(t.app, alice);
    for (const [method, url] of [
      ['POST', '/api/post/'],
      ['PUT', `/api/post/${post.id}/`],
      ['PATCH', `/api/post/${post.id}/`],
      ['DELETE', `/api/post/${post.id}/`],
      ['POST', `/api/post/${post.id}/like/`],
      ['POST', `/api/post/${post.id}/remove_like/`],
    ] as const) {
      const response = await inject({ method, url, payload: { body: 'x' } });
      expect(response.statusCode, `${method} ${url}`).toBe(401);
      expect(response.headers['www-authenticate']).toBe('Bearer realm="api"');
    }
  });

  it('retrieves by hex or dashed id, anonymously too; 404 for unknown or malformed ids', async () => {
    const post = await makePost(t.app, alice);
    for (const id of [post.id, dashedId(post.id), post.id.toUpperCase()]) {
      const response = await inject({ url: `/api/post/${id}/` });
      expect(response.statusCode).toBe(200);
      expect(response.json().id).toBe(post.id);
    }
    for (const id of ['0'.repeat(32), 'nope', '1234', `${post.id}0`]) {
      const response = await inject({ url: `/api/post/${id}/`, headers: bob.headers });
      expect(response.statusCode).toBe(404);
      expect(response.json()).toEqual({ detail: 'Not found.' });
    }
  });

  it('PUT by the author edits and sets edited; by anyone else 403; PATCH 405', async () => {
    const post = await makePost(t.app, alice, { mood: 2 });
    const put = await inject({
      method: 'PUT',
      url: `/api/post/${post.id}/`,
      headers: alice.headers,
      payload: { body: 'changed', author: alice.user.public_id },
    });
    expect(put.statusCode).toBe(200);
    expect(put.json()).toMatchObject({ body: 'changed', edited: true, mood: 2 });
    const stranger = await inject({
      method: 'PUT',
      url: `/api/post/${post.id}/`,
      headers: bob.headers,
      payload: { body: 'taken over', author: bob.user.public_id },
    });
    expect(stranger.statusCode).toBe(403);
    expect((await inject({ url: `/api/post/${post.id}/` })).json().body).toBe('changed');
    const patch = await inject({
      method: 'PATCH',
      url: `/api/post/${post.id}/`,
      headers: alice.headers,
      payload: {},
    });
    expect(patch.statusCode).toBe(405);
    expect(patch.json()).toEqual({ detail: 'Method "PATCH" not allowed.' });
  });

  it('DELETE by the author → 204 and gone; by another user → 403', async () => {
    const post = await makePost(t.app, alice);
    expect(
      (await inject({ method: 'DELETE', url: `/api/post/${post.id}/`, headers: bob.headers })).statusCode,
    ).toBe(403);
    const gone = await inject({ method: 'DELETE', url: `/api/post/${post.id}/`, headers: alice.headers });
    expect(gone.statusCode).toBe(204);
    expect(gone.body).toBe('');
    expect((await inject({ url: `/api/post/${post.id}/` })).statusCode).toBe(404);
  });

  it('like and remove_like are idempotent, body-less, and keep liked/likes_count right', async () => {
    const post = await makePost(t.app, alice);
    const like = () => inject({ method: 'POST', url: `/api/post/${post.id}/like/`, headers: bob.headers });
    expect((await like()).json()).toMatchObject({ liked: true, likes_count: 1 });
    expect((await like()).json()).toMatchObject({ liked: true, likes_count: 1 });
    const withJsonHeader = await inject({
      method: 'POST',
      url: `/api/post/${post.id}/like/`,
      headers: { ...alice.headers, 'content-type': 'application/json' },
      payload: '',
    });
    expect(withJsonHeader.statusCode).toBe(200);
    expect(withJsonHeader.json()).toMatchObject({ liked: true, likes_count: 2 });
    expect((await inject({ url: `/api/post/${post.id}/` })).json()).toMatchObject({
      liked: false,
      likes_count: 2,
    });
    const unlike = () =>
      inject({ method: 'POST', url: `/api/post/${post.id}/remove_like/`, headers: bob.headers });
    expect((await unlike()).json()).toMatchObject({ liked: false, likes_count: 1 });
    expect((await unlike()).json()).toMatchObject({ liked: false, likes_count: 1 });
    expect((await inject({ url: `/api/post/${post.id}/`, headers: alice.headers })).json().liked).toBe(true);
  });

  it('filters by author__public_id (hex or dashed); an invalid UUID is a 400', async () => {
    const carol = await persona(t.app);
    await makePost(t.app, carol, { body: 'one' });
    await makePost(t.app, carol, { body: 'two' });
    const page = (
      await inject({ url: `/api/post/?author__public_id=${dashedId(carol.user.public_id)}` })
    ).json();
    expect(page.count).toBe(2);
    expect(page.results.map((p: { body: string }) => p.body)).toEqual(['two', 'one']);
    const bad = await inject({ url: '/api/post/?author__public_id=nope' });
    expect(bad.statusCode).toBe(400);
    expect(bad.json()).toEqual({ author__public_id: ['Enter a valid UUID.'] });
    const unknown = await inject({ url: `/api/post/?author__public_id=${'1'.repeat(32)}` });
    expect(unknown.json().count).toBe(0);
  });

  it('pages with limit/offset (absolute URLs, newest first, deterministic)', async () => {
    const dave = await persona(t.app);
    for (let i = 0; i < 5; i += 1) await makePost(t.app, dave, { body: `p${i}` });
    const url = `/api/post/?author__public_id=${dave.user.public_id}&limit=2`;
    const first = (await inject({ url })).json();
    expect(first.count).toBe(5);
    expect(first.results.map((p: { body: string }) => p.body)).toEqual(['p4', 'p3']);
    expect(first.next).toMatch(/^http:\/\/localhost(:80)?\/api\/post\/\?.*offset=2/);
    const last = (await inject({ url: `${url}&offset=4` })).json();
    expect(last.results.map((p: { body: string }) => p.body)).toEqual(['p0']);
    expect(last.next).toBeNull();
    expect(last.previous).toContain('offset=2');
  });

  it('pages with a cursor forwards and back; an invalid cursor is a 400', async () => {
    const erin = await persona(t.app);
    for (let i = 0; i < 5; i += 1) await makePost(t.app, erin, { body: `c${i}` });
    const base = `/api/post/?author__public_id=${erin.user.public_id}&limit=2&cursor=`;
    const bodies = (page: { results: { body: string }[] }) => page.results.map((p) => p.body);
    const first = (await inject({ url: base })).json();
    expect(Object.keys(first).sort()).toEqual(['next', 'previous', 'results']);
    expect(bodies(first)).toEqual(['c4', 'c3']);
    expect(first.previous).toBeNull();
    const second = (await inject({ url: first.next })).json();
    expect(bodies(second)).toEqual(['c2', 'c1']);
    const third = (await inject({ url: second.next })).json();
    expect(bodies(third)).toEqual(['c0']);
    expect(third.next).toBeNull();
    const back = (await inject({ url: third.previous })).json();
    expect(bodies(back)).toEqual(['c2', 'c1']);
    const start = (await inject({ url: back.previous })).json();
    expect(bodies(start)).toEqual(['c4', 'c3']);
    expect(start.previous).toBeNull();
    for (const cursor of ['garbage', Buffer.from('[1,"x",0]').toString('base64url')]) {
      const bad = await inject({ url: `/api/post/?cursor=${cursor}` });
      expect(bad.statusCode).toBe(400);
      expect(bad.json()).toEqual({ detail: 'Invalid cursor' });
    }
  });
});

describe('COMMUNITY_READ=members', () => {
  let t: App;
  beforeAll(async () => {
    t = await createCommunityApp({ COMMUNITY_READ: 'members' });
  });
  afterAll(async () => t.close());

  it('requires login to read posts and comments, and serves members', async () => {
    const member = await persona(t.app);
    const post = await makePost(t.app, member);
    for (const url of ['/api/post/', `/api/post/${post.id}/`, `/api/post/${post.id}/comment/`]) {
      expect((await t.app.inject({ url })).statusCode, url).toBe(401);
      expect((await t.app.inject({ url, headers: member.headers })).statusCode, url).toBe(200);
    }
  });
});
