/**
 * The community's contribution to account export and deletion: posts, comments, likes and
 * reports, deleted or detached (shown as "Deleted user") with every counter kept right.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createCommunityApp,
  makeComment,
  makePost,
  type Persona,
  persona,
} from '../../../test/helpers/community.ts';
import type { ContentMode } from '../../lib/account-data.ts';
import { DELETED_AUTHOR_ID } from './posts.presenter.ts';

type App = Awaited<ReturnType<typeof createCommunityApp>>;

describe('community account data', () => {
  let t: App;
  let bob: Persona;
  let mod: Persona;
  beforeAll(async () => {
    t = await createCommunityApp();
    bob = await persona(t.app);
    mod = await persona(t.app, 'moderator');
  });
  afterAll(async () => t.close());
  const contributor = () => t.app.wiring.accountData.section('community');
  const get = async (url: string, as: Persona | null = bob) =>
    t.app.inject({ url, headers: as?.headers ?? {} });

  /** Alice: an anonymous and a public post (commented and liked by bob), a comment, likes and a report on bob's post. */
  async function alicesWorld() {
    const alice = await persona(t.app);
    const bobsPost = await makePost(t.app, bob);
    const bobsComment = await makeComment(t.app, bob, bobsPost.id);
    const own = await makePost(t.app, alice, { body: 'mine', anonymous: true });
    const ownPublic = await makePost(t.app, alice, { body: 'mine too' });
    await makeComment(t.app, bob, own.id);
    await t.app.inject({
      method: 'POST',
      url: `/api/post/${own.id}/report/`,
      headers: bob.headers,
      payload: { reason: 'spam' },
    });
    const aliceComment = await makeComment(t.app, alice, bobsPost.id, { body: 'my comment' });
    for (const url of [
      `/api/post/${bobsPost.id}/like/`,
      `/api/post/${bobsPost.id}/comment/${bobsComment.id}/like/`,
    ]) {
      await t.app.inject({ method: 'POST', url, headers: alice.headers });
    }
    await t.app.inject({
      method: 'POST',
      url: `/api/post/${bobsPost.id}/report/`,
      headers: alice.headers,
      payload: { reason: 'other', text: 'worried' },
    });
    return { alice, bobsPost, bobsComment, own, ownPublic, aliceComment };
  }

  const deleteAccount = (userId: number, mode: ContentMode) =>
    t.database.db.transaction().execute(async (trx) => {
      await contributor().deleteFor(trx, userId, mode);
      await trx.deleteFrom('users').where('id', '=', userId).execute();
    });

  it('exports every community row of the user, anonymous posts included, by public ids', async () => {
    const w = await alicesWorld();
    const data = (await contributor().exportFor(t.database.db, w.alice.user.id)) as Record<string, any[]>;
    expect(data.posts?.map((p) => p.public_id).sort()).toEqual([w.own.id, w.ownPublic.id].sort());
    expect(data.posts?.find((p) => p.public_id === w.own.id)).toMatchObject({
      anonymous: true,
      body: 'mine',
    });
    expect(data.comments).toEqual([
      expect.objectContaining({ public_id: w.aliceComment.id, post_id: w.bobsPost.id }),
    ]);
    expect(data.post_likes).toEqual([expect.objectContaining({ post_id: w.bobsPost.id })]);
    expect(data.comment_likes).toEqual([expect.objectContaining({ comment_id: w.bobsComment.id })]);
    expect(data.reports).toEqual([
      expect.objectContaining({ target_public_id: w.bobsPost.id, text: 'worried' }),
    ]);
    expect(JSON.stringify(data)).not.toMatch(/"(author_id|user_id|reporter_id|id)":\s*\d/);
  });

  it('delete: removes posts, comments and likes, fixes counters, closes reports on them, keeps the reporter’s reports detached', async () => {
    const w = await alicesWorld();
    await deleteAccount(w.alice.user.id, 'delete');
    expect((await get(`/api/post/${w.own.id}/`)).statusCode).toBe(404);
    const bobsPost = (await get(`/api/post/${w.bobsPost.id}/`)).json();
    expect(bobsPost).toMatchObject({ likes_count: 0, comments_count: 1 });
    const bobsComment = (await get(`/api/post/${w.bobsPost.id}/comment/${w.bobsComment.id}/`)).json();
    expect(bobsComment.likes_count).toBe(0);
    const queue = (await get('/api/moderation/reports/?status=all&limit=100', mod)).json();
    const onOwn = queue.results.find((r: any) => r.target_id === w.own.id);
    expect(onOwn).toMatchObject({ status: 'resolved', action: 'delete', target: null });
    const byAlice = queue.results.find((r: any) => r.target_id === w.bobsPost.id && r.text === 'worried');
    expect(byAlice).toMatchObject({ status: 'open', reporter: null });
  });

  it('anonymise: keeps posts and comments, shown as "Deleted user", and removes the likes', async () => {
    const w = await alicesWorld();
    await deleteAccount(w.alice.user.id, 'anonymise');
    for (const viewer of [bob, mod, null]) {
      const post = (await get(`/api/post/${w.ownPublic.id}/`, viewer)).json();
      expect(post.author).toMatchObject({
        id: DELETED_AUTHOR_ID,
        username: 'deleted',
        name: 'Deleted user',
        email: null,
      });
    }
    const comment = (await get(`/api/post/${w.bobsPost.id}/comment/${w.aliceComment.id}/`)).json();
    expect(comment).toMatchObject({ body: 'my comment', author: { id: DELETED_AUTHOR_ID } });
    expect((await get(`/api/post/${w.bobsPost.id}/`)).json()).toMatchObject({
      likes_count: 0,
      comments_count: 2,
    });
    const data = (await contributor().exportFor(t.database.db, w.alice.user.id)) as Record<string, unknown[]>;
    expect(Object.values(data).every((rows) => rows.length === 0)).toBe(true);
  });
});
