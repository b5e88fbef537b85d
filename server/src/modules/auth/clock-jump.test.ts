/**
 * The wall clock jumping backwards (an NTP step, a wrong `date -s`) must not reorder rows or revive
 * expired tokens: the clock is injected (a fake source, or a faked `Date` one hour behind) and the
 * app's timestamps, public ids and token checks are shown to ignore the jump.
 */
import fc from 'fast-check';
import { decodeJwt } from 'jose';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { tempDir } from '../../../test/helpers/database.ts';
import { newPublicId } from '../../lib/ids.ts';
import { monotonicMicros, nowMicros, nowSeconds } from '../../lib/time.ts';
import { loadKeyRing, signAccessToken, verifyAccessToken } from './tokens.ts';

const HOUR_MS = 3_600_000;
const SUB = '0190a0b0c0d0e0f00112233445566778';
const SID = '0190a0b0c0d0e0f00112233445566779';

afterEach(() => {
  vi.useRealTimers();
});

describe('a clock that jumps backwards', () => {
  it('timestamps stay strictly increasing through a one-hour jump back, then follow the clock again', () => {
    const start = 1_780_000_000_000_000;
    let source = start;
    const clock = monotonicMicros(() => source);
    const seen = [clock()];
    source = start + 5;
    seen.push(clock());
    source = start - HOUR_MS * 1000;
    for (let i = 0; i < 1000; i++) seen.push(clock());
    for (let i = 1; i < seen.length; i++) expect(seen[i]).toBeGreaterThan(seen[i - 1] ?? Infinity);
    source = start + 10_000;
    expect(clock()).toBe(start + 10_000);
  });

  it('for any sequence of readings: strictly increasing and never behind the source', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 2 ** 50 }), { minLength: 1, maxLength: 200 }),
        (readings) => {
          let index = 0;
          const clock = monotonicMicros(() => readings[index] ?? 0);
          let previous = -1;
          for (index = 0; index < readings.length; index++) {
            const value = clock();
            expect(value).toBeGreaterThan(previous);
            expect(value).toBeGreaterThanOrEqual(readings[index] ?? 0);
            previous = value;
          }
        },
      ),
    );
  });

  it('the process clock and public ids ignore Date stepping back an hour', () => {
    const before = nowMicros();
    const idBefore = newPublicId();
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(Date.now() - HOUR_MS);
    const after = nowMicros();
    expect(after).toBeGreaterThan(before);
    expect(after - before).toBeLessThan(60_000_000);
    // UUIDv7 ids sort by their time prefix: one minted after the jump sorts after one minted before.
    expect(newPublicId() > idBefore).toBe(true);
  });

  it('an expired access token stays expired when Date steps back an hour', async () => {
    const ring = await loadKeyRing({ dataDir: tempDir(), jwtPrivateKeyFile: null });
    const expired = await signAccessToken(ring, {
      userPublicId: SUB,
      sessionPublicId: SID,
      lifetime: 300,
      now: Math.floor(nowSeconds()) - 400,
    });
    await expect(verifyAccessToken(ring, expired)).rejects.toMatchObject({ statusCode: 401 });
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(Date.now() - HOUR_MS);
    await expect(verifyAccessToken(ring, expired)).rejects.toMatchObject({ statusCode: 401 });
    // A token issued after the jump lives its configured lifetime from the real now, not an hour less.
    const fresh = await signAccessToken(ring, { userPublicId: SUB, sessionPublicId: SID, lifetime: 300 });
    expect(Math.abs((decodeJwt(fresh).exp ?? 0) - (nowSeconds() + 300))).toBeLessThan(5);
    expect((await verifyAccessToken(ring, fresh)).sub).toBe(SUB);
  });
});
