/**
 * When check-in reminders go out: at the chosen local time on the chosen days, in the chosen IANA
 * time zone — right across daylight-saving changes (lib/local-time) — and what "that day" means
 * for the "already checked in" and "once a day" rules (the local calendar day).
 */
import type { ReminderDay } from '../../db/schema.ts';
import { instantOf, localParts, nextLocalTime } from '../../lib/local-time.ts';

/** The days in week order, as the API names them. */
export const REMINDER_DAYS: readonly ReminderDay[] = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'];
const WEEKDAY: Record<ReminderDay, number> = { sun: 0, mon: 1, tue: 2, wed: 3, thu: 4, fri: 5, sat: 6 };

/** `HH:MM` (24-hour) as hour and minute, or null when it is not one. */
export function parseTimeOfDay(text: string): { hour: number; minute: number } | null {
  const match = /^([01]\d|2[0-3]):([0-5]\d)$/.exec(text);
  return match === null ? null : { hour: Number(match[1]), minute: Number(match[2]) };
}

/** The first reminder instant (microseconds) strictly after `after` (microseconds). */
export function nextReminderDue(
  after: number,
  schedule: { time: string; tz: string; days: readonly ReminderDay[] },
): number {
  const time = parseTimeOfDay(schedule.time);
  if (time === null) throw new Error(`nextReminderDue: bad time ${schedule.time}`);
  const weekdays = schedule.days.map((day) => WEEKDAY[day]);
  return nextLocalTime(Math.floor(after / 1000), schedule.tz, time.hour, time.minute, weekdays) * 1000;
}

/** The local calendar day of an instant (microseconds): its date and its bounds [start, end) in microseconds. */
export function localDay(at: number, tz: string): { date: string; start: number; end: number } {
  const p = localParts(Math.floor(at / 1000), tz);
  const next = new Date(Date.UTC(p.year, p.month - 1, p.day + 1));
  const pad = (n: number) => String(n).padStart(2, '0');
  return {
    date: `${p.year}-${pad(p.month)}-${pad(p.day)}`,
    start: instantOf(tz, p.year, p.month, p.day, 0, 0) * 1000,
    end: instantOf(tz, next.getUTCFullYear(), next.getUTCMonth() + 1, next.getUTCDate(), 0, 0) * 1000,
  };
}
