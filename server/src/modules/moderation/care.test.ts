/**
 * Care in moderation (API.md C6): hiding with a reason and note, the notice only the author sees,
 * the author's one appeal per hiding, the appeal queue and its decisions, and "send support
 * resources" — each with its permission matrix and bad input.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createCommunityApp,
  makeComment,
  makePost,
  type Persona,
  persona,
} from '../../../test/helpers/community.ts';

type App = Awaited<ReturnType<typeof createCommunityApp>>;

describe('care in moderation', () => {
  let t: App;
  let alice: Persona;
  let bob: Persona;
  let mod: Persona;
  let admin: Persona;
  beforeAll(async () => {
    t = await createCommunityApp();
    [alice, bob, mod, admin] = await Promise.all([
      persona(t.app),
      persona(t.app),
      persona(t.app, 'moderator'),
      persona(t.app, 'admin'),
    ]);
  });
  afterAll(async () => t.close());
  const call = (as: Persona | null, method: 'GET' | 'POST', url: string, payload?: unknown) =>
    t.app.inject({
      method,
      url,
      headers: as?.headers ?? {},
      ...(payload === undefined ? {} : { payload: payload as object }),
    });
  const events = (type: string) =>
    t.database.db.selectFrom('security_events').select(['details']).where('type', '=', type).execute();

  it('hides a post with a reason and note that only its author sees, in the detail and in lists', async () => {
    const p = await makePost(t.app, alice, { body: 'a hard day' });
    const hide = await call(mod, 'POST', `/api/moderation/posts/${p.id}/hide/`, {
      reason: 'harassment',
      note: '  Please keep it kind.  ',
    });
    expect(hide.statusCode).toBe(200);
    expect(hide.json().hidden).toBe(true);
    expect(hide.json()).not.toHaveProperty('moderation');

    const own = await call(alice, 'GET', `/api/post/${p.id}/`);
    expect(own.statusCode).toBe(200);
    expect(own.json().moderation).toEqual({
      reason: 'harassment',
      note: 'Please keep it kind.',
      hidden_at: expect.stringMatching(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{6}Z$/),
      appeal: null,
    });
    const feed = await call(alice, 'GET', `/api/post/?author__public_id=${alice.user.public_id}&limit=100`);
    const inFeed = feed.json().results.find((r: { id: string }) => r.id === p.id);
    expect(inFeed.moderation.reason).toBe('harassment');

    for (const staff of [mod, admin]) {
      const seen = await call(staff, 'GET', `/api/post/${p.id}/`);
      expect(seen.statusCode).toBe(200);
      expect(seen.json()).not.toHaveProperty('moderation');
    }
    expect((await call(bob, 'GET', `/api/post/${p.id}/`)).statusCode).toBe(404);
    expect((await call(null, 'GET', `/api/post/${p.id}/`)).statusCode).toBe(404);
    const audit = await events('moderation.post_hide');
    expect(audit.map((e) => JSON.parse(String(e.details)))).toContainEqual(
      expect.objectContaining({ target_id: p.id, reason: 'harassment' }),
    );
  });

  it('defaults the reason to other without a body; a bad reason or note is a 400 that hides nothing', async () => {
    const p = await makePost(t.app, alice);
    const bad = await call(mod, 'POST', `/api/moderation/posts/${p.id}/hide/`, { reason: 'boring' });
    expect(bad.statusCode).toBe(400);
    expect(Object.keys(bad.json())).toEqual(['reason']);
    const long = await call(mod, 'POST', `/api/moderation/posts/${p.id}/hide/`, { note: 'x'.repeat(1001) });
    expect(long.statusCode).toBe(400);
    expect((await call(bob, 'GET', `/api/post/${p.id}/`)).json().hidden).toBe(false);

    const plain = await call(mod, 'POST', `/api/moderation/posts/${p.id}/hide/`);
    expect(plain.statusCode).toBe(200);
    expect((await call(alice, 'GET', `/api/post/${p.id}/`)).json().moderation).toMatchObject({
      reason: 'other',
      note: '',
    });
    expect((await call(alice, 'POST', `/api/moderation/posts/${p.id}/hide/`, {})).statusCode).toBe(403);
    expect((await call(null, 'POST', `/api/moderation/posts/${p.id}/hide/`, {})).statusCode).toBe(401);
  });

  it('hides a comment with a reason (moderation and admin routes); only its author sees the notice', async () => {
    const p = await makePost(t.app, bob);
    const c = await makeComment(t.app, alice, p.id);
    const c2 = await makeComment(t.app, alice, p.id);
    const hide = await call(mod, 'POST', `/api/moderation/comments/${c.id}/hide/`, {
      reason: 'spam',
      note: 'links',
    });
    expect(hide.statusCode).toBe(200);
    const adminHide = await call(admin, 'POST', `/api/admin/comments/${c2.id}/hide/`, { reason: 'hate' });
    expect(adminHide.statusCode).toBe(204);

    const list = (await call(alice, 'GET', `/api/post/${p.id}/comment/?limit=100`)).json().results;
    const mine = list.find((r: { id: string }) => r.id === c.id);
    expect(mine.moderation).toMatchObject({ reason: 'spam', note: 'links', appeal: null });
    expect(list.find((r: { id: string }) => r.id === c2.id).moderation.reason).toBe('hate');
    const detail = await call(alice, 'GET', `/api/post/${p.id}/comment/${c.id}/`);
    expect(detail.json().moderation.reason).toBe('spam');
    // The post's author and staff can see the post, never the notice; others not the comment.
    const staffList = (await call(mod, 'GET', `/api/post/${p.id}/comment/?limit=100`)).json().results;
    expect(staffList.find((r: { id: string }) => r.id === c.id)).not.toHaveProperty('moderation');
    const bobList = (await call(bob, 'GET', `/api/post/${p.id}/comment/?limit=100`)).json().results;
    expect(bobList.map((r: { id: string }) => r.id)).not.toContain(c.id);
  });

  it('a report resolved with hide gives the author the report reason', async () => {
    const p = await makePost(t.app, alice);
    const filed = await call(bob, 'POST', `/api/post/${p.id}/report/`, { reason: 'misinformation' });
    const resolve = await call(mod, 'POST', `/api/moderation/reports/${filed.json().id}/resolve/`, {
      action: 'hide',
    });
    expect(resolve.statusCode).toBe(200);
    expect((await call(alice, 'GET', `/api/post/${p.id}/`)).json().moderation.reason).toBe('misinformation');
  });

  it('lets the author appeal once per hiding; everyone else is refused', async () => {
    const p = await makePost(t.app, alice);
    const url = `/api/post/${p.id}/appeal/`;
    const early = await call(alice, 'POST', url, { message: 'Why?' });
    expect(early.statusCode).toBe(400);
    expect(early.json()).toEqual({ detail: 'This post is not hidden.' });
    await call(mod, 'POST', `/api/moderation/posts/${p.id}/hide/`, { reason: 'self_harm' });

    expect((await call(null, 'POST', url, { message: 'hi' })).statusCode).toBe(401);
    expect((await call(bob, 'POST', url, { message: 'hi' })).statusCode).toBe(404);
    expect((await call(mod, 'POST', url, { message: 'hi' })).statusCode).toBe(403);
    expect((await call(admin, 'POST', url, { message: 'hi' })).statusCode).toBe(403);
    const blank = await call(alice, 'POST', url, { message: '   ' });
    expect(blank.statusCode).toBe(400);
    expect(Object.keys(blank.json())).toEqual(['message']);
    expect((await call(alice, 'POST', url, {})).statusCode).toBe(400);
    expect((await call(alice, 'GET', `/api/post/${p.id}/`)).json().moderation.appeal).toBeNull();

    const first = await call(alice, 'POST', url, { message: 'I was sharing my own story.' });
    expect(first.statusCode).toBe(201);
    expect(first.json()).toMatchObject({ id: expect.stringMatching(/^[0-9a-f]{32}$/), status: 'open' });
    const again = await call(alice, 'POST', url, { message: 'Please?' });
    expect(again.statusCode).toBe(400);
    expect(again.json()).toEqual({ detail: 'You have already appealed this decision.' });
    expect((await call(alice, 'GET', `/api/post/${p.id}/`)).json().moderation.appeal).toMatchObject({
      status: 'open',
    });
    const stored = await t.database.db
      .selectFrom('content_hidings')
      .select(['appeal_message'])
      .where('public_id', '=', first.json().id)
      .executeTakeFirstOrThrow();
    expect(stored.appeal_message).toBe('I was sharing my own story.');
  });

  it('lists appeals for staff and decides each once: restore shows the item again, uphold keeps it hidden', async () => {
    const p = await makePost(t.app, alice, { body: 'restore me' });
    await call(mod, 'POST', `/api/moderation/posts/${p.id}/hide/`, {
      reason: 'spam',
      note: 'looked like spam',
    });
    const appeal = (await call(alice, 'POST', `/api/post/${p.id}/appeal/`, { message: 'Not spam' })).json();
    const q = await makePost(t.app, bob);
    const c = await makeComment(t.app, alice, q.id);
    await call(mod, 'POST', `/api/moderation/comments/${c.id}/hide/`, { reason: 'hate' });
    const cAppeal = await call(alice, 'POST', `/api/post/${q.id}/comment/${c.id}/appeal/`, {
      message: 'Context',
    });
    expect(cAppeal.statusCode).toBe(201);

    expect((await call(null, 'GET', '/api/moderation/appeals/')).statusCode).toBe(401);
    expect((await call(alice, 'GET', '/api/moderation/appeals/')).statusCode).toBe(403);
    const queue = await call(mod, 'GET', '/api/moderation/appeals/?limit=100');
    expect(queue.statusCode).toBe(200);
    expect(queue.json().results.find((r: { id: string }) => r.id === appeal.id)).toMatchObject({
      target_type: 'post',
      target_id: p.id,
      post: p.id,
      reason: 'spam',
      note: 'looked like spam',
      message: 'Not spam',
      status: 'open',
      decided: null,
    });

    const decide = (as: Persona | null, id: string, decision: unknown) =>
      call(as, 'POST', `/api/moderation/appeals/${id}/decide/`, { decision });
    expect((await decide(alice, appeal.id, 'restore')).statusCode).toBe(403);
    expect((await decide(null, appeal.id, 'restore')).statusCode).toBe(401);
    expect((await decide(mod, appeal.id, 'maybe')).statusCode).toBe(400);
    expect((await decide(mod, 'f'.repeat(32), 'restore')).statusCode).toBe(404);
    expect((await decide(mod, 'nonsense', 'restore')).statusCode).toBe(404);
    expect((await call(bob, 'GET', `/api/post/${p.id}/`)).statusCode).toBe(404);

    const restored = await decide(mod, appeal.id, 'restore');
    expect(restored.statusCode).toBe(200);
    expect(restored.json()).toMatchObject({ status: 'restored', decided: expect.any(String) });
    const visible = await call(bob, 'GET', `/api/post/${p.id}/`);
    expect(visible.statusCode).toBe(200);
    expect(visible.json()).not.toHaveProperty('moderation');
    const twice = await decide(admin, appeal.id, 'uphold');
    expect(twice.statusCode).toBe(400);
    expect(twice.json()).toEqual({ detail: 'This appeal is already decided.' });

    const upheld = await decide(admin, cAppeal.json().id, 'uphold');
    expect(upheld.json().status).toBe('upheld');
    const own = await call(alice, 'GET', `/api/post/${q.id}/comment/${c.id}/`);
    expect(own.json()).toMatchObject({ hidden: true, moderation: { appeal: { status: 'upheld' } } });
    const open = (await call(mod, 'GET', '/api/moderation/appeals/?limit=100')).json().results;
    expect(open.map((r: { id: string }) => r.id)).not.toContain(appeal.id);
    const all = (await call(mod, 'GET', '/api/moderation/appeals/?status=all&limit=100')).json().results;
    expect(all.map((r: { id: string }) => r.id)).toEqual(
      expect.arrayContaining([appeal.id, cAppeal.json().id]),
    );

    const types = ['moderation.appeal_restore', 'moderation.appeal_uphold'];
    for (const type of types) expect((await events(type)).length).toBe(1);

    // A new hiding is a new decision: one more appeal is allowed.
    await call(mod, 'POST', `/api/moderation/posts/${p.id}/hide/`, { reason: 'other' });
    const fresh = (await call(alice, 'GET', `/api/post/${p.id}/`)).json().moderation;
    expect(fresh).toMatchObject({ reason: 'other', appeal: null });
    expect((await call(alice, 'POST', `/api/post/${p.id}/appeal/`, { message: 'Again' })).statusCode).toBe(
      201,
    );
  });

  it('sends the author support resources through the outbox, without the reporter, audited, staff only', async () => {
    const p = await makePost(t.app, alice, { body: 'I cannot go on like this' });
    const filed = (await call(bob, 'POST', `/api/post/${p.id}/report/`, { reason: 'self_harm' })).json();
    const url = `/api/moderation/reports/${filed.id}/send-support/`;
    expect((await call(null, 'POST', url)).statusCode).toBe(401);
    expect((await call(bob, 'POST', url)).statusCode).toBe(403);
    expect((await call(alice, 'POST', url)).statusCode).toBe(403);
    expect((await call(mod, 'POST', '/api/moderation/reports/nope/send-support/')).statusCode).toBe(404);
    const outbox = () =>
      t.database.db
        .selectFrom('mail_outbox')
        .select(['to_address', 'subject', 'text_body', 'html_body'])
        .where('kind', '=', 'support_resources')
        .execute();
    expect(await outbox()).toEqual([]);

    const sent = await call(mod, 'POST', url);
    expect(sent.statusCode).toBe(202);
    const [mail, ...more] = await outbox();
    expect(more).toEqual([]);
    expect(mail?.to_address).toBe(alice.user.email);
    expect(mail?.text_body).toContain('Samaritans');
    expect(mail?.text_body).toContain('116 123');
    for (const secret of [bob.user.username, 'I cannot go on like this', filed.id]) {
      expect(mail?.text_body).not.toContain(secret);
      expect(mail?.html_body).not.toContain(secret);
    }
    const audit = (await events('moderation.send_support')).map((e) => JSON.parse(String(e.details)));
    expect(audit).toEqual([expect.objectContaining({ report_id: filed.id, target_id: p.id })]);
  });
});
