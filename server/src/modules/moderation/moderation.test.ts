/** Reports, the moderation queue, hide/restore and their audit events. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createCommunityApp,
  makeComment,
  makePost,
  type Persona,
  persona,
} from '../../../test/helpers/community.ts';
import { insertReport } from './reports.repository.ts';

type App = Awaited<ReturnType<typeof createCommunityApp>>;

describe('moderation', () => {
  let t: App;
  let alice: Persona;
  let bob: Persona;
  let carol: Persona;
  let mod: Persona;
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
  const post = (as: Persona | null, method: 'GET' | 'POST', url: string, payload?: object) =>
    t.app.inject({ method, url, headers: as?.headers ?? {}, ...(payload ? { payload } : {}) });
  const report = (as: Persona, url: string, reason = 'harassment') =>
    post(as, 'POST', `${url}report/`, { reason, text: '  rude  ' });
  const events = (type: string) =>
    t.database.db
      .selectFrom('security_events')
      .select(['user_id', 'type', 'details'])
      .where('type', '=', type)
      .execute();

  it('files one open report per user per item; a second is a 400; the DB enforces it too', async () => {
    const p = await makePost(t.app, alice);
    const c = await makeComment(t.app, alice, p.id);
    for (const url of [`/api/post/${p.id}/`, `/api/post/${p.id}/comment/${c.id}/`]) {
      const first = await report(bob, url);
      expect(first.statusCode).toBe(201);
      expect(first.json()).toMatchObject({ reason: 'harassment', text: 'rude', status: 'open' });
      const again = await report(bob, url, 'spam');
      expect(again.statusCode).toBe(400);
      expect(again.json().non_field_errors[0]).toMatch(/^You have already reported this (post|comment)\.$/);
      expect((await report(carol, url)).statusCode).toBe(201);
    }
    const row = await t.database.db
      .selectFrom('posts')
      .select('id')
      .where('public_id', '=', p.id)
      .executeTakeFirstOrThrow();
    await expect(
      insertReport(t.database.db, {
        reporterId: bob.user.id,
        targetType: 'post',
        targetPublicId: p.id,
        postId: row.id,
        commentId: null,
        reason: 'spam',
        text: '',
      }),
    ).rejects.toBeTruthy();
    const badReason = await post(bob, 'POST', `/api/post/${p.id}/report/`, { reason: 'boring' });
    expect(badReason.statusCode).toBe(400);
    expect(Object.keys(badReason.json())).toEqual(['reason']);
  });

  it('queues reports for moderators with the item and who is involved; dismiss closes one and allows a new report', async () => {
    const p = await makePost(t.app, alice, { body: 'reported text' });
    const filed = (await report(bob, `/api/post/${p.id}/`)).json();
    const queue = (await post(mod, 'GET', '/api/moderation/reports/?limit=100')).json();
    const entry = queue.results.find((r: { id: string }) => r.id === filed.id);
    expect(entry).toMatchObject({
      target_type: 'post',
      target_id: p.id,
      post: p.id,
      status: 'open',
      action: null,
      target: { body: 'reported text', hidden: false, author: { id: alice.user.public_id } },
      reporter: { id: bob.user.public_id, username: bob.user.username },
      resolver: null,
      resolved: null,
    });
    const dismissed = await post(mod, 'POST', `/api/moderation/reports/${filed.id}/dismiss/`);
    expect(dismissed.statusCode).toBe(200);
    expect(dismissed.json()).toMatchObject({ status: 'dismissed', resolver: { id: mod.user.public_id } });
    expect((await post(mod, 'POST', `/api/moderation/reports/${filed.id}/dismiss/`)).statusCode).toBe(400);
    const open = (await post(mod, 'GET', '/api/moderation/reports/?limit=100')).json();
    expect(open.results.some((r: { id: string }) => r.id === filed.id)).toBe(false);
    const all = (await post(mod, 'GET', '/api/moderation/reports/?status=dismissed&limit=100')).json();
    expect(all.results.some((r: { id: string }) => r.id === filed.id)).toBe(true);
    expect((await report(bob, `/api/post/${p.id}/`)).statusCode).toBe(201);
    const [event] = (await events('moderation.report_dismiss')).filter((e) => e.details.includes(filed.id));
    expect(event?.user_id).toBe(mod.user.id);
    for (const id of ['1'.repeat(32), 'bad']) {
      expect((await post(mod, 'POST', `/api/moderation/reports/${id}/dismiss/`)).statusCode).toBe(404);
    }
  });

  it('resolve with hide hides the item and resolves every open report on it; audited', async () => {
    const p = await makePost(t.app, alice);
    const one = (await report(bob, `/api/post/${p.id}/`)).json();
    const two = (await report(carol, `/api/post/${p.id}/`)).json();
    const resolved = await post(mod, 'POST', `/api/moderation/reports/${one.id}/resolve/`, {
      action: 'hide',
    });
    expect(resolved.statusCode).toBe(200);
    expect(resolved.json()).toMatchObject({ status: 'resolved', action: 'hide', target: { hidden: true } });
    const other = (await post(mod, 'GET', '/api/moderation/reports/?status=resolved&limit=100')).json();
    expect(other.results.find((r: { id: string }) => r.id === two.id)).toMatchObject({ action: 'hide' });
    expect((await post(bob, 'GET', `/api/post/${p.id}/`)).statusCode).toBe(404);
    const badAction = await post(mod, 'POST', `/api/moderation/reports/${two.id}/resolve/`, {
      action: 'ban',
    });
    expect(badAction.statusCode).toBe(400);
    const audit = (await events('moderation.report_resolve')).find((e) => e.details.includes(one.id));
    expect(JSON.parse(audit?.details ?? '{}')).toMatchObject({
      action: 'hide',
      target_id: p.id,
      actor_id: mod.user.public_id,
    });
  });

  it('resolve with delete removes a comment, keeps the report and the post count right', async () => {
    const p = await makePost(t.app, alice);
    const c = await makeComment(t.app, alice, p.id);
    const filed = (await report(bob, `/api/post/${p.id}/comment/${c.id}/`)).json();
    const resolved = await post(mod, 'POST', `/api/moderation/reports/${filed.id}/resolve/`, {
      action: 'delete',
    });
    expect(resolved.json()).toMatchObject({ status: 'resolved', action: 'delete', target: null });
    expect((await post(bob, 'GET', `/api/post/${p.id}/comment/${c.id}/`)).statusCode).toBe(404);
    expect((await post(bob, 'GET', `/api/post/${p.id}/`)).json().comments_count).toBe(0);
  });

  it('hidden posts disappear for everyone else; the author and moderators see hidden: true; restore brings them back', async () => {
    const p = await makePost(t.app, alice, { body: 'to hide' });
    const hide = await post(mod, 'POST', `/api/moderation/posts/${p.id}/hide/`);
    expect(hide.json()).toMatchObject({ id: p.id, hidden: true });
    const seen = async (as: Persona | null) => {
      const list = (await post(as, 'GET', '/api/post/?limit=100')).json();
      return list.results.some((x: { id: string }) => x.id === p.id);
    };
    for (const viewer of [null, bob]) {
      expect(await seen(viewer)).toBe(false);
      expect((await post(viewer, 'GET', `/api/post/${p.id}/`)).statusCode).toBe(404);
      expect((await post(viewer, 'GET', `/api/post/${p.id}/comment/`)).statusCode).toBe(404);
      const filtered = (
        await post(viewer, 'GET', `/api/post/?author__public_id=${alice.user.public_id}&limit=100`)
      ).json();
      expect(filtered.results.some((x: { id: string }) => x.id === p.id)).toBe(false);
    }
    expect((await post(bob, 'POST', `/api/post/${p.id}/like/`)).statusCode).toBe(404);
    for (const viewer of [alice, mod]) {
      expect(await seen(viewer)).toBe(true);
      expect((await post(viewer, 'GET', `/api/post/${p.id}/`)).json().hidden).toBe(true);
    }
    expect((await post(mod, 'POST', `/api/moderation/posts/${p.id}/restore/`)).json().hidden).toBe(false);
    expect(await seen(bob)).toBe(true);
    const types = (await events('moderation.post_hide')).concat(await events('moderation.post_restore'));
    expect(
      types
        .filter((e) => e.details.includes(p.id))
        .map((e) => e.type)
        .sort(),
    ).toEqual(['moderation.post_hide', 'moderation.post_restore']);
  });

  it('hidden comments disappear for others and leave comments_count; restore puts them back', async () => {
    const p = await makePost(t.app, alice);
    const c = await makeComment(t.app, bob, p.id);
    const url = `/api/post/${p.id}/comment/`;
    expect((await post(mod, 'POST', `/api/moderation/comments/${c.id}/hide/`)).json().hidden).toBe(true);
    expect((await post(carol, 'GET', url)).json().count).toBe(0);
    expect((await post(carol, 'GET', `/api/post/${p.id}/`)).json().comments_count).toBe(0);
    expect((await post(carol, 'GET', `${url}${c.id}/`)).statusCode).toBe(404);
    expect((await post(bob, 'GET', url)).json().results[0]).toMatchObject({ id: c.id, hidden: true });
    expect((await post(mod, 'GET', url)).json().count).toBe(1);
    await post(mod, 'POST', `/api/moderation/comments/${c.id}/hide/`);
    await post(mod, 'POST', `/api/moderation/comments/${c.id}/restore/`);
    expect((await post(carol, 'GET', `/api/post/${p.id}/`)).json().comments_count).toBe(1);
    expect((await post(carol, 'GET', url)).json().count).toBe(1);
    expect((await events('moderation.comment_hide')).filter((e) => e.details.includes(c.id))).toHaveLength(2);
    expect((await post(mod, 'POST', `/api/moderation/comments/${'2'.repeat(32)}/hide/`)).statusCode).toBe(
      404,
    );
  });

  it('audits a moderator deleting a post or comment, not an author deleting their own', async () => {
    const mine = await makePost(t.app, alice);
    await t.app.inject({ method: 'DELETE', url: `/api/post/${mine.id}/`, headers: alice.headers });
    const theirs = await makePost(t.app, alice);
    const c = await makeComment(t.app, bob, theirs.id);
    await t.app.inject({
      method: 'DELETE',
      url: `/api/post/${theirs.id}/comment/${c.id}/`,
      headers: mod.headers,
    });
    await t.app.inject({ method: 'DELETE', url: `/api/post/${theirs.id}/`, headers: mod.headers });
    const deletes = await events('moderation.post_delete');
    expect(deletes.some((e) => e.details.includes(theirs.id))).toBe(true);
    expect(deletes.some((e) => e.details.includes(mine.id))).toBe(false);
    expect((await events('moderation.comment_delete')).some((e) => e.details.includes(c.id))).toBe(true);
  });
});
