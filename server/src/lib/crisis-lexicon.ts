/**
 * The crisis lexicon (API.md C2 "Care"): phrases that suggest someone may be in crisis. A post or
 * comment whose text matches is published as usual; its author gets the support block and the
 * moderators a `crisis` report. Matching is deliberately simple and generous — a false match
 * costs a kind message and a look from a moderator, a missed one may cost much more — and never
 * blocks or delays anything. `CRISIS_LEXICON` names a file (one phrase per line, `#` comments) that
 * replaces the built-in list.
 */
import { readFileSync } from 'node:fs';

/** The built-in phrases (English), matched as whole words, case- and accent-insensitively. */
export const DEFAULT_CRISIS_PHRASES: readonly string[] = [
  'kill myself',
  'killing myself',
  'end my life',
  'ending my life',
  'take my own life',
  'taking my own life',
  'suicide',
  'suicidal',
  'want to die',
  'wanna die',
  'wish i was dead',
  'wish i were dead',
  'better off dead',
  'better off without me',
  'no reason to live',
  'nothing to live for',
  "don't want to be here anymore",
  'dont want to be here anymore',
  "can't go on",
  'cant go on',
  'hurt myself',
  'hurting myself',
  'self harm',
  'self-harm',
  'cut myself',
  'cutting myself',
  'overdose',
];

/** Most phrases a file may hold, and their longest length. */
const MAX_PHRASES = 1000;
const MAX_PHRASE_LENGTH = 100;

/** Lower-cased, accents and punctuation folded to spaces, so "Suicidal…" and "self–harm" match. */
function normalise(text: string): string {
  return ` ${text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[’‘`´]/g, "'")
    .replace(/[^\p{L}\p{N}']+/gu, ' ')
    .trim()} `;
}

/** A compiled lexicon. */
export class CrisisLexicon {
  readonly #phrases: string[];

  /** @param phrases the phrases; each is matched as whole words. */
  constructor(phrases: readonly string[]) {
    this.#phrases = [...new Set(phrases.map(normalise).filter((p) => p.trim() !== ''))];
  }

  /** How many distinct phrases it holds. */
  get size(): number {
    return this.#phrases.length;
  }

  /** True when any of the texts contains a phrase as whole words. */
  matches(...texts: readonly (string | null | undefined)[]): boolean {
    for (const text of texts) {
      if (text === null || text === undefined || text === '') continue;
      const folded = normalise(text);
      for (const phrase of this.#phrases) if (folded.includes(phrase)) return true;
    }
    return false;
  }
}

/** Parses a lexicon file; throws with a readable message when it is unusable. */
export function parseCrisisLexicon(content: string, file: string): CrisisLexicon {
  const phrases = content
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '' && !line.startsWith('#'));
  if (phrases.length === 0) throw new Error(`CRISIS_LEXICON file ${file} holds no phrases.`);
  if (phrases.length > MAX_PHRASES)
    throw new Error(`CRISIS_LEXICON file ${file} holds ${phrases.length} phrases; at most ${MAX_PHRASES}.`);
  const long = phrases.findIndex((p) => p.length > MAX_PHRASE_LENGTH);
  if (long >= 0)
    throw new Error(
      `CRISIS_LEXICON file ${file}: phrase ${long + 1} is longer than ${MAX_PHRASE_LENGTH} characters.`,
    );
  return new CrisisLexicon(phrases);
}

const loaded = new Map<string | null, CrisisLexicon>();

/** The lexicon of a configuration (`null` → built-in), read once per file for the process. */
export function crisisLexiconFor(file: string | null): CrisisLexicon {
  let lexicon = loaded.get(file);
  if (lexicon === undefined) {
    lexicon =
      file === null
        ? new CrisisLexicon(DEFAULT_CRISIS_PHRASES)
        : parseCrisisLexicon(readFileSync(file, 'utf8'), file);
    loaded.set(file, lexicon);
  }
  return lexicon;
}
