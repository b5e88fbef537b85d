/**
 * Query parameters shared by the journal routes: `tz` (IANA time zone), and `from`/`to` as
 * dates in that zone or as instants. Bad values are 400 field errors, all reported together.
 */
import { type FieldErrors, ValidationError } from '../../http/errors.ts';
import { nowMicros, parseIsoMicros } from '../../lib/time.ts';
import { canonicalTimeZone, localDay, parseIsoDate, startOfLocalDay } from './timezone.ts';

/** Raw `?from=&to=&tz=`. */
export interface RangeQuery {
  from?: string;
  to?: string;
  tz?: string;
}

/** Default length of the insights range, in days (the last 30 days up to today). */
export const DEFAULT_INSIGHTS_DAYS = 30;

const DATE_MESSAGE = 'Enter a date (YYYY-MM-DD) or a date-time with a time zone (e.g. 2026-01-15T08:00:00Z).';

function timeZoneOf(raw: string | undefined, errors: FieldErrors): string {
  if (raw === undefined || raw.trim() === '') return 'UTC';
  const zone = canonicalTimeZone(raw.trim());
  if (zone === null) {
    errors.tz = [`Unknown time zone "${raw.trim().slice(0, 64)}"; use an IANA name such as Europe/London.`];
    return 'UTC';
  }
  return zone;
}

function bound(raw: string | undefined, edge: 'from' | 'to', timeZone: string, errors: FieldErrors) {
  if (raw === undefined || raw.trim() === '') return undefined;
  const value = raw.trim();
  const day = parseIsoDate(value);
  if (day !== null)
    return edge === 'from' ? startOfLocalDay(day, timeZone) : startOfLocalDay(day + 1, timeZone) - 1;
  const instant = /T/.test(value) ? parseIsoMicros(value) : null;
  if (instant === null) {
    errors[edge] = [DATE_MESSAGE];
    return undefined;
  }
  return instant;
}

/**
 * `from`/`to` for listing check-ins by `occurred_at`, in microseconds, both inclusive. A date
 * covers that whole day in `tz` (default UTC); a date-time is an instant.
 */
export function parseInstantRange(query: RangeQuery): { from?: number; to?: number } {
  const errors: FieldErrors = {};
  const timeZone = timeZoneOf(query.tz, errors);
  const from = bound(query.from, 'from', timeZone, errors);
  const to = bound(query.to, 'to', timeZone, errors);
  if (from !== undefined && to !== undefined && from > to) errors.to = ['Must not be before "from".'];
  if (Object.keys(errors).length > 0) throw new ValidationError(errors);
  return { ...(from === undefined ? {} : { from }), ...(to === undefined ? {} : { to }) };
}

/** An inclusive range of local days in a time zone. */
export interface DayRange {
  from: number;
  to: number;
  timeZone: string;
}

/**
 * `from`/`to` as local dates (`YYYY-MM-DD`, inclusive) for insights; `to` defaults to today in
 * `tz`, `from` to {@link DEFAULT_INSIGHTS_DAYS} − 1 days before `to`.
 */
export function parseDayRange(query: RangeQuery, now = nowMicros()): DayRange {
  const errors: FieldErrors = {};
  const timeZone = timeZoneOf(query.tz, errors);
  const day = (raw: string | undefined, edge: 'from' | 'to') => {
    if (raw === undefined || raw.trim() === '') return undefined;
    const parsed = parseIsoDate(raw.trim());
    if (parsed === null) errors[edge] = ['Enter a valid date: YYYY-MM-DD.'];
    return parsed ?? undefined;
  };
  const fromRaw = day(query.from, 'from');
  const toRaw = day(query.to, 'to');
  const to = toRaw ?? localDay(now, timeZone);
  const from = fromRaw ?? to - (DEFAULT_INSIGHTS_DAYS - 1);
  if (errors.from === undefined && errors.to === undefined && from > to)
    errors.to = ['Must not be before "from".'];
  if (Object.keys(errors).length > 0) throw new ValidationError(errors);
  return { from, to, timeZone };
}
