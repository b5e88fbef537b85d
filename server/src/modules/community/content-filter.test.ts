/**
 * Personal filter matching (whole word, case-insensitive, NFKC) compared with the rule written out
 * naively, over arbitrary words and texts.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { foldText, matchFilterWords } from './content-filter.ts';

const WORD_CHAR = /[\p{L}\p{M}\p{N}_]/u;

// The rule written out naively: the folded word occurs with no word character on either side.
function naive(texts: readonly (string | null)[], words: readonly string[]): string[] {
  const folded = texts.filter((t): t is string => t !== null && t !== '').map(foldText);
  return words.filter((word) => {
    const w = foldText(word);
    return folded.some((text) => {
      for (let at = text.indexOf(w); at !== -1; at = text.indexOf(w, at + 1)) {
        const before = String.fromCodePoint(text.codePointAt(at - 1) ?? 32);
        const after = text.slice(at + w.length, at + w.length + 2);
        if ((at === 0 || !WORD_CHAR.test(before.slice(-1))) && !WORD_CHAR.test(after.slice(0, 1)))
          return true;
      }
      return false;
    });
  });
}

describe('filter words', () => {
  it('match exactly what the rule written out naively matches', () => {
    const alphabet = fc.constantFrom('a', 'b', 'é', 'E', ' ', '-', '.', '*', '(', '1', '_', 'ﬁ');
    const word = fc.string({ unit: alphabet, minLength: 1, maxLength: 4 });
    fc.assert(
      fc.property(
        fc.array(word, { minLength: 1, maxLength: 6 }),
        fc.array(fc.option(fc.string({ unit: alphabet, maxLength: 30 })), { maxLength: 3 }),
        (words, texts) => {
          expect(matchFilterWords(texts, words)).toEqual(naive(texts, words));
        },
      ),
      { numRuns: 3000 },
    );
  });

  it('finds words in any case and in composed or decomposed form; not inside other words', () => {
    expect(matchFilterWords(['PANIC at the station'], ['panic', 'station'])).toEqual(['panic', 'station']);
    expect(matchFilterWords(['panicking'], ['panic'])).toEqual([]);
    expect(matchFilterWords(['CAFE\u0301 noir'], ['café'])).toEqual(['café']);
    expect(matchFilterWords([null, ''], ['x'])).toEqual([]);
  });
});
