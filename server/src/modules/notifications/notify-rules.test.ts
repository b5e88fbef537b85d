/**
 * The rules of API.md C1 for creating notifications, one by one, through the real routes: who is
 * told about comments, likes (folded per day), mentions, moderation and closed reports, and the
 * "never" rules (own actions, anonymous authors, hidden content, preferences turned off).
 */
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import {
  createCommunityApp,
  makeComment,
  makePost,
  type Persona,
  persona,
} from '../../../test/helpers/community.ts';

type App = Awaited<ReturnType<typeof createCommunityApp>>;

/** Every notification of a persona, newest first. */
async function inbox(app: FastifyInstance, as: Persona): Promise<Record<string, any>[]> {
  const response = await app.inject({
    method: 'GET',
    url: '/api/notifications/?limit=100',
    headers: as.headers,
  });
  expect(response.statusCode).toBe(200);
  return response.json().results;
}

describe('notification rules', () => {
  let t: App;
  let alice: Persona;
  let bob: Persona;
  let carol: Persona;
  let mod: Persona;
  const call = (as: Persona, method: 'GET' | 'POST' | 'PUT' | 'DELETE', url: string, payload?: object) =>
    t.app.inject({ method, url, headers: as.headers, ...(payload === undefined ? {} : { payload }) });

  beforeAll(async () => {
    t = await createCommunityApp();
    [alice, bob, carol, mod] = await Promise.all([
      persona(t.app),
      persona(t.app),
      persona(t.app),
      persona(t.app, 'moderator'),
    ]);
  });
  afterAll(async () => t.close());
  beforeEach(async () => {
    await t.database.db.deleteFrom('notifications').execute();
    await t.database.db.deleteFrom('notification_preferences').execute();
  });

  it("a comment on my post tells me who commented, on which post and comment; my own comment doesn't", async () => {
    const post = await makePost(t.app, alice);
    const comment = await makeComment(t.app, bob, post.id);
    await makeComment(t.app, alice, post.id);
    const [one, ...rest] = await inbox(t.app, alice);
    expect(rest).toEqual([]);
    expect(one).toMatchObject({
      type: 'post.commented',
      read: false,
      actor: { id: bob.user.public_id, username: bob.user.username },
      post: post.id,
      comment: comment.id,
      count: 1,
      text: `${bob.user.username} commented on your post.`,
    });
    expect(one?.id).toMatch(/^[0-9a-f]{32}$/);
    expect(one?.created).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{6}Z$/);
    expect(await inbox(t.app, bob)).toEqual([]);
  });

  it('likes of one post on one day fold into one notification with a count; own likes never notify', async () => {
    const post = await makePost(t.app, alice);
    await call(alice, 'POST', `/api/post/${post.id}/like/`);
    expect(await inbox(t.app, alice)).toEqual([]);
    await call(bob, 'POST', `/api/post/${post.id}/like/`);
    await call(carol, 'POST', `/api/post/${post.id}/like/`);
    const list = await inbox(t.app, alice);
    expect(list).toHaveLength(1);
    expect(list[0]).toMatchObject({
      type: 'post.liked',
      count: 2,
      actor: { id: carol.user.public_id },
      post: post.id,
      comment: null,
      text: `${carol.user.username} and 1 other liked your post.`,
    });
  });

  it('a fold that was read becomes unread again when another like arrives', async () => {
    const post = await makePost(t.app, alice);
    await call(bob, 'POST', `/api/post/${post.id}/like/`);
    expect((await call(alice, 'POST', '/api/notifications/read-all/')).statusCode).toBe(204);
    await call(carol, 'POST', `/api/post/${post.id}/like/`);
    const [folded] = await inbox(t.app, alice);
    expect(folded).toMatchObject({ read: false, count: 2 });
  });

  it('likes of comments fold per comment: two comments, two notifications', async () => {
    const post = await makePost(t.app, bob);
    const first = await makeComment(t.app, alice, post.id);
    const second = await makeComment(t.app, alice, post.id);
    await call(bob, 'POST', `/api/post/${post.id}/comment/${first.id}/like/`);
    await call(carol, 'POST', `/api/post/${post.id}/comment/${first.id}/like/`);
    await call(carol, 'POST', `/api/post/${post.id}/comment/${second.id}/like/`);
    await call(alice, 'POST', `/api/post/${post.id}/comment/${second.id}/like/`);
    const list = await inbox(t.app, alice);
    expect(list.map((n) => [n.type, n.comment, n.count])).toEqual([
      ['comment.liked', second.id, 1],
      ['comment.liked', first.id, 2],
    ]);
    expect(list[0]?.post).toBe(post.id);
  });

  it("an anonymous post's author is never revealed: their comment and their mentions have actor null", async () => {
    const secret = await makePost(t.app, alice, { anonymous: true, body: `hello @${carol.user.username}` });
    const [mention] = await inbox(t.app, carol);
    expect(mention).toMatchObject({
      type: 'mention',
      actor: null,
      post: secret.id,
      text: 'Someone mentioned you.',
    });
    expect(JSON.stringify(mention)).not.toContain(alice.user.public_id);
    await makeComment(t.app, bob, secret.id);
    await makeComment(t.app, alice, secret.id, { body: `thanks @${bob.user.username}` });
    const bobs = await inbox(t.app, bob);
    expect(bobs).toHaveLength(1);
    expect(bobs[0]).toMatchObject({ type: 'mention', actor: null });
    expect(JSON.stringify(bobs)).not.toContain(alice.user.public_id);
    expect(JSON.stringify(bobs)).not.toContain(alice.user.username);
  });

  it('on an anonymous post, others who comment or like stay visible to its author', async () => {
    const secret = await makePost(t.app, alice, { anonymous: true });
    await makeComment(t.app, bob, secret.id);
    await call(carol, 'POST', `/api/post/${secret.id}/like/`);
    const list = await inbox(t.app, alice);
    expect(list.map((n) => [n.type, n.actor?.id])).toEqual([
      ['post.liked', carol.user.public_id],
      ['post.commented', bob.user.public_id],
    ]);
  });

  it('mentions tell users who can see the post, once each; not the author; unknown names are ignored', async () => {
    const post = await makePost(t.app, alice, {
      body: `@${bob.user.username} and @${bob.user.username.toUpperCase()}, @${alice.user.username}, @nobody_here, mail me at x@${carol.user.username}`,
    });
    const bobs = await inbox(t.app, bob);
    expect(bobs).toHaveLength(1);
    expect(bobs[0]).toMatchObject({
      type: 'mention',
      actor: { id: alice.user.public_id },
      post: post.id,
      comment: null,
    });
    expect(await inbox(t.app, alice)).toEqual([]);
    expect(await inbox(t.app, carol)).toEqual([]);
  });

  it('a mention in a comment on my post gives me post.commented only, not a second notification', async () => {
    const post = await makePost(t.app, alice);
    const comment = await makeComment(t.app, bob, post.id, {
      body: `@${alice.user.username} @${carol.user.username}`,
    });
    expect((await inbox(t.app, alice)).map((n) => n.type)).toEqual(['post.commented']);
    expect(await inbox(t.app, carol)).toEqual([
      expect.objectContaining({ type: 'mention', comment: comment.id }),
    ]);
  });

  it('hidden content: mentions in it reach nobody who cannot see it', async () => {
    const post = await makePost(t.app, alice);
    expect((await call(mod, 'POST', `/api/moderation/posts/${post.id}/hide/`)).statusCode).toBe(200);
    await t.database.db.deleteFrom('notifications').execute();
    // The author may still comment on their hidden post; a user they mention cannot see it.
    await makeComment(t.app, alice, post.id, { body: `@${bob.user.username}` });
    expect(await inbox(t.app, bob)).toEqual([]);
  });

  it('hiding tells the author only (no moderator named), and removes what others were told about it', async () => {
    const post = await makePost(t.app, alice);
    const comment = await makeComment(t.app, bob, post.id, { body: `look @${carol.user.username}` });
    await call(alice, 'POST', `/api/post/${post.id}/comment/${comment.id}/like/`);
    expect(await inbox(t.app, carol)).toHaveLength(1);
    expect((await call(mod, 'POST', `/api/moderation/comments/${comment.id}/hide/`)).statusCode).toBe(200);
    expect(await inbox(t.app, carol)).toEqual([]);
    expect(await inbox(t.app, alice)).toEqual([]);
    const bobs = await inbox(t.app, bob);
    expect(bobs.map((n) => [n.type, n.actor])).toEqual([
      ['comment.hidden', null],
      ['comment.liked', expect.objectContaining({ id: alice.user.public_id })],
    ]);
    expect(bobs[0]).toMatchObject({ post: post.id, comment: comment.id });
    expect(JSON.stringify(bobs)).not.toContain(mod.user.public_id);
    await call(mod, 'POST', `/api/moderation/comments/${comment.id}/restore/`);
    expect((await inbox(t.app, bob))[0]).toMatchObject({ type: 'comment.restored', actor: null });
  });

  it('hiding a post tells its author post.hidden; restoring, post.restored', async () => {
    const post = await makePost(t.app, alice);
    await call(mod, 'POST', `/api/moderation/posts/${post.id}/hide/`);
    await call(mod, 'POST', `/api/moderation/posts/${post.id}/restore/`);
    expect((await inbox(t.app, alice)).map((n) => [n.type, n.post, n.actor])).toEqual([
      ['post.restored', post.id, null],
      ['post.hidden', post.id, null],
    ]);
  });

  it('a closed report tells its reporter, without detail of the action or who acted', async () => {
    const post = await makePost(t.app, alice);
    const filed = await call(carol, 'POST', `/api/post/${post.id}/report/`, { reason: 'spam' });
    expect(filed.statusCode).toBe(201);
    await call(mod, 'POST', `/api/moderation/reports/${filed.json().id}/dismiss/`);
    const [closed, ...rest] = await inbox(t.app, carol);
    expect(rest).toEqual([]);
    expect(closed).toMatchObject({ type: 'report.closed', actor: null, post: null, comment: null });
    expect(closed?.text).not.toMatch(/dismiss|resolv|hid|delet/i);
    expect(await inbox(t.app, alice)).toEqual([]);
  });

  it('nothing passes between users when either blocked the other, anonymous posts included; unblocking restores it', async () => {
    expect((await call(alice, 'POST', `/api/user/${bob.user.public_id}/block/`)).statusCode).toBe(204);
    try {
      await makePost(t.app, bob, { body: `hi @${alice.user.username}` });
      await makePost(t.app, bob, { anonymous: true, body: `psst @${alice.user.username}` });
      await makePost(t.app, alice, { body: `hello @${bob.user.username}` });
      await makePost(t.app, carol, { body: `hey @${alice.user.username}` });
      expect((await inbox(t.app, alice)).map((n) => [n.type, n.actor?.id])).toEqual([
        ['mention', carol.user.public_id],
      ]);
      expect(await inbox(t.app, bob)).toEqual([]);
    } finally {
      await call(alice, 'DELETE', `/api/user/${bob.user.public_id}/block/`);
    }
    await makePost(t.app, bob, { body: `again @${alice.user.username}` });
    expect((await inbox(t.app, alice)).map((n) => n.actor?.id)).toEqual([
      bob.user.public_id,
      carol.user.public_id,
    ]);
  });

  it('a block involving staff has no effect: staff stay reachable', async () => {
    expect((await call(mod, 'POST', `/api/user/${alice.user.public_id}/block/`)).statusCode).toBe(204);
    try {
      await makePost(t.app, mod, { body: `checking in, @${alice.user.username}` });
      expect((await inbox(t.app, alice)).map((n) => n.type)).toEqual(['mention']);
    } finally {
      await call(mod, 'DELETE', `/api/user/${alice.user.public_id}/block/`);
    }
  });

  it('a type turned off in the app creates nothing; other types still arrive', async () => {
    const off = await call(alice, 'PUT', '/api/notifications/preferences/', {
      types: { 'post.liked': { in_app: false } },
    });
    expect(off.statusCode).toBe(200);
    const post = await makePost(t.app, alice);
    await call(bob, 'POST', `/api/post/${post.id}/like/`);
    await makeComment(t.app, bob, post.id);
    expect((await inbox(t.app, alice)).map((n) => n.type)).toEqual(['post.commented']);
  });
});
