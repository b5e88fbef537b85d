/**
 * Gentle check-in reminders (API.md C4): the owner chooses a local time, days and an IANA time
 * zone; the journal plugin sweeps every `REMINDER_SWEEP_INTERVAL` seconds and, for each reminder
 * due, queues one calm e-mail through the outbox — at most once per local day, and not at all
 * when the user has already checked in that day. Each due reminder is claimed with a
 * compare-and-set on `next_due`, so processes sweeping together send it once. The e-mail links to
 * the check-in and to a signed "turn reminders off" page (no sign-in), and carries
 * `List-Unsubscribe` / `List-Unsubscribe-Post` (RFC 8058) for the mail client's own button.
 */
import type { Config } from '../../config.ts';
import type { Database } from '../../db/database.ts';
import type { ReminderDay } from '../../db/schema.ts';
import type { AuthUser } from '../../http/auth.ts';
import { type FieldErrors, ValidationError } from '../../http/errors.ts';
import { linkTokens } from '../../lib/link-token.ts';
import { isTimeZone } from '../../lib/local-time.ts';
import { isoMicros, nowMicros } from '../../lib/time.ts';
import { frontendBase } from '../../mail/links.ts';
import { enqueueMessage } from '../../mail/outbox.repository.ts';
import { wakeOutbox } from '../../mail/outbox.worker.ts';
import { type RenderedMail, render } from '../../mail/templates/layout.ts';
import { findUserById, findUserByPublicId } from '../users/index.ts';
import { hasCheckinBetween } from './checkins.repository.ts';
import { localDay, nextReminderDue, parseTimeOfDay, REMINDER_DAYS } from './reminder-schedule.ts';
import {
  claimReminder,
  disableReminder,
  findReminder,
  listDueReminders,
  markReminderSent,
  type ReminderRow,
  saveReminder,
} from './reminders.repository.ts';

/** What the reminder services use. */
export interface RemindersContext {
  config: Config;
  database: Database;
}

/** The reminder settings as their owner sees them. */
export interface RemindersDto {
  enabled: boolean;
  time: string;
  tz: string;
  days: ReminderDay[];
  next_at: string | null;
}

/** `PUT` fields (schema-checked for type only). */
export interface RemindersInput {
  enabled?: boolean;
  time?: string;
  tz?: string;
  days?: string[];
}

/** Settings of someone who never chose any. */
export const DEFAULT_REMINDER = { enabled: false, time: '20:00', tz: 'UTC', days: [...REMINDER_DAYS] };
/** How long a "turn reminders off" link works. */
export const REMINDERS_OFF_TTL_MS = 90 * 86_400_000;
/** A reminder found this late (the server was down) is skipped rather than sent at an odd hour. */
const STALE_MICROS = 3 * 3_600_000_000;
const SWEEP_BATCH = 200;
const offTokens = linkTokens('journal-reminders-off', REMINDERS_OFF_TTL_MS);

function storedDays(text: string): ReminderDay[] {
  return REMINDER_DAYS.filter((day) => text.split(',').includes(day));
}

function toDto(row: ReminderRow | undefined): RemindersDto {
  if (row === undefined) return { ...DEFAULT_REMINDER, next_at: null };
  return {
    enabled: row.enabled,
    time: row.time,
    tz: row.tz,
    days: storedDays(row.days),
    next_at: row.enabled && row.next_due !== null ? isoMicros(row.next_due) : null,
  };
}

/** The caller's reminder settings (defaults when never set). */
export async function remindersOf(ctx: RemindersContext, caller: AuthUser): Promise<RemindersDto> {
  return toDto(await findReminder(ctx.database.db, caller.id));
}

/** Validates and saves the caller's settings merged over the current ones; reschedules from now. */
export async function updateReminders(
  ctx: RemindersContext,
  caller: AuthUser,
  input: RemindersInput,
  now = nowMicros(),
): Promise<RemindersDto> {
  const db = ctx.database.db;
  const current = toDto(await findReminder(db, caller.id));
  const errors: FieldErrors = {};
  const time = input.time ?? current.time;
  if (parseTimeOfDay(time) === null) errors.time = ['Enter a time as HH:MM, e.g. 20:30.'];
  const tz = input.tz ?? current.tz;
  if (!isTimeZone(tz)) errors.tz = ['Choose a time zone from the list, e.g. Europe/London.'];
  let days = current.days;
  if (input.days !== undefined) {
    const unknown = input.days.filter((day) => !(REMINDER_DAYS as readonly string[]).includes(day));
    if (unknown.length > 0) errors.days = [`Use the day names ${REMINDER_DAYS.join(', ')}.`];
    else if (input.days.length === 0) errors.days = ['Choose at least one day.'];
    else days = REMINDER_DAYS.filter((day) => input.days?.includes(day));
  }
  if (Object.keys(errors).length > 0) throw new ValidationError(errors);
  const enabled = input.enabled ?? current.enabled;
  await saveReminder(db, caller.id, {
    enabled,
    time,
    tz,
    days: days.join(','),
    next_due: enabled ? nextReminderDue(now, { time, tz, days }) : null,
  });
  return toDto(await findReminder(db, caller.id));
}

/** Turns reminders off for the user a signed link names; a 400 on `token` for a bad or old one. */
export async function turnRemindersOff(ctx: RemindersContext, token: string | undefined): Promise<void> {
  const publicId = token === undefined ? null : offTokens.verify(ctx.config, token);
  if (publicId === null)
    throw ValidationError.field(
      'token',
      'This link is not valid any more. You can change reminders in your settings after signing in.',
    );
  const user = await findUserByPublicId(ctx.database.db, publicId);
  if (user !== undefined) await disableReminder(ctx.database.db, user.id);
}

/** The reminder message. */
export function reminderMessage(p: { name: string; checkin: string; off: string }): RenderedMail {
  return render({
    subject: 'a moment to check in?',
    name: p.name,
    intro: [
      'This is the gentle reminder you asked for. If you have a minute, how are you feeling today?',
      'A check-in takes a few taps — a mood, maybe a word or two. Skipping is fine too.',
    ],
    action: { label: 'Check in now', url: p.checkin },
    outro: [
      'Be kind to yourself today.',
      `You set up this reminder in MentalMuse. To turn it off with one click: ${p.off}`,
    ],
  });
}

/** Sends every reminder due at `now` (microseconds); returns how many messages were queued. */
export async function sendDueReminders(ctx: RemindersContext, now = nowMicros()): Promise<number> {
  const db = ctx.database.db;
  const base = frontendBase(ctx.config);
  let sent = 0;
  for (const due of await listDueReminders(db, now, SWEEP_BATCH)) {
    const days = storedDays(due.days);
    if (due.next_due === null || days.length === 0) continue;
    if (!(await claimReminder(db, due, nextReminderDue(now, { time: due.time, tz: due.tz, days })))) continue;
    if (now - due.next_due > STALE_MICROS) continue;
    const day = localDay(due.next_due, due.tz);
    if (due.last_sent_on === day.date) continue;
    if (await hasCheckinBetween(db, due.user_id, day.start, day.end)) continue;
    const user = await findUserById(db, due.user_id);
    if (user === undefined || !user.is_active || user.email === '') continue;
    const token = offTokens.sign(ctx.config, user.public_id, Math.floor(now / 1000));
    const message = reminderMessage({
      name: user.first_name || user.username,
      checkin: `${base}/journal#checkin`,
      off: `${base}/reminders-off#token=${token}`,
    });
    await db.transaction().execute(async (trx) => {
      await enqueueMessage(trx, {
        kind: 'checkin_reminder',
        to: user.email,
        ...message,
        listUnsubscribe: `${base}/api/journal/reminders/off/?token=${encodeURIComponent(token)}`,
      });
      await markReminderSent(trx, due.user_id, day.date);
    });
    sent += 1;
  }
  if (sent > 0) wakeOutbox(ctx.database);
  return sent;
}
