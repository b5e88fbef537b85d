/**
 * `?search=` text into a safe full-text query (API.md C2). Whatever the caller typed — FTS5
 * operators, NEAR, column filters, stray quotes, `*` — becomes plain words: every word is quoted
 * (FTS5) or reduced to letters and digits (PostgreSQL), so the query can never be a syntax error.
 * Understood: `"a phrase"` (the words in that order), `word*` (a prefix) and, between terms, AND.
 */

/** Longest `?search=`, in characters. */
export const SEARCH_MAX_LENGTH = 200;

/** One term of a search: a word, a phrase (several words in order), optionally a prefix. */
export interface SearchTerm {
  /** The words, lower-cased (one for a plain word). */
  words: string[];
  /** The last word is a prefix (`word*`). */
  prefix: boolean;
}

const WORD = /[\p{L}\p{M}\p{N}]+(\*)?/gu;

function wordsOf(text: string): { word: string; star: boolean }[] {
  return [...text.matchAll(WORD)].map((m) => ({
    word: m[0].replace(/\*$/, '').normalize('NFKC').toLowerCase(),
    star: m[1] !== undefined,
  }));
}

/** Parses search text into terms; no words at all gives no terms. */
export function parseSearch(text: string): SearchTerm[] {
  const terms: SearchTerm[] = [];
  const parts = text.split('"');
  parts.forEach((part, i) => {
    // Odd parts sit between a pair of quotes; an unpaired last quote opens no phrase.
    const quoted = i % 2 === 1 && i < parts.length - 1;
    const words = wordsOf(part);
    if (quoted && words.length > 1) {
      terms.push({ words: words.map((w) => w.word), prefix: false });
      return;
    }
    for (const w of words) terms.push({ words: [w.word], prefix: w.star && !quoted });
  });
  return terms;
}

/** The terms as an FTS5 MATCH expression: every word quoted, terms ANDed. */
export function toFts5(terms: readonly SearchTerm[]): string {
  return terms.map((t) => `"${t.words.join(' ')}"${t.prefix ? '*' : ''}`).join(' ');
}

/** The terms as a PostgreSQL `to_tsquery('simple', …)` text: phrases with `<->`, prefixes `:*`. */
export function toTsquery(terms: readonly SearchTerm[]): string {
  return terms
    .map((t) => {
      const phrase = t.words.join(' <-> ');
      return t.words.length > 1 ? `(${phrase})` : `${phrase}${t.prefix ? ':*' : ''}`;
    })
    .join(' & ');
}
