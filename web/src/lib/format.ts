/** Small formatting helpers (dates, counts, moods). */

const relative = new Intl.RelativeTimeFormat(undefined, { numeric: 'auto' });
const dateTime = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });
const dateOnly = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium' });

/** "3 minutes ago", "yesterday", or a date for anything older than a week. */
export function timeAgo(iso: string, now: number = Date.now()): string {
  const then = Date.parse(iso);
  if (Number.isNaN(then)) return '';
  const seconds = Math.round((then - now) / 1000);
  const abs = Math.abs(seconds);
  if (abs < 45) return 'just now';
  if (abs < 3600) return relative.format(Math.round(seconds / 60), 'minute');
  if (abs < 86400) return relative.format(Math.round(seconds / 3600), 'hour');
  if (abs < 7 * 86400) return relative.format(Math.round(seconds / 86400), 'day');
  return dateOnly.format(then);
}

/** Full date and time, e.g. for `title` and `<time>`. */
export function fullDate(iso: string): string {
  const then = Date.parse(iso);
  return Number.isNaN(then) ? '' : dateTime.format(then);
}

/** A date without time. */
export function shortDate(iso: string): string {
  const then = Date.parse(iso);
  return Number.isNaN(then) ? iso : dateOnly.format(then);
}

const pluralRules = new Intl.PluralRules('en');

/** "1 like", "2 likes", "0 entries" (English plural rules; pass `many` for irregular words). */
export function plural(
  count: number,
  one: string,
  many = one.endsWith('y') ? `${one.slice(0, -1)}ies` : `${one}s`,
): string {
  return `${count} ${pluralRules.select(count) === 'one' ? one : many}`;
}

/** Names of the five moods, index = score. */
export const MOODS = ['', 'Very low', 'Low', 'Okay', 'Good', 'Great'] as const;

/** The mood name of a 1–5 score. */
export function moodName(score: number | null | undefined): string {
  return score !== null && score !== undefined ? (MOODS[score] ?? '') : '';
}

/** The value of `cursor` in a `next` URL, or null. */
export function cursorOf(next: string | null | undefined): string | null {
  if (!next) return null;
  try {
    return new URL(next).searchParams.get('cursor');
  } catch {
    return null;
  }
}

/** The user's IANA time zone (for journal insights). */
export function timeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
}

/** Every calendar date from `from` to `to` (both `YYYY-MM-DD`, inclusive), oldest first. */
export function everyDay(from: string, to: string): string[] {
  const days: string[] = [];
  const end = Date.parse(`${to}T00:00:00Z`);
  for (let t = Date.parse(`${from}T00:00:00Z`); t <= end && days.length < 1000; t += 86_400_000) {
    days.push(new Date(t).toISOString().slice(0, 10));
  }
  return days;
}

/** An ISO instant as the value of a `datetime-local` input in the browser's zone (`2026-01-15T09:30`). */
export function toLocalInput(iso: string): string {
  const d = new Date(iso);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

/** A `datetime-local` value (the browser's zone) as an ISO instant, or null when empty or invalid. */
export function fromLocalInput(value: string): string | null {
  if (value === '') return null;
  const t = new Date(value).getTime();
  return Number.isNaN(t) ? null : new Date(t).toISOString();
}
