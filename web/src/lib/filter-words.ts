/**
 * Personal filter words in the browser: the same matching as the server
 * (`server/src/modules/community/content-filter.ts`: whole words or phrases, case-insensitive
 * after NFKC, accents as typed) for the settings preview, and the limits the server checks.
 */

/** At most this many words. */
export const MAX_WORDS = 50;
/** Each word or phrase is this long at least… */
export const MIN_LENGTH = 2;
/** …and at most. */
export const MAX_LENGTH = 40;

const WORD_CHAR = '[\\p{L}\\p{M}\\p{N}_]';

/** A word as the server stores it: NFKC, trimmed, inner spaces collapsed. */
export function normaliseWord(word: string): string {
  return word.normalize('NFKC').trim().replace(/\s+/g, ' ');
}

function fold(text: string): string {
  return text.normalize('NFKC').toLowerCase();
}

function patternOf(word: string): RegExp {
  const escaped = fold(word).replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`(?<!${WORD_CHAR})${escaped}(?!${WORD_CHAR})`, 'u');
}

/** The words (as given) found in any of the texts. */
export function matchWords(
  texts: readonly (string | null | undefined)[],
  words: readonly string[],
): string[] {
  const folded = texts.filter((t): t is string => typeof t === 'string' && t !== '').map(fold);
  if (folded.length === 0) return [];
  return words.filter((word) => {
    const pattern = patternOf(word);
    return folded.some((text) => pattern.test(text));
  });
}

/** Why a new word cannot be added, or null when it can. */
export function wordProblem(word: string, existing: readonly string[]): string | null {
  const w = normaliseWord(word);
  if ([...w].length < MIN_LENGTH) return `Please use at least ${MIN_LENGTH} characters.`;
  if ([...w].length > MAX_LENGTH) return `Please keep it to ${MAX_LENGTH} characters or fewer.`;
  if (existing.some((e) => fold(e) === fold(w))) return 'That one is already on your list.';
  if (existing.length >= MAX_WORDS)
    return `You can have up to ${MAX_WORDS} words. Remove one to add another.`;
  return null;
}

/** Which of the posts the words would hide or blur, with the words each one matched. */
export function previewFilter<T extends { body: string; content_warning?: string | null }>(
  posts: readonly T[],
  words: readonly string[],
): { post: T; words: string[] }[] {
  if (words.length === 0) return [];
  return posts
    .map((post) => ({ post, words: matchWords([post.body, post.content_warning], words) }))
    .filter((match) => match.words.length > 0);
}
