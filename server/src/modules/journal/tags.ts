/**
 * Emotion and activity tags: built-in sets plus anything the owner types (their custom tags).
 * Tags are normalised (trimmed, NFKC, lower case, inner whitespace collapsed) and de-duplicated.
 */
import type { FieldErrors } from '../../http/errors.ts';

/** Built-in emotion tags. */
export const BUILT_IN_EMOTIONS = [
  'calm',
  'anxious',
  'sad',
  'angry',
  'grateful',
  'hopeful',
  'tired',
  'lonely',
  'happy',
  'stressed',
  'content',
  'overwhelmed',
  'excited',
  'frustrated',
] as const;

/** Built-in activity / factor tags. */
export const BUILT_IN_ACTIVITIES = [
  'sleep',
  'exercise',
  'social',
  'work',
  'family',
  'friends',
  'outdoors',
  'reading',
  'meditation',
  'music',
  'hobbies',
  'study',
  'therapy',
  'screen time',
] as const;

/** Longest tag, in characters. */
export const TAG_MAX_LENGTH = 32;
/** Most tags in one list. */
export const MAX_TAGS = 16;

const TAG_PATTERN = /^[\p{L}\p{N}][\p{L}\p{M}\p{N} '_-]*$/u;

/** The normal form of one tag. */
export function normalizeTag(tag: string): string {
  return tag.normalize('NFKC').trim().replace(/\s+/g, ' ').toLowerCase();
}

/**
 * Normalises a list of tags, adding messages to `errors[field]` for invalid ones. Returns the
 * distinct normalised tags in their first order.
 */
export function normalizeTags(values: readonly string[], field: string, errors: FieldErrors): string[] {
  const out: string[] = [];
  for (const value of values) {
    const tag = normalizeTag(value);
    let message: string | null = null;
    if (tag === '') message = 'Tags may not be blank.';
    else if (tag.length > TAG_MAX_LENGTH)
      message = `Ensure each tag has no more than ${TAG_MAX_LENGTH} characters.`;
    else if (!TAG_PATTERN.test(tag))
      message = `"${tag}" is not a valid tag: use letters, numbers, spaces, ' - or _.`;
    if (message !== null) {
      const list = errors[field] ?? [];
      if (!list.includes(message)) list.push(message);
      errors[field] = list;
    } else if (!out.includes(tag)) out.push(tag);
  }
  return out;
}

/** Parses a stored JSON tag list; anything malformed reads as no tags. */
export function parseStoredTags(json: string): string[] {
  try {
    const value: unknown = JSON.parse(json);
    return Array.isArray(value) ? value.filter((t): t is string => typeof t === 'string') : [];
  } catch {
    return [];
  }
}

/** The tags of `used` that are not built in, sorted. */
export function customTags(used: Iterable<string>, builtIn: readonly string[]): string[] {
  const known = new Set(builtIn);
  return [...new Set(used)].filter((t) => !known.has(t)).sort();
}
