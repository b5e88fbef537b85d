/**
 * Anonymous posts: no response anywhere (post, feed, comments, likes, user detail and list,
 * filter, counts, reports) lets anyone but the author and staff link them to their author.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createCommunityApp,
  makeComment,
  makePost,
  type Persona,
  persona,
} from '../../../test/helpers/community.ts';
import { ANONYMOUS_AUTHOR_ID } from './posts.presenter.ts';

type App = Awaited<ReturnType<typeof createCommunityApp>>;

describe('anonymous posts', () => {
  let t: App;
  let alice: Persona;
  let bob: Persona;
  let moderator: Persona;
  let secret: Record<string, any>;
  let aliceComment: Record<string, any>;
  let bobComment: Record<string, any>;
  const leaks = (text: string) =>
    [alice.user.public_id, alice.user.username, alice.user.email].filter((s) => text.includes(s));

  beforeAll(async () => {
    t = await createCommunityApp();
    alice = await persona(t.app);
    bob = await persona(t.app);
    moderator = await persona(t.app, 'moderator');
    secret = await makePost(t.app, alice, { anonymous: true, body: 'secret' });
    aliceComment = await makeComment(t.app, alice, secret.id, { body: 'author replying' });
    bobComment = await makeComment(t.app, bob, secret.id, { body: 'support' });
  });
  afterAll(async () => t.close());

  const as = (who: Persona | null, url: string, method: 'GET' | 'POST' = 'GET', payload?: object) =>
    t.app.inject({ method, url, headers: who?.headers ?? {}, ...(payload ? { payload } : {}) });

  it('shows the sentinel author to everyone else, exactly as the contract says', async () => {
    const body = (await as(bob, `/api/post/${secret.id}/`)).json();
    expect(body.anonymous).toBe(true);
    expect(body.author).toEqual({
      id: ANONYMOUS_AUTHOR_ID,
      username: 'anonymous',
      name: 'Anonymous',
      first_name: '',
      last_name: '',
      bio: '',
      avatar: expect.stringMatching(/^http:\/\/localhost(:80)?\/media\/defaults\/avatar\.svg$/),
      email: null,
      is_active: true,
      role: 'user',
      is_staff: false,
      is_superuser: false,
      created: '1970-01-01T00:00:00.000000Z',
      updated: '1970-01-01T00:00:00.000000Z',
      posts_count: 0,
    });
  });

  it('leaks nothing in any response another user or an anonymous caller gets', async () => {
    // Alice has no public post yet, so nothing she wrote may carry her identity.
    const responses: string[] = [];
    for (const viewer of [null, bob]) {
      for (const url of [
        `/api/post/${secret.id}/`,
        `/api/post/${secret.id}/comment/`,
        `/api/post/${secret.id}/comment/${aliceComment.id}/`,
        `/api/post/?author__public_id=${alice.user.public_id}`,
        `/api/post/?author__public_id=${alice.user.public_id}&cursor=`,
        '/api/post/',
        '/api/post/?cursor=',
      ]) {
        const response = await as(viewer, url);
        expect(response.statusCode, url).toBe(200);
        responses.push(response.body);
      }
    }
    for (const url of [
      `/api/post/${secret.id}/like/`,
      `/api/post/${secret.id}/comment/${aliceComment.id}/like/`,
    ]) {
      responses.push((await as(bob, url, 'POST')).body);
    }
    responses.push((await as(bob, `/api/post/${secret.id}/report/`, 'POST', { reason: 'other' })).body);
    for (const body of responses) expect(leaks(body), body).toEqual([]);
  });

  it("masks only the post author's own comments on that post", async () => {
    const page = (await as(bob, `/api/post/${secret.id}/comment/`)).json();
    const byId = new Map(page.results.map((c: any) => [c.id, c.author]));
    expect((byId.get(aliceComment.id) as any).id).toBe(ANONYMOUS_AUTHOR_ID);
    expect((byId.get(bobComment.id) as any).id).toBe(bob.user.public_id);
  });

  it('shows the real author to the author and to moderators', async () => {
    for (const viewer of [alice, moderator]) {
      const post = (await as(viewer, `/api/post/${secret.id}/`)).json();
      expect(post.author.id).toBe(alice.user.public_id);
      const comment = (await as(viewer, `/api/post/${secret.id}/comment/${aliceComment.id}/`)).json();
      expect(comment.author.id).toBe(alice.user.public_id);
    }
  });

  it('keeps anonymous posts out of posts_count and the author filter for others', async () => {
    await makePost(t.app, alice, { body: 'public' });
    const hidden = await makePost(t.app, alice, { body: 'to hide' });
    await as(moderator, `/api/moderation/posts/${hidden.id}/hide/`, 'POST');
    const users = (await as(bob, '/api/user/?limit=100')).json();
    const listed = users.results.find((u: any) => u.id === alice.user.public_id);
    expect(listed.posts_count).toBe(1);
    expect((await as(bob, `/api/user/${alice.user.public_id}/`)).json().posts_count).toBe(1);
    expect((await as(alice, `/api/user/${alice.user.public_id}/`)).json().posts_count).toBe(3);
    expect((await as(moderator, `/api/user/${alice.user.public_id}/`)).json().posts_count).toBe(3);
    const url = `/api/post/?author__public_id=${alice.user.public_id}`;
    const forBob = (await as(bob, url)).json();
    expect(forBob.count).toBe(1);
    expect(forBob.results.map((p: any) => p.body)).toEqual(['public']);
    expect(forBob.results[0].author.posts_count).toBe(1);
    expect((await as(null, url)).json().count).toBe(1);
    expect((await as(alice, url)).json().count).toBe(3);
    const feed = (await as(bob, '/api/post/?limit=100')).json();
    const anonymousEntry = feed.results.find((p: any) => p.id === secret.id);
    expect(anonymousEntry.author.posts_count).toBe(0);
  });

  it('lets the author reveal or hide authorship with PUT', async () => {
    const post = await makePost(t.app, alice, { body: 'soon public', anonymous: true });
    expect((await as(bob, `/api/post/${post.id}/`)).json().author.id).toBe(ANONYMOUS_AUTHOR_ID);
    await t.app.inject({
      method: 'PUT',
      url: `/api/post/${post.id}/`,
      headers: alice.headers,
      payload: { body: 'now public', anonymous: false },
    });
    expect((await as(bob, `/api/post/${post.id}/`)).json().author.id).toBe(alice.user.public_id);
  });
});
