import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isoMicros, nowMicros, parseIsoMicros } from './time.ts';

describe('microsecond time', () => {
  it('formats with six decimals and Z', () => {
    expect(isoMicros(Date.UTC(2026, 0, 15, 2, 28, 0, 123) * 1000 + 456)).toBe('2026-01-15T02:28:00.123456Z');
    expect(isoMicros(0)).toBe('1970-01-01T00:00:00.000000Z');
  });

  it('formats exactly as Date#toISOString with the microseconds appended', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 4_102_444_800_000_000 }), (micros) => {
        const ms = Math.floor(micros / 1000);
        const expected = `${new Date(ms).toISOString().slice(0, -1)}${String(micros % 1000).padStart(3, '0')}Z`;
        expect(isoMicros(micros)).toBe(expected);
      }),
      { numRuns: 5000 },
    );
    for (const day of ['2000-02-29', '1900-03-01', '2100-02-28', '2024-12-31']) {
      const micros = Date.parse(`${day}T23:59:59.999Z`) * 1000 + 999;
      expect(isoMicros(micros)).toBe(`${day}T23:59:59.999999Z`);
    }
  });

  it('round-trips any microsecond timestamp', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 4_102_444_800_000_000 }), (micros) => {
        expect(parseIsoMicros(isoMicros(micros))).toBe(micros);
      }),
    );
  });

  it('parses offsets and rejects garbage', () => {
    expect(parseIsoMicros('2026-01-15T03:28:00.5+01:00')).toBe(Date.UTC(2026, 0, 15, 2, 28, 0, 500) * 1000);
    expect(parseIsoMicros('yesterday')).toBeNull();
    expect(parseIsoMicros('2026-13-45T00:00:00Z')).toBeNull();
  });

  it('never repeats or goes backwards within a process', () => {
    let previous = nowMicros();
    for (let i = 0; i < 10_000; i++) {
      const next = nowMicros();
      expect(next).toBeGreaterThan(previous);
      previous = next;
    }
  });
});
