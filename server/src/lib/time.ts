/**
 * Microsecond timestamps. `Date` holds milliseconds only, so the app keeps time as integer
 * microseconds since the epoch and formats it as ISO-8601 with six decimals and `Z`.
 */

let last = 0;

/**
 * The current time in microseconds. Strictly increasing within a process, so two rows written
 * in the same microsecond still order deterministically.
 */
export function nowMicros(): number {
  const now = Math.floor((performance.timeOrigin + performance.now()) * 1000);
  last = now > last ? now : last + 1;
  return last;
}

/** `2026-01-15T02:28:00.123456Z` for a microsecond timestamp. */
export function isoMicros(micros: number): string {
  const ms = Math.floor(micros / 1000);
  const fraction = String(micros - ms * 1000).padStart(3, '0');
  return `${new Date(ms).toISOString().slice(0, -1)}${fraction}Z`;
}

/** Parses an ISO-8601 timestamp (up to microseconds) into microseconds; null when invalid. */
export function parseIsoMicros(value: string): number | null {
  const match = /^(.+?)(?:\.(\d{1,6}))?(Z|[+-]\d{2}:?\d{2})$/.exec(value.trim());
  if (match === null) return null;
  const [, base, fraction = '', zone] = match;
  const ms = Date.parse(`${base}${zone}`);
  if (Number.isNaN(ms)) return null;
  return ms * 1000 + Number(fraction.padEnd(6, '0'));
}
