/**
 * Personal filters (API.md C2): at most 50 words or phrases of 2–40 characters, and what to do
 * with matching content (`hide` or `warn`). Words are stored as typed, normalised NFKC with
 * spaces collapsed, once each (case-insensitively); matching is the community's.
 */
import type { Executor } from '../../db/database.ts';
import type { FilterAction } from '../../db/schema.ts';
import { type FieldErrors, ValidationError } from '../../http/errors.ts';
import { findFilter, saveFilter } from './filters.repository.ts';

/** Most words in a filter. */
export const MAX_FILTER_WORDS = 50;
/** Shortest word, in characters. */
export const FILTER_WORD_MIN = 2;
/** Longest word, in characters. */
export const FILTER_WORD_MAX = 40;

/** A filter as the API shows it. */
export interface Filter {
  words: string[];
  action: FilterAction;
}

/** A PUT body: either part may be left out (unchanged). */
export interface FilterInput {
  words?: string[];
  action?: FilterAction;
}

/** Parses a stored words column. */
export function parseWords(json: string | null): string[] {
  if (json === null) return [];
  const value: unknown = JSON.parse(json);
  return Array.isArray(value) ? value.filter((w): w is string => typeof w === 'string') : [];
}

/** The caller's filter (`{"words": [], "action": "hide"}` until they set one). */
export async function getFilter(db: Executor, userId: number): Promise<Filter> {
  const row = await findFilter(db, userId);
  return { words: parseWords(row?.words ?? null), action: row?.action ?? 'hide' };
}

function cleanWords(raw: readonly string[]): string[] {
  const errors: string[] = [];
  if (raw.length > MAX_FILTER_WORDS) {
    errors.push(`Ensure this field has no more than ${MAX_FILTER_WORDS} elements.`);
  }
  const words: string[] = [];
  const seen = new Set<string>();
  for (const entry of raw) {
    const word = entry.normalize('NFKC').trim().replace(/\s+/gu, ' ');
    const length = [...word].length;
    if (length < FILTER_WORD_MIN || length > FILTER_WORD_MAX) {
      errors.push(`"${entry}": each word must be ${FILTER_WORD_MIN} to ${FILTER_WORD_MAX} characters.`);
      continue;
    }
    const key = word.toLowerCase();
    if (!seen.has(key)) {
      seen.add(key);
      words.push(word);
    }
  }
  if (errors.length > 0) throw new ValidationError({ words: errors } satisfies FieldErrors);
  return words;
}

/** Replaces the caller's filter; 400 field errors for too many words or a word out of bounds. */
export async function putFilter(db: Executor, userId: number, input: FilterInput): Promise<Filter> {
  const current = await getFilter(db, userId);
  const words = input.words === undefined ? current.words : cleanWords(input.words);
  const action = input.action ?? current.action;
  await saveFilter(db, userId, words, action);
  return { words, action };
}
