/**
 * Wall-clock time in an IANA time zone, with nothing but `Intl`: what local date and weekday an
 * instant falls on, and the next instant a local time of day comes round — right across
 * daylight-saving changes (a time skipped by the spring change moves forward by the length of the
 * gap, as Temporal's "compatible" rule does; a time repeated in autumn is taken the first time).
 */

/** True when `zone` is an IANA time zone this runtime knows. */
export function isTimeZone(zone: string): boolean {
  if (zone.length === 0 || zone.length > 64) return false;
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

/** Local calendar fields of an instant. */
export interface LocalParts {
  year: number;
  /** 1–12. */
  month: number;
  day: number;
  hour: number;
  minute: number;
  /** 0 = Sunday … 6 = Saturday. */
  weekday: number;
}

const formatters = new Map<string, Intl.DateTimeFormat>();
const WEEKDAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];

/** The local date, time and weekday of `at` (epoch milliseconds) in `zone`. */
export function localParts(at: number, zone: string): LocalParts {
  let format = formatters.get(zone);
  if (format === undefined) {
    format = new Intl.DateTimeFormat('en-US', {
      timeZone: zone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      weekday: 'short',
    });
    formatters.set(zone, format);
  }
  const parts: Record<string, string> = {};
  for (const part of format.formatToParts(at)) parts[part.type] = part.value;
  return {
    year: Number(parts.year),
    month: Number(parts.month),
    day: Number(parts.day),
    hour: Number(parts.hour),
    minute: Number(parts.minute),
    weekday: WEEKDAYS.indexOf(parts.weekday ?? ''),
  };
}

/** The offset of `zone` from UTC at `at`, in milliseconds (positive east of Greenwich). */
function offsetAt(at: number, zone: string): number {
  const p = localParts(at, zone);
  const asUtc = Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute);
  return asUtc - Math.floor(at / 60_000) * 60_000;
}

/** The instant the local wall time `y-m-d h:min` happens in `zone` (see the module note for DST). */
export function instantOf(
  zone: string,
  y: number,
  m: number,
  d: number,
  hour: number,
  minute: number,
): number {
  const wall = Date.UTC(y, m - 1, d, hour, minute);
  // Two passes settle the offset on either side of a change.
  let at = wall - offsetAt(wall, zone);
  at = wall - offsetAt(at, zone);
  const check = localParts(at, zone);
  if (check.hour === hour && check.minute === minute) {
    // In a repeated hour the earlier instant is the first occurrence.
    const earlier = at - 3_600_000;
    const p = localParts(earlier, zone);
    if (p.day === d && p.hour === hour && p.minute === minute) return earlier;
    return at;
  }
  // The wall time does not exist (spring forward): read it with the offset from before the gap.
  return wall - offsetAt(wall - 86_400_000, zone);
}

/**
 * The first instant strictly after `after` (epoch ms) when it is `hour:minute` in `zone` on one
 * of `weekdays` (0 = Sunday; all days when omitted).
 */
export function nextLocalTime(
  after: number,
  zone: string,
  hour: number,
  minute: number,
  weekdays?: readonly number[],
): number {
  const today = localParts(after, zone);
  for (let add = 0; add <= 8; add += 1) {
    const day = new Date(Date.UTC(today.year, today.month - 1, today.day + add));
    if (weekdays !== undefined && !weekdays.includes(day.getUTCDay())) continue;
    const at = instantOf(zone, day.getUTCFullYear(), day.getUTCMonth() + 1, day.getUTCDate(), hour, minute);
    if (at > after) return at;
  }
  throw new Error('nextLocalTime: no day matched');
}
