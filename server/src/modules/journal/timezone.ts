/**
 * Calendar days in a user's IANA time zone, through `Intl` (no time-zone database of our own).
 * A day is an integer: days since 1970-01-01, so consecutive days differ by one and the ISO
 * weekday is arithmetic.
 */

const MS_PER_DAY = 86_400_000;
const DATE_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (f === undefined) {
    f = new Intl.DateTimeFormat('en-US', { timeZone, year: 'numeric', month: 'numeric', day: 'numeric' });
    if (formatters.size > 1000) formatters.clear();
    formatters.set(timeZone, f);
  }
  return f;
}

/** The canonical name of an IANA time zone (or `UTC`), or null when unknown. */
export function canonicalTimeZone(value: string): string | null {
  if (value.length === 0 || value.length > 64) return null;
  try {
    return new Intl.DateTimeFormat('en-US', { timeZone: value }).resolvedOptions().timeZone;
  } catch {
    return null;
  }
}

/** The day number of a UTC calendar date. */
export function dayOfDate(year: number, month: number, day: number): number {
  return Math.floor(Date.UTC(year, month - 1, day) / MS_PER_DAY);
}

/** The local day (in `timeZone`) of an instant given in milliseconds. */
export function localDayOfMs(ms: number, timeZone: string): number {
  const text = formatter(timeZone).format(ms);
  const match = /(\d+)\D+(\d+)\D+(\d+)/.exec(text);
  if (match === null) throw new Error(`Unexpected date format "${text}".`);
  return dayOfDate(Number(match[3]), Number(match[1]), Number(match[2]));
}

/** The local day (in `timeZone`) of a microsecond timestamp. */
export function localDay(micros: number, timeZone: string): number {
  return localDayOfMs(Math.floor(micros / 1000), timeZone);
}

/** `YYYY-MM-DD` for a day number. */
export function isoDate(day: number): string {
  return new Date(day * MS_PER_DAY).toISOString().slice(0, 10);
}

/** The day number of a strict `YYYY-MM-DD` date between 1900 and 9999, or null. */
export function parseIsoDate(value: string): number | null {
  const match = DATE_PATTERN.exec(value);
  if (match === null) return null;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (year < 1900) return null;
  const n = dayOfDate(year, month, day);
  return isoDate(n) === value ? n : null;
}

/** ISO weekday of a day number: 1 = Monday … 7 = Sunday (1970-01-01 was a Thursday). */
export function isoWeekday(day: number): number {
  return ((((day + 3) % 7) + 7) % 7) + 1;
}

/** The Monday starting the ISO week of a day. */
export function weekStart(day: number): number {
  return day - (isoWeekday(day) - 1);
}

/**
 * The first instant (microseconds, whole seconds) whose local date in `timeZone` is `day` or later.
 * Local midnight may not exist (a DST jump at 00:00), so it is searched for rather than assumed:
 * every UTC offset lies within ±15 h, which brackets the answer.
 */
export function startOfLocalDay(day: number, timeZone: string): number {
  let low = (day * MS_PER_DAY) / 1000 - 15 * 3600;
  let high = (day * MS_PER_DAY) / 1000 + 15 * 3600;
  while (high - low > 1) {
    const mid = Math.floor((low + high) / 2);
    if (localDayOfMs(mid * 1000, timeZone) >= day) high = mid;
    else low = mid;
  }
  return high * 1_000_000;
}
