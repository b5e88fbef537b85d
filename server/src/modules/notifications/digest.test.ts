/**
 * E-mail from notifications (API.md C1 preferences): the digest at the user's local morning
 * (daily, or Mondays), listing unread notifications since the last one, sent once even when two
 * sweeps race, nothing when nothing is unread; e-mail as it happens for the types turned on; the
 * one-click unsubscribe (signed, no sign-in) that leaves the new-sign-in e-mail alone. Mail goes
 * through the outbox to a real SMTP listener.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeComment, makePost, type Persona, persona } from '../../../test/helpers/community.ts';
import { createMailTestApp, TEST_FRONTEND } from '../../../test/helpers/mail.ts';
import { eventually } from '../../../test/helpers/smtp.ts';
import { deriveTokenKey, signToken } from '../../lib/signed-token.ts';
import { sendDueDigests } from './digest.service.ts';
import { type NotificationsContext, notificationsContext } from './notifications.context.ts';

type App = Awaited<ReturnType<typeof createMailTestApp>>;
const micros = (iso: string) => Date.parse(iso) * 1000;

describe('notification e-mail', () => {
  let t: App;
  let ctx: NotificationsContext;
  const put = (as: Persona, payload: object) =>
    t.app.inject({ method: 'PUT', url: '/api/notifications/preferences/', headers: as.headers, payload });
  const prefs = async (as: Persona) =>
    (
      await t.app.inject({ method: 'GET', url: '/api/notifications/preferences/', headers: as.headers })
    ).json();
  const due = async (as: Persona) =>
    Number(
      (
        await t.database.db
          .selectFrom('notification_preferences')
          .select('digest_due')
          .where('user_id', '=', as.user.id)
          .executeTakeFirstOrThrow()
      ).digest_due,
    );
  const outbox = (as: Persona, kind: string) =>
    t.database.db
      .selectFrom('mail_outbox')
      .select(['subject', 'text_body'])
      .where('to_address', '=', as.user.email)
      .where('kind', '=', kind)
      .execute();

  beforeAll(async () => {
    t = await createMailTestApp();
    ctx = notificationsContext(t.app.config, t.app.database, t.app.wiring.events);
  });
  afterAll(async () => t.close());

  it('the time zone is a preference: UTC until set; an unknown one → 400 and nothing changes', async () => {
    const ann = await persona(t.app);
    expect((await prefs(ann)).timezone).toBe('UTC');
    for (const bad of ['Mars/Olympus', '', 'Europe/Berlin\u0000', 'x'.repeat(65)]) {
      const refused = await put(ann, { email_digest: 'daily', timezone: bad });
      expect(refused.statusCode).toBe(400);
    }
    expect(await prefs(ann)).toMatchObject({ email_digest: 'off', timezone: 'UTC' });
    const saved = await put(ann, { timezone: 'Asia/Tokyo' });
    expect(saved.statusCode).toBe(200);
    expect(saved.json()).toMatchObject({ email_digest: 'off', timezone: 'Asia/Tokyo' });
  });

  it('a daily digest goes out at 08:00 local time, lists what is unread, once, and links to unsubscribe', async () => {
    const [ada, bob] = await Promise.all([persona(t.app), persona(t.app)]);
    const post = await makePost(t.app, ada);
    await makeComment(t.app, bob, post.id, { body: 'thinking of you' });
    await makeComment(t.app, bob, post.id, { body: 'me too' });
    expect((await put(ada, { email_digest: 'daily', timezone: 'Asia/Tokyo' })).statusCode).toBe(200);
    const at = await due(ada);
    // 08:00 in Tokyo is 23:00 UTC the day before.
    expect(new Date(at / 1000).getUTCHours()).toBe(23);
    expect(at).toBeGreaterThan(Date.now() * 1000);
    expect(await sendDueDigests(ctx, at - 1)).toBe(0);
    const [first, second] = await Promise.all([sendDueDigests(ctx, at), sendDueDigests(ctx, at)]);
    expect((first ?? 0) + (second ?? 0)).toBe(1);
    expect(await due(ada)).toBe(at + 86_400_000_000);
    await eventually(() => t.smtp.to(ada.user.email).length === 1);
    const [mail] = t.smtp.to(ada.user.email);
    expect(mail?.subject).toBe('MentalMuse: what happened since yesterday');
    expect(mail?.text.match(new RegExp(`${bob.user.username} commented on your post\\.`, 'g'))).toHaveLength(
      2,
    );
    expect(mail?.text).toContain(`${TEST_FRONTEND}/notifications`);
    expect(mail?.text).not.toContain('thinking of you');
    const token = /\/unsubscribe#token=([\w.-]+)/.exec(mail?.text ?? '')?.[1];
    expect(token).toBeDefined();

    // Nothing new since: the next morning sends nothing (and the schedule moves on).
    expect(await sendDueDigests(ctx, at + 86_400_000_000)).toBe(0);
    expect(await due(ada)).toBe(at + 2 * 86_400_000_000);

    const out = await t.app.inject({
      method: 'POST',
      url: '/api/notifications/unsubscribe/',
      payload: { token },
    });
    expect(out.statusCode).toBe(204);
    const after = await prefs(ada);
    expect(after.email_digest).toBe('off');
    expect(after.types['security.new_login'].email).toBe(true);
    expect(
      Object.entries(after.types)
        .filter(([, v]) => (v as { email: boolean }).email)
        .map(([k]) => k),
    ).toEqual(['security.new_login']);
    // Idempotent: the same link again answers the same.
    expect(
      (await t.app.inject({ method: 'POST', url: '/api/notifications/unsubscribe/', payload: { token } }))
        .statusCode,
    ).toBe(204);
  });

  it("a mail client's one-click button (RFC 8058 List-Unsubscribe) turns the e-mails off without sign-in", async () => {
    const [cy, bob] = await Promise.all([persona(t.app), persona(t.app)]);
    const post = await makePost(t.app, cy);
    await makeComment(t.app, bob, post.id);
    expect((await put(cy, { email_digest: 'daily' })).statusCode).toBe(200);
    const at = await due(cy);
    expect(await sendDueDigests(ctx, at)).toBe(1);
    await eventually(() => t.smtp.to(cy.user.email).length === 1);
    const [mail] = t.smtp.to(cy.user.email);
    const header = mail?.headers['list-unsubscribe'] ?? '';
    expect(header).toMatch(
      new RegExp(`^<${TEST_FRONTEND.replaceAll('.', '\\.')}/api/notifications/unsubscribe/\\?token=`),
    );
    expect(mail?.headers['list-unsubscribe-post']).toBe('List-Unsubscribe=One-Click');
    const oneClick = new URL(header.slice(1, -1));
    const off = await t.app.inject({
      method: 'POST',
      url: `${oneClick.pathname}${oneClick.search}`,
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      payload: 'List-Unsubscribe=One-Click',
    });
    expect(off.statusCode).toBe(204);
    expect((await prefs(cy)).email_digest).toBe('off');
    // No token anywhere, or a form elsewhere in the module: refused, nothing changes.
    const bare = await t.app.inject({
      method: 'POST',
      url: '/api/notifications/unsubscribe/',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      payload: 'List-Unsubscribe=One-Click',
    });
    expect(bare.statusCode).toBe(400);
    expect(Object.keys(bare.json())).toEqual(['token']);
    const form = await t.app.inject({
      method: 'POST',
      url: '/api/notifications/read-all/',
      headers: { ...cy.headers, 'content-type': 'application/x-www-form-urlencoded' },
      payload: 'a=b',
    });
    expect(form.statusCode).toBe(415);
  });

  it('a weekly digest goes out on Monday mornings only, across a time-zone change', async () => {
    const cy = await persona(t.app);
    expect((await put(cy, { email_digest: 'weekly', timezone: 'America/New_York' })).statusCode).toBe(200);
    const first = new Date((await due(cy)) / 1000);
    expect(first.getUTCDay()).toBe(1);
    expect([12, 13]).toContain(first.getUTCHours()); // 08:00 EST/EDT
    expect((await put(cy, { timezone: 'Europe/London' })).statusCode).toBe(200);
    const moved = new Date((await due(cy)) / 1000);
    expect(moved.getUTCDay()).toBe(1);
    expect([7, 8]).toContain(moved.getUTCHours());
    expect((await put(cy, { email_digest: 'off' })).statusCode).toBe(200);
    const row = await t.database.db
      .selectFrom('notification_preferences')
      .select('digest_due')
      .where('user_id', '=', cy.user.id)
      .executeTakeFirstOrThrow();
    expect(row.digest_due).toBeNull();
  });

  it('nothing unread (all read) → no digest', async () => {
    const [dee, eve] = await Promise.all([persona(t.app), persona(t.app)]);
    const post = await makePost(t.app, dee);
    await makeComment(t.app, eve, post.id);
    await t.app.inject({ method: 'POST', url: '/api/notifications/read-all/', headers: dee.headers });
    await put(dee, { email_digest: 'daily' });
    expect(await sendDueDigests(ctx, await due(dee))).toBe(0);
    expect(await outbox(dee, 'digest')).toEqual([]);
  });

  it('a type with e-mail on is e-mailed as it happens; folded likes once; others not', async () => {
    const [fay, gus, hal] = await Promise.all([persona(t.app), persona(t.app), persona(t.app)]);
    expect(
      (await put(fay, { types: { 'post.commented': { email: true }, 'post.liked': { email: true } } }))
        .statusCode,
    ).toBe(200);
    const post = await makePost(t.app, fay);
    await makeComment(t.app, gus, post.id);
    for (const as of [gus, hal]) {
      const liked = await t.app.inject({
        method: 'POST',
        url: `/api/post/${post.id}/like/`,
        headers: as.headers,
      });
      expect(liked.statusCode).toBeLessThan(300);
    }
    const mails = await outbox(fay, 'notification');
    expect(mails.map((m) => m.subject).sort()).toEqual(
      [
        `MentalMuse: ${gus.user.username} commented on your post`,
        `MentalMuse: ${gus.user.username} liked your post`,
      ].sort(),
    );
    expect(mails[0]?.text_body).toContain(`${TEST_FRONTEND}/post/${post.id}`);
    expect(mails[0]?.text_body).toContain('/unsubscribe#token=');
    // Nobody else chose e-mail: the commenter and likers got none.
    expect(await outbox(gus, 'notification')).toEqual([]);
  });

  it('a forged, tampered, expired or foreign-purpose token → 400 on token and changes nothing', async () => {
    const ivy = await persona(t.app);
    await put(ivy, { email_digest: 'daily' });
    const secret = t.app.config.secretKey ?? '';
    const foreign = signToken(
      deriveTokenKey(secret, 'reminders-off'),
      ivy.user.public_id,
      new Date(Date.now() + 60_000),
    );
    const wrongSecret = signToken(
      deriveTokenKey('some-other-secret-key-of-32-characters', 'notifications-unsubscribe'),
      ivy.user.public_id,
      new Date(Date.now() + 60_000),
    );
    for (const token of ['', 'abc', 'a.b.c', foreign, wrongSecret, `${foreign}x`]) {
      const refused = await t.app.inject({
        method: 'POST',
        url: '/api/notifications/unsubscribe/',
        payload: { token },
      });
      expect(refused.statusCode).toBe(400);
      expect(refused.json()).toHaveProperty('token');
    }
    expect((await prefs(ivy)).email_digest).toBe('daily');
  });
});
