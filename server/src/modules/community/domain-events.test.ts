/**
 * The community and moderation announce what happened through the event bus, after commit, with
 * the anonymity rule applied; a failing subscriber never fails the request; a failing
 * `content.deleting` participant rolls the deletion back.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createCommunityApp,
  makeComment,
  makePost,
  type Persona,
  persona,
} from '../../../test/helpers/community.ts';
import type { DomainEvents } from '../../events/domain-events.ts';

type App = Awaited<ReturnType<typeof createCommunityApp>>;
type Seen = { [K in keyof DomainEvents]: { type: K; payload: DomainEvents[K] } }[keyof DomainEvents];

describe('domain events', () => {
  let t: App;
  let alice: Persona;
  let bob: Persona;
  let mod: Persona;
  const seen: Seen[] = [];
  beforeAll(async () => {
    t = await createCommunityApp();
    alice = await persona(t.app);
    bob = await persona(t.app);
    mod = await persona(t.app, 'moderator');
    const events = t.app.wiring.events;
    for (const type of [
      'post.created',
      'post.liked',
      'comment.created',
      'comment.liked',
      'content.hidden',
      'report.closed',
      'session.revoked',
    ] as const) {
      events.on(type, async (payload) => {
        // Published after commit: what the event names is already readable outside the transaction.
        if (type === 'post.created' || type === 'comment.created') {
          const table = type === 'post.created' ? 'posts' : 'comments';
          const row = await t.database.db
            .selectFrom(table)
            .select('public_id')
            .where('public_id', '=', (payload as { publicId: string }).publicId)
            .executeTakeFirst();
          expect(row).toBeDefined();
        }
        seen.push({ type, payload } as Seen);
      });
    }
  });
  afterAll(async () => t.close());
  const take = <K extends keyof DomainEvents>(type: K) => {
    const found = seen.filter((e) => e.type === type).map((e) => e.payload as DomainEvents[K]);
    seen.length = 0;
    return found;
  };

  it('post.created and post.liked (once per like, not for a repeated like)', async () => {
    const post = await makePost(t.app, alice, { anonymous: true });
    const [created] = take('post.created');
    expect(created).toMatchObject({
      publicId: post.id,
      authorId: alice.user.id,
      anonymous: true,
      hidden: false,
    });
    for (let i = 0; i < 2; i += 1) {
      const like = await t.app.inject({
        method: 'POST',
        url: `/api/post/${post.id}/like/`,
        headers: bob.headers,
      });
      expect(like.statusCode).toBe(200);
    }
    const likes = take('post.liked');
    expect(likes).toHaveLength(1);
    expect(likes[0]).toMatchObject({
      postPublicId: post.id,
      authorId: alice.user.id,
      actor: { id: bob.user.id, staff: false },
    });
  });

  it("comment.created keeps an anonymous post's author anonymous in their own replies", async () => {
    const post = await makePost(t.app, alice, { anonymous: true });
    take('post.created');
    const fromBob = await makeComment(t.app, bob, post.id);
    const fromAlice = await makeComment(t.app, alice, post.id);
    const created = take('comment.created');
    expect(created.map((c) => [c.publicId, c.anonymous])).toEqual([
      [fromBob.id, false],
      [fromAlice.id, true],
    ]);
    expect(created[0]).toMatchObject({
      postPublicId: post.id,
      postAuthorId: alice.user.id,
      authorId: bob.user.id,
    });
    const like = await t.app.inject({
      method: 'POST',
      url: `/api/post/${post.id}/comment/${fromBob.id}/like/`,
      headers: alice.headers,
    });
    expect(like.statusCode).toBe(200);
    expect(take('comment.liked')).toEqual([
      expect.objectContaining({ commentPublicId: fromBob.id, authorId: bob.user.id, postPublicId: post.id }),
    ]);
  });

  it('hiding announces content.hidden and closes the reports on it with report.closed', async () => {
    const post = await makePost(t.app, alice);
    const report = await t.app.inject({
      method: 'POST',
      url: `/api/post/${post.id}/report/`,
      headers: bob.headers,
      payload: { reason: 'spam' },
    });
    expect(report.statusCode).toBe(201);
    seen.length = 0;
    const hide = await t.app.inject({
      method: 'POST',
      url: `/api/moderation/posts/${post.id}/hide/`,
      headers: mod.headers,
    });
    expect(hide.statusCode).toBe(200);
    expect(seen.map((e) => e.type)).toEqual(['report.closed', 'content.hidden']);
    expect(seen[0]?.payload).toMatchObject({ reporterId: bob.user.id, status: 'resolved' });
    expect(seen[1]?.payload).toEqual({ kind: 'post', publicId: post.id, hidden: true });
    seen.length = 0;
  });

  it('a failing subscriber is logged and the request still succeeds', async () => {
    const off = t.app.wiring.events.on('post.created', () => {
      throw new Error('subscriber down');
    });
    try {
      const response = await t.app.inject({
        method: 'POST',
        url: '/api/post/',
        headers: alice.headers,
        payload: { body: 'Still here.' },
      });
      expect(response.statusCode).toBe(201);
    } finally {
      off();
    }
  });

  it('a failing content.deleting participant rolls the deletion back', async () => {
    const post = await makePost(t.app, alice);
    t.app.wiring.events.participate('content.deleting', async (_trx, e) => {
      if (e.postIds.length > 0) throw new Error('participant refused');
    });
    const response = await t.app.inject({
      method: 'DELETE',
      url: `/api/post/${post.id}/`,
      headers: alice.headers,
    });
    expect(response.statusCode).toBe(500);
    const still = await t.app.inject({ url: `/api/post/${post.id}/`, headers: alice.headers });
    expect(still.statusCode).toBe(200);
  });

  it('logout announces session.revoked', async () => {
    const carol = await persona(t.app);
    seen.length = 0;
    const response = await t.app.inject({
      method: 'POST',
      url: '/api/auth/logout-all/',
      headers: carol.headers,
    });
    expect([200, 204]).toContain(response.statusCode);
    expect(take('session.revoked').length).toBeGreaterThanOrEqual(1);
  });
});
