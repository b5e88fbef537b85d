/** `?search=` parsing: phrases, prefixes, and any input made safe for FTS5 and `to_tsquery`. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { matchFilterWords } from './content-filter.ts';
import { parseSearch, toFts5, toTsquery } from './search-query.ts';

describe('parseSearch', () => {
  it('reads words, phrases and prefixes', () => {
    expect(parseSearch('Calm "quiet  Morning" medit* "x*"')).toEqual([
      { words: ['calm'], prefix: false },
      { words: ['quiet', 'morning'], prefix: false },
      { words: ['medit'], prefix: true },
      { words: ['x'], prefix: false },
    ]);
    expect(toFts5(parseSearch('Calm "quiet morning" medit*'))).toBe('"calm" "quiet morning" "medit"*');
    expect(toTsquery(parseSearch('Calm "quiet morning" medit*'))).toBe(
      'calm & (quiet <-> morning) & medit:*',
    );
  });

  it('reads operators and syntax as words, and nothing at all as no search', () => {
    expect(toFts5(parseSearch('NEAR(a b) OR body:c -d'))).toBe('"near" "a" "b" "or" "body" "c" "d"');
    expect(parseSearch('*** "" ( ) ^')).toEqual([]);
  });

  it('only ever emits quoted words (FTS5) and letters, digits and operators it placed (tsquery)', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), (text) => {
        const terms = parseSearch(text);
        expect(toFts5(terms)).toMatch(/^("[\p{L}\p{M}\p{N} ]+"\*? ?)*$/u);
        for (const term of terms)
          for (const word of term.words) expect(word).toMatch(/^[\p{L}\p{M}\p{N}]+$/u);
      }),
    );
  });
});

describe('matchFilterWords', () => {
  it('matches whole words and phrases, case-insensitively, after NFKC', () => {
    expect(matchFilterWords(['PANIC now'], ['panic'])).toEqual(['panic']);
    expect(matchFilterWords(['panicking'], ['panic'])).toEqual([]);
    expect(matchFilterWords(['ﬁne'], ['fine'])).toEqual(['fine']);
    expect(matchFilterWords(['Cafe\u0301'], ['CAFÉ'])).toEqual(['CAFÉ']);
    expect(matchFilterWords(['cafe'], ['café'])).toEqual([]);
    expect(matchFilterWords([null, 'dark thoughts.'], ['Dark thoughts', 'a.b'])).toEqual(['Dark thoughts']);
  });
});
