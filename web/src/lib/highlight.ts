/**
 * Search highlighting without HTML: a text cut into plain and matching parts, which the page
 * renders as text and `<mark>` elements (React escapes both; nothing is ever parsed as markup).
 */

/** A piece of text, and whether it matched. */
export interface Part {
  text: string;
  match: boolean;
}

/**
 * The words of a search query as the server reads them: quoted phrases, words, a trailing `*`
 * for a prefix; operators and punctuation are dropped (the server reads them as words too).
 */
export function searchTerms(query: string): { term: string; prefix: boolean }[] {
  const terms: { term: string; prefix: boolean }[] = [];
  for (const match of query.matchAll(/"([^"]*)"|(\S+)/g)) {
    const phrase = match[1];
    if (phrase !== undefined) {
      const words = phrase.split(/[^\p{L}\p{M}\p{N}]+/u).filter(Boolean);
      if (words.length > 0) terms.push({ term: words.join(' '), prefix: false });
      continue;
    }
    const raw = match[2] ?? '';
    const prefix = raw.endsWith('*');
    for (const word of raw.split(/[^\p{L}\p{M}\p{N}]+/u).filter(Boolean)) {
      if (/^(AND|OR|NOT|NEAR)$/.test(word)) continue;
      terms.push({ term: word, prefix });
    }
  }
  return terms;
}

/** `text` split into the parts that match the query's terms (whole words; prefixes for `word*`). */
export function highlight(text: string, query: string): Part[] {
  const terms = searchTerms(query);
  if (terms.length === 0 || text === '') return [{ text, match: false }];
  const alternatives = terms
    .sort((a, b) => b.term.length - a.term.length)
    .map(({ term, prefix }) => {
      const escaped = term.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '[^\\p{L}\\p{M}\\p{N}]+');
      return prefix ? `${escaped}[\\p{L}\\p{M}\\p{N}]*` : escaped;
    });
  const pattern = new RegExp(
    `(?<![\\p{L}\\p{M}\\p{N}])(?:${alternatives.join('|')})(?![\\p{L}\\p{M}\\p{N}])`,
    'giu',
  );
  const parts: Part[] = [];
  let at = 0;
  for (const match of text.matchAll(pattern)) {
    const start = match.index ?? 0;
    if (match[0] === '') continue;
    if (start > at) parts.push({ text: text.slice(at, start), match: false });
    parts.push({ text: match[0], match: true });
    at = start + match[0].length;
  }
  if (at < text.length) parts.push({ text: text.slice(at), match: false });
  return parts.length > 0 ? parts : [{ text, match: false }];
}
