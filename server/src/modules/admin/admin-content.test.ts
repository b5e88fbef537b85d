/**
 * Admin content: posts and comments with filters (hidden, reported, author, date, text),
 * hide/restore/delete one at a time and in bulk through the moderation services — reports
 * resolved, counters right, every action audited with the acting moderator.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type AdminFixture, adminFixture } from '../../../test/helpers/admin.ts';
import { createCommunityApp, makeComment, makePost, persona } from '../../../test/helpers/community.ts';

type App = Awaited<ReturnType<typeof createCommunityApp>>;
let t: App;
let f: AdminFixture;
beforeAll(async () => {
  t = await createCommunityApp();
  f = await adminFixture(t.app, t.database);
});
afterAll(async () => t.close());

const ids = (body: { results: { id: string }[] }) => body.results.map((r) => r.id);

describe('admin content', () => {
  it('lists posts with filters; anonymous authors are shown to staff; reported counts open reports', async () => {
    const writer = await persona(t.app);
    const plain = await makePost(t.app, writer, { body: 'Plain words about gardening' });
    const anon = await makePost(t.app, writer, { body: 'Anonymous words', anonymous: true });
    const reported = await makePost(t.app, writer, { body: 'Reported words' });
    await f.call(f.user, 'POST', `/api/post/${reported.id}/report/`, { reason: 'spam' });
    await f.call(f.moderator, 'POST', `/api/admin/posts/${plain.id}/hide/`);
    const list = async (query: string) => {
      const response = await f.call(
        f.moderator,
        'GET',
        `/api/admin/posts/?author=${writer.user.username}&${query}`,
      );
      expect(response.statusCode).toBe(200);
      return response.json();
    };
    const all = await list('');
    expect(ids(all)).toEqual([reported.id, anon.id, plain.id]);
    expect(all.results[1]).toMatchObject({
      anonymous: true,
      author: { id: writer.user.public_id, username: writer.user.username },
    });
    expect(all.results[0].open_reports).toBe(1);
    expect(ids(await list('hidden=true'))).toEqual([plain.id]);
    expect(ids(await list('hidden=false'))).toEqual([reported.id, anon.id]);
    expect(ids(await list('reported=true'))).toEqual([reported.id]);
    expect(ids(await list('reported=false&search=GARDEN'))).toEqual([plain.id]);
    expect((await list('since=2999-01-01')).count).toBe(0);
    expect((await list('until=2999-01-01')).count).toBe(3);
    const byId = await f.call(f.moderator, 'GET', `/api/admin/posts/?author=${writer.user.public_id}`);
    expect(byId.json().count).toBe(3);
    expect((await f.call(f.moderator, 'GET', '/api/admin/posts/?author=nobody-here')).json().count).toBe(0);
    expect((await f.call(f.moderator, 'GET', '/api/admin/posts/?since=soon')).statusCode).toBe(400);
  });

  it('hide resolves open reports and hides from members; restore brings it back; both audited', async () => {
    const post = await makePost(t.app, f.user, { body: 'to be hidden' });
    const report = (
      await f.call(f.journaler, 'POST', `/api/post/${post.id}/report/`, { reason: 'hate' })
    ).json();
    expect((await f.call(f.moderator, 'POST', `/api/admin/posts/${post.id}/hide/`)).statusCode).toBe(204);
    expect((await f.call(f.journaler, 'GET', `/api/post/${post.id}/`)).statusCode).toBe(404);
    const queue = (
      await f.call(f.moderator, 'GET', '/api/moderation/reports/?status=resolved&limit=100')
    ).json();
    expect(queue.results.find((r: { id: string }) => r.id === report.id)).toMatchObject({ action: 'hide' });
    expect((await f.call(f.admin, 'POST', `/api/admin/posts/${post.id}/restore/`)).statusCode).toBe(204);
    expect((await f.call(f.journaler, 'GET', `/api/post/${post.id}/`)).statusCode).toBe(200);
    const audit = (await f.call(f.admin, 'GET', `/api/admin/audit/?type=moderation.&limit=100`)).json();
    const mine = audit.results.filter(
      (e: { details: { target_id?: string } }) => e.details.target_id === post.id,
    );
    expect(mine.map((e: { type: string; actor: { id: string } }) => [e.type, e.actor.id])).toEqual([
      ['moderation.post_restore', f.admin.user.public_id],
      ['moderation.post_hide', f.moderator.user.public_id],
    ]);
    expect((await f.call(f.moderator, 'POST', `/api/admin/posts/${'2'.repeat(32)}/hide/`)).statusCode).toBe(
      404,
    );
  });

  it('comments: list by post filters, hide keeps the post count right, delete removes; audited', async () => {
    const post = await makePost(t.app, f.user);
    const c1 = await makeComment(t.app, f.journaler, post.id, { body: 'first comment' });
    const c2 = await makeComment(t.app, f.journaler, post.id, { body: 'second comment' });
    const list = (query: string) =>
      f.call(f.moderator, 'GET', `/api/admin/comments/?author=${f.journaler.user.public_id}&${query}`);
    expect(ids((await list('search=second')).json())).toEqual([c2.id]);
    expect((await list('')).json().results[0]).toMatchObject({
      post: post.id,
      author: { id: f.journaler.user.public_id },
    });
    expect((await f.call(f.moderator, 'POST', `/api/admin/comments/${c1.id}/hide/`)).statusCode).toBe(204);
    expect((await f.call(f.user, 'GET', `/api/post/${post.id}/`)).json().comments_count).toBe(1);
    expect(ids((await list('hidden=true')).json())).toEqual([c1.id]);
    expect((await f.call(f.moderator, 'DELETE', `/api/admin/comments/${c2.id}/`)).statusCode).toBe(204);
    expect((await f.call(f.user, 'GET', `/api/post/${post.id}/comment/${c2.id}/`)).statusCode).toBe(404);
    expect((await f.call(f.user, 'GET', `/api/post/${post.id}/`)).json().comments_count).toBe(0);
    const deleted = await t.database.db
      .selectFrom('security_events')
      .select(['actor_id', 'details'])
      .where('type', '=', 'moderation.comment_delete')
      .execute();
    expect(deleted.find((e) => e.details.includes(c2.id))?.actor_id).toBe(f.moderator.user.id);
    expect((await f.call(f.moderator, 'DELETE', `/api/admin/comments/${c2.id}/`)).statusCode).toBe(404);
  });

  it('bulk hide, restore and delete apply per item and report unknown ids', async () => {
    const [a, b] = [await makePost(t.app, f.user), await makePost(t.app, f.user)];
    const bulk = (action: string, list: string[]) =>
      f.call(f.moderator, 'POST', '/api/admin/content/bulk/', { type: 'post', action, ids: list });
    const hidden = (await bulk('hide', [a.id, b.id, '3'.repeat(32)])).json();
    expect(hidden.results.map((r: { ok: boolean; status: number }) => [r.ok, r.status])).toEqual([
      [true, 200],
      [true, 200],
      [false, 404],
    ]);
    const rows = await t.database.db
      .selectFrom('posts')
      .select('hidden')
      .where('public_id', 'in', [a.id, b.id])
      .execute();
    expect(rows.every((r) => Boolean(r.hidden))).toBe(true);
    expect((await bulk('restore', [a.id])).json().results[0].ok).toBe(true);
    expect((await bulk('delete', [a.id, b.id])).json().results.every((r: { ok: boolean }) => r.ok)).toBe(
      true,
    );
    expect(
      await t.database.db.selectFrom('posts').select('id').where('public_id', 'in', [a.id, b.id]).execute(),
    ).toEqual([]);
    const badType = await f.call(f.moderator, 'POST', '/api/admin/content/bulk/', {
      type: 'user',
      action: 'hide',
      ids: [a.id],
    });
    expect(badType.statusCode).toBe(400);
  });
});
