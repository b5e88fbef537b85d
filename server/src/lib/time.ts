/**
 * Microsecond timestamps. `Date` holds milliseconds only, so the app keeps time as integer
 * microseconds since the epoch and formats it as ISO-8601 with six decimals and `Z`.
 */

/**
 * Wraps a microsecond clock so that what it returns is strictly increasing: when the source stalls
 * or jumps backwards (an NTP step, an operator setting the date), the result counts up one
 * microsecond at a time until the source is ahead again. Rows written after the jump still sort
 * after rows written before it, and expiries are never pushed out by it.
 */
export function monotonicMicros(read: () => number): () => number {
  let last = 0;
  return () => {
    const now = Math.floor(read());
    last = now > last ? now : last + 1;
    return last;
  };
}

/**
 * The current time in microseconds. Strictly increasing within a process, so two rows written
 * in the same microsecond still order deterministically. It reads the monotonic clock anchored at
 * process start, so a wall clock stepped back while the process runs does not move it back.
 */
export const nowMicros: () => number = monotonicMicros(
  () => (performance.timeOrigin + performance.now()) * 1000,
);

/** {@link nowMicros} in (fractional) seconds, for token issue and expiry checks. */
export function nowSeconds(): number {
  return nowMicros() / 1_000_000;
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
