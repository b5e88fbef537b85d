/**
 * Personal filter matching (API.md C2): a filter word matches a text when it occurs as a whole
 * word (or phrase), case-insensitively, after Unicode NFKC normalisation. Accents count as typed:
 * "café" does not match "cafe", but a composed and a decomposed "café" are the same word.
 */

const WORD_CHAR = '[\\p{L}\\p{M}\\p{N}_]';

/** Folds a text for comparison: NFKC, then lower case. */
export function foldText(text: string): string {
  return text.normalize('NFKC').toLowerCase();
}

const patterns = new Map<string, RegExp>();

function patternOf(word: string): RegExp {
  let pattern = patterns.get(word);
  if (pattern === undefined) {
    const escaped = foldText(word).replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    pattern = new RegExp(`(?<!${WORD_CHAR})${escaped}(?!${WORD_CHAR})`, 'u');
    // The cache is bounded: filter lists are small, but they come from many users.
    if (patterns.size > 10_000) patterns.clear();
    patterns.set(word, pattern);
  }
  return pattern;
}

/** The filter words (as the viewer typed them) that occur in any of the texts. */
export function matchFilterWords(texts: readonly (string | null)[], words: readonly string[]): string[] {
  if (words.length === 0) return [];
  const folded = texts.filter((t): t is string => t !== null && t !== '').map(foldText);
  return words.filter((word) => folded.some((text) => patternOf(word).test(text)));
}
