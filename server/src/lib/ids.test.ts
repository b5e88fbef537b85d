import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dashedId, newPublicId, parsePublicId } from './ids.ts';

describe('public ids', () => {
  it('are 32 lowercase hex UUIDv7s that sort by creation time', () => {
    const a = newPublicId(1_700_000_000_000);
    const b = newPublicId(1_700_000_000_001);
    expect(a).toMatch(/^[0-9a-f]{12}7[0-9a-f]{3}[89ab][0-9a-f]{15}$/);
    expect(a < b).toBe(true);
  });

  it('accept hex or dashed input in any case and reject anything else', () => {
    fc.assert(
      fc.property(fc.uuid(), (uuid) => {
        const hex = uuid.replaceAll('-', '');
        expect(parsePublicId(uuid)).toBe(hex);
        expect(parsePublicId(uuid.toUpperCase())).toBe(hex);
        expect(parsePublicId(hex)).toBe(hex);
        expect(dashedId(hex)).toBe(uuid);
      }),
    );
    for (const bad of ['', '123', 'g'.repeat(32), `${'a'.repeat(31)}`, '../etc/passwd', 42, null]) {
      expect(parsePublicId(bad)).toBeNull();
    }
  });
});
