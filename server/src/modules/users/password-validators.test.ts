import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  COMMON_PASSWORDS_SOURCE,
  loadCommonPasswords,
  quickRatio,
  validateNotCommon,
  validateNotNumeric,
  validatePassword,
  validateSimilarity,
} from './password-validators.ts';

const TOO_SHORT = 'This password is too short. It must contain at least 8 characters.';
const TOO_LONG = 'Ensure this field has no more than 128 characters.';
const COMMON = 'This password is too common.';
const NUMERIC = 'This password is entirely numeric.';

describe('length', () => {
  it('rejects fewer than 8 characters with Django’s message', () => {
    expect(validatePassword('Qz7!kq2')).toEqual([TOO_SHORT]);
  });

  it('accepts exactly 8 and exactly 128 characters, rejects 129', () => {
    expect(validatePassword('Qz7!kq2w')).toEqual([]);
    const long = 'Qz7!kq2w'.repeat(16);
    expect(long).toHaveLength(128);
    expect(validatePassword(long)).toEqual([]);
    expect(validatePassword(`${long}x`)).toEqual([TOO_LONG]);
  });
});

describe('common passwords', () => {
  it('ships at least 10,000 entries from the named, licensed package', () => {
    expect(COMMON_PASSWORDS_SOURCE).toEqual({
      package: '@zxcvbn-ts/language-common',
      dictionary: 'passwords-common',
      licence: 'MIT',
    });
    expect(loadCommonPasswords().size).toBeGreaterThanOrEqual(10_000);
  });

  it('loads the list once', () => {
    expect(loadCommonPasswords()).toBe(loadCommonPasswords());
  });

  it.each(['password', 'PASSWORD', '  Password  ', 'iloveyou', 'qwertyuiop', 'sunshine', 'trustno1'])(
    'rejects %j',
    (password) => {
      expect(validateNotCommon(password)).toEqual([COMMON]);
    },
  );

  it('accepts an uncommon passphrase', () => {
    expect(validateNotCommon('velvet-otter-harbour-91')).toEqual([]);
  });

  it('reports every problem at once: short, common and numeric', () => {
    expect(validatePassword('123456')).toEqual([TOO_SHORT, COMMON, NUMERIC]);
  });

  it('every entry of the list is rejected (sampled)', () => {
    const list = [...loadCommonPasswords()];
    fc.assert(
      fc.property(fc.integer({ min: 0, max: list.length - 1 }), (index) => {
        expect(validatePassword(list[index] as string)).toContain(COMMON);
      }),
    );
  });
});

describe('numeric', () => {
  it('rejects a password of digits only', () => {
    expect(validatePassword('48151623429')).toEqual([NUMERIC]);
  });

  it('accepts digits mixed with anything else', () => {
    expect(validateNotNumeric('4815162342a')).toEqual([]);
    expect(validateNotNumeric('')).toEqual([]);
  });

  it('property: every all-digit string of length ≥ 8 is rejected as numeric', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[0-9]{8,140}$/), (digits) => {
        expect(validatePassword(digits)).toContain(NUMERIC);
      }),
    );
  });

  it('property: a string with a non-digit is never called numeric', () => {
    fc.assert(
      fc.property(fc.string(), fc.string(), fc.constantFrom('a', 'Z', '!', ' ', 'é'), (a, b, c) => {
        expect(validateNotNumeric(`${a.replace(/\d/g, '')}${c}${b}`)).toEqual([]);
      }),
    );
  });
});

describe('similarity to user attributes', () => {
  const context = {
    username: 'moonlight_walker',
    email: 'r.okafor@example.org',
    first_name: 'Rosalind',
    last_name: 'Okafor-Hale',
  };

  it('rejects the username and close variants', () => {
    expect(validateSimilarity('moonlight_walker', context)).toEqual([
      'The password is too similar to the username.',
    ]);
    expect(validateSimilarity('MoonlightWalker7', context)).toEqual([
      'The password is too similar to the username.',
    ]);
  });

  it('compares with each part of the e-mail address (local part and domain labels)', () => {
    expect(validateSimilarity('exampleorg', { email: 'zz@example.org' })).toEqual([
      'The password is too similar to the email address.',
    ]);
    expect(validateSimilarity('okafor.r99', { email: 'r.okafor@example.org' })).toEqual([
      'The password is too similar to the email address.',
    ]);
  });

  it('names the first and last name in the message', () => {
    expect(validateSimilarity('rosalind!', { first_name: 'Rosalind' })).toEqual([
      'The password is too similar to the first name.',
    ]);
    expect(validateSimilarity('hale-okafor', { last_name: 'Okafor-Hale' })).toEqual([
      'The password is too similar to the last name.',
    ]);
  });

  it('reports only the first resembling attribute, as Django does', () => {
    expect(validateSimilarity('rosalind', { username: 'rosalind', first_name: 'Rosalind' })).toEqual([
      'The password is too similar to the username.',
    ]);
  });

  it('accepts a password unlike every attribute, and ignores empty or missing attributes', () => {
    expect(validatePassword('velvet-otter-harbour-91', context)).toEqual([]);
    expect(validateSimilarity('anything-at-all', { username: '', email: null })).toEqual([]);
    expect(validateSimilarity('anything-at-all', {})).toEqual([]);
  });

  it('is case-insensitive', () => {
    expect(validateSimilarity('MOONLIGHT_WALKER', context)).toHaveLength(1);
  });

  it('skips attribute parts far shorter than the password (Django’s length bound)', () => {
    // "al" could never reach the ratio against a long password; Django skips it.
    expect(validateSimilarity('a-long-and-unrelated-passphrase', { first_name: 'Al' })).toEqual([]);
  });

  it('quickRatio matches difflib’s quick_ratio', () => {
    expect(quickRatio('', '')).toBe(1);
    expect(quickRatio('abcd', 'bcde')).toBeCloseTo(0.75);
    expect(quickRatio('abc', 'xyz')).toBe(0);
    expect(quickRatio('aab', 'abb')).toBeCloseTo(2 / 3);
  });

  it('property: a password equal to an attribute (≥ 1 character) is always too similar', () => {
    fc.assert(
      fc.property(fc.string({ minLength: 1, maxLength: 60 }), (value) => {
        expect(validateSimilarity(value, { username: value })).toEqual([
          'The password is too similar to the username.',
        ]);
      }),
    );
  });

  it('property: quickRatio is symmetric and within [0, 1]', () => {
    fc.assert(
      fc.property(fc.string(), fc.string(), (a, b) => {
        const ratio = quickRatio(a, b);
        expect(ratio).toBeGreaterThanOrEqual(0);
        expect(ratio).toBeLessThanOrEqual(1);
        expect(quickRatio(b, a)).toBeCloseTo(ratio, 12);
      }),
    );
  });
});

describe('robustness', () => {
  it('property: validators never throw and always return a list of known messages', () => {
    const known = new RegExp(
      `^(${[TOO_SHORT, TOO_LONG, COMMON, NUMERIC]
        .map((m) => m.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
        .join('|')}|The password is too similar to the (username|first name|last name|email address)\\.)$`,
    );
    const attribute = fc.option(fc.string({ maxLength: 300 }), { nil: undefined });
    fc.assert(
      fc.property(
        fc.string({ maxLength: 300, unit: 'grapheme' }),
        fc.record({ username: attribute, email: attribute, first_name: attribute, last_name: attribute }),
        (password, context) => {
          const messages = validatePassword(password, context);
          expect(Array.isArray(messages)).toBe(true);
          for (const message of messages) expect(message).toMatch(known);
        },
      ),
    );
  });
});
