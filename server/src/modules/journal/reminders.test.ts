/**
 * Check-in reminders (API.md C4): settings with field errors, one calm e-mail at the local time
 * through the outbox to a real SMTP listener, once even when sweeps race, at most once a local
 * day, never after a check-in that day, across daylight-saving and time-zone changes; the signed
 * no-sign-in "turn off" link and the RFC 8058 one-click header; export and deletion.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TEST_PASSWORD } from '../../../test/helpers/auth.ts';
import { type Persona, persona } from '../../../test/helpers/community.ts';
import { createMailTestApp, TEST_FRONTEND } from '../../../test/helpers/mail.ts';
import { eventually } from '../../../test/helpers/smtp.ts';
import { nowMicros } from '../../lib/time.ts';
import { localDay, nextReminderDue } from './reminder-schedule.ts';
import { type RemindersContext, sendDueReminders } from './reminders.service.ts';

type App = Awaited<ReturnType<typeof createMailTestApp>>;
const micros = (iso: string) => Date.parse(iso) * 1000;
const iso = (m: number) => new Date(m / 1000).toISOString();
const ALL = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'];

describe('check-in reminders', () => {
  let t: App;
  let ctx: RemindersContext;
  const url = '/api/journal/reminders/';
  const put = (as: Persona, payload: object) =>
    t.app.inject({ method: 'PUT', url, headers: as.headers, payload });
  const get = async (as: Persona) => (await t.app.inject({ method: 'GET', url, headers: as.headers })).json();
  const row = (as: Persona) =>
    t.database.db
      .selectFrom('journal_reminders')
      .selectAll()
      .where('user_id', '=', as.user.id)
      .executeTakeFirstOrThrow();
  const setDue = (as: Persona, due: number) =>
    t.database.db
      .updateTable('journal_reminders')
      .set({ next_due: due })
      .where('user_id', '=', as.user.id)
      .execute();
  const dueOf = async (as: Persona) => Number((await row(as)).next_due);
  const queued = (as: Persona) =>
    t.database.db
      .selectFrom('mail_outbox')
      .select(['subject'])
      .where('to_address', '=', as.user.email)
      .where('kind', '=', 'checkin_reminder')
      .execute();

  beforeAll(async () => {
    t = await createMailTestApp();
    ctx = { config: t.app.config, database: t.app.database };
  });
  afterAll(async () => t.close());

  it('starts off with defaults; saves valid settings; bad time, time zone or days → 400 on each field', async () => {
    const ann = await persona(t.app);
    expect(await get(ann)).toEqual({ enabled: false, time: '20:00', tz: 'UTC', days: ALL, next_at: null });
    const bad = await put(ann, { enabled: true, time: '25:00', tz: 'Mars/Olympus', days: ['someday'] });
    expect(bad.statusCode).toBe(400);
    expect(Object.keys(bad.json()).sort()).toEqual(['days', 'time', 'tz']);
    for (const payload of [{ time: '8:00' }, { time: '20:60' }, { tz: '' }, { days: [] }]) {
      const refused = await put(ann, payload);
      expect(refused.statusCode).toBe(400);
      expect(Object.keys(refused.json())).toEqual(Object.keys(payload));
    }
    expect((await get(ann)).enabled).toBe(false);
    const saved = await put(ann, { enabled: true, time: '07:30', tz: 'Asia/Tokyo', days: ['sun', 'mon'] });
    expect(saved.statusCode).toBe(200);
    expect(saved.json()).toMatchObject({
      enabled: true,
      time: '07:30',
      tz: 'Asia/Tokyo',
      days: ['mon', 'sun'],
    });
    const next = new Date(saved.json().next_at);
    expect(next.getUTCHours() * 60 + next.getUTCMinutes()).toBe(22 * 60 + 30); // 07:30 JST
    expect([0, 6]).toContain(next.getUTCDay()); // Sunday or Monday in Tokyo
    const off = await put(ann, { enabled: false });
    expect(off.json()).toMatchObject({ enabled: false, time: '07:30', next_at: null });
    expect((await t.app.inject({ method: 'GET', url })).statusCode).toBe(401);
  });

  it('sends one calm e-mail at the local time, once when sweeps race, with check-in and one-click off links', async () => {
    const bea = await persona(t.app);
    expect((await put(bea, { enabled: true, time: '20:00', tz: 'Europe/London' })).statusCode).toBe(200);
    const at = await dueOf(bea);
    expect(at).toBeGreaterThan(nowMicros());
    expect([19, 20]).toContain(new Date(at / 1000).getUTCHours());
    expect(await sendDueReminders(ctx, at - 1)).toBe(0);
    const [a, b] = await Promise.all([sendDueReminders(ctx, at), sendDueReminders(ctx, at)]);
    expect((a ?? 0) + (b ?? 0)).toBe(1);
    expect(await dueOf(bea)).toBe(
      nextReminderDue(at, {
        time: '20:00',
        tz: 'Europe/London',
        days: ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'],
      }),
    );
    expect((await row(bea)).last_sent_on).toBe(localDay(at, 'Europe/London').date);

    await eventually(() => t.smtp.to(bea.user.email).length === 1);
    const [mail] = t.smtp.to(bea.user.email);
    expect(mail?.subject).toBe('MentalMuse: a moment to check in?');
    expect(mail?.text).toContain(`${TEST_FRONTEND}/journal#checkin`);
    const token = /\/reminders-off#token=([\w.-]+)/.exec(mail?.text ?? '')?.[1];
    expect(token).toBeDefined();
    const header = mail?.headers['list-unsubscribe'] ?? '';
    expect(header).toMatch(
      new RegExp(`^<${TEST_FRONTEND.replaceAll('.', '\\.')}/api/journal/reminders/off/\\?token=`),
    );
    expect(mail?.headers['list-unsubscribe-post']).toBe('List-Unsubscribe=One-Click');

    // The same local day again (e.g. a sweep after a restart): nothing more.
    await setDue(bea, at + 60_000_000);
    expect(await sendDueReminders(ctx, at + 60_000_000)).toBe(0);

    // The mail client's one-click button posts the form to the header's URL.
    const oneClick = new URL(header.slice(1, -1));
    const off = await t.app.inject({
      method: 'POST',
      url: `${oneClick.pathname}${oneClick.search}`,
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      payload: 'List-Unsubscribe=One-Click',
    });
    expect(off.statusCode).toBe(204);
    expect(await get(bea)).toMatchObject({ enabled: false, next_at: null });

    // The page's JSON post with the link's token: idempotent.
    const again = await t.app.inject({ method: 'POST', url: `${url}off/`, payload: { token } });
    expect(again.statusCode).toBe(204);
    const forged = await t.app.inject({ method: 'POST', url: `${url}off/`, payload: { token: `${token}x` } });
    expect(forged.statusCode).toBe(400);
    expect(Object.keys(forged.json())).toEqual(['token']);
    expect((await t.app.inject({ method: 'POST', url: `${url}off/`, payload: {} })).statusCode).toBe(400);
  });

  it('sends nothing when the user already checked in that local day', async () => {
    const [cal, dee] = await Promise.all([persona(t.app), persona(t.app)]);
    for (const who of [cal, dee]) expect((await put(who, { enabled: true, tz: 'UTC' })).statusCode).toBe(200);
    const checkin = await t.app.inject({
      method: 'POST',
      url: '/api/journal/checkins/',
      headers: cal.headers,
      payload: { score: 4 },
    });
    expect(checkin.statusCode).toBe(201);
    const now = nowMicros();
    await setDue(cal, now);
    await setDue(dee, now);
    expect(await sendDueReminders(ctx, now)).toBe(1);
    expect(await queued(cal)).toHaveLength(0);
    expect(await queued(dee)).toHaveLength(1);
    // Both move on to the next day either way.
    expect(await dueOf(cal)).toBeGreaterThan(now);
  });

  it('keeps the local time across daylight-saving changes (Europe/London, spring and autumn)', async () => {
    const eve = await persona(t.app);
    expect((await put(eve, { enabled: true, time: '20:00', tz: 'Europe/London' })).statusCode).toBe(200);
    // Saturday 28 March 2026, 20:00 GMT; the clocks go forward that night.
    await setDue(eve, micros('2026-03-28T20:00:00Z'));
    expect(await sendDueReminders(ctx, micros('2026-03-28T20:00:00Z'))).toBe(1);
    expect(iso(await dueOf(eve))).toBe('2026-03-29T19:00:00.000Z'); // 20:00 BST
    expect(await sendDueReminders(ctx, micros('2026-03-29T19:00:00Z'))).toBe(1);
    expect(iso(await dueOf(eve))).toBe('2026-03-30T19:00:00.000Z');
    // Autumn: Saturday 24 October 2026, 20:00 BST; back to GMT on Sunday.
    await setDue(eve, micros('2026-10-24T19:00:00Z'));
    expect(await sendDueReminders(ctx, micros('2026-10-24T19:00:00Z'))).toBe(1);
    expect(iso(await dueOf(eve))).toBe('2026-10-25T20:00:00.000Z');
    expect(await queued(eve)).toHaveLength(3);
    // A time that does not exist on the spring-forward day (01:30) moves forward by the gap.
    expect(
      iso(
        nextReminderDue(micros('2026-03-28T12:00:00Z'), {
          time: '01:30',
          tz: 'Europe/London',
          days: ['sun'],
        }),
      ),
    ).toBe('2026-03-29T01:30:00.000Z');
  });

  it('follows a time-zone change: the old zone’s time no longer fires, the new one does', async () => {
    const fay = await persona(t.app);
    expect((await put(fay, { enabled: true, time: '20:00', tz: 'Europe/London' })).statusCode).toBe(200);
    const london = await dueOf(fay);
    const moved = await put(fay, { tz: 'America/New_York' });
    expect(moved.statusCode).toBe(200);
    const newYork = await dueOf(fay);
    expect(moved.json().next_at).toBe(iso(newYork).replace('.000Z', '.000000Z'));
    expect([0, 1]).toContain(new Date(newYork / 1000).getUTCHours()); // 20:00 EST/EDT
    // The old zone's 20:00 that comes before New York's: between 20:00 and 01:00 UTC the next
    // London 20:00 is tomorrow, after New York's, so take the one a day earlier.
    const oldTime = london < newYork ? london : london - 24 * 3600 * 1_000_000;
    expect(oldTime).toBeLessThan(newYork);
    expect(await sendDueReminders(ctx, oldTime)).toBe(0);
    expect(await sendDueReminders(ctx, newYork)).toBe(1);
    expect((await row(fay)).last_sent_on).toBe(localDay(newYork, 'America/New_York').date);
  });

  it('only on the chosen days', async () => {
    const gus = await persona(t.app);
    const saved = await put(gus, { enabled: true, time: '09:15', tz: 'Australia/Sydney', days: ['sat'] });
    const next = await dueOf(gus);
    expect(saved.json().days).toEqual(['sat']);
    const local = new Intl.DateTimeFormat('en-GB', {
      timeZone: 'Australia/Sydney',
      weekday: 'short',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    }).format(next / 1000);
    expect(local).toBe('Sat 09:15');
  });

  it('reminders are in the account export and go with the account', async () => {
    const hal = await persona(t.app);
    await put(hal, { enabled: true, time: '21:45', tz: 'Europe/Paris', days: ['fri'] });
    const exported = await t.app.inject({ method: 'GET', url: '/api/account/export/', headers: hal.headers });
    expect(exported.json().journal.reminders).toEqual([
      { enabled: true, time: '21:45', tz: 'Europe/Paris', days: ['fri'], last_sent_on: null },
    ]);
    const deleted = await t.app.inject({
      method: 'DELETE',
      url: '/api/account/',
      headers: hal.headers,
      payload: { password: TEST_PASSWORD, content: 'delete', when: 'now' },
    });
    expect(deleted.statusCode, deleted.body).toBe(204);
    const left = await t.database.db
      .selectFrom('journal_reminders')
      .select('user_id')
      .where('user_id', '=', hal.user.id)
      .execute();
    expect(left).toEqual([]);
  });
});
