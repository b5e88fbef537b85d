/** The crisis lexicon's matching: whole words, case, accents, punctuation and apostrophes folded. */
import { describe, expect, it } from 'vitest';
import { CrisisLexicon, DEFAULT_CRISIS_PHRASES, parseCrisisLexicon } from './crisis-lexicon.ts';

describe('CrisisLexicon', () => {
  const lexicon = new CrisisLexicon(DEFAULT_CRISIS_PHRASES);

  it.each([
    'I WANT TO DIE',
    'want   to\ndie',
    'Sometimes I want to díe.',
    'thinking about self–harm again',
    'I can’t go on',
    '…suicidal…',
  ])('matches %j', (text) => {
    expect(lexicon.matches(text)).toBe(true);
  });

  it.each(['I want to dine out', 'overdosed on coffee', 'suicidality', '', 'a calm day'])(
    'does not match %j',
    (text) => {
      expect(lexicon.matches(text)).toBe(false);
    },
  );

  it('checks every text given, skipping empty ones', () => {
    expect(lexicon.matches(null, undefined, '', 'ok', 'better off dead')).toBe(true);
    expect(lexicon.matches(null, 'fine')).toBe(false);
  });

  it('a file: comments and blank lines skipped, duplicates folded; too long a phrase is refused', () => {
    const parsed = parseCrisisLexicon('# words\n\nDark Cloud\ndark  cloud\n', 'x.txt');
    expect(parsed.size).toBe(1);
    expect(parsed.matches('a dark-cloud day')).toBe(true);
    expect(() => parseCrisisLexicon(`${'a'.repeat(101)}\n`, 'x.txt')).toThrow(/phrase 1 is longer/);
  });
});
