import { describe, expect, test } from 'vitest';
import { matchWords, normaliseWord, previewFilter, wordProblem } from './filter-words.ts';

describe('matchWords', () => {
  test('whole words, any case, phrases too', () => {
    expect(matchWords(['A PANIC attack today'], ['panic'])).toEqual(['panic']);
    expect(matchWords(['I keep panicking'], ['panic'])).toEqual([]);
    expect(matchWords(['my panic attack'], ['panic attack'])).toEqual(['panic attack']);
    expect(matchWords(['(panic)!'], ['panic'])).toEqual(['panic']);
  });

  test('accents count as typed; composed and decomposed forms are the same', () => {
    expect(matchWords(['un café'], ['cafe'])).toEqual([]);
    expect(matchWords(['un cafe\u0301'], ['café'])).toEqual(['café']);
  });

  test('regex characters in a word are plain text', () => {
    expect(matchWords(['costs $5 (ok)'], ['$5'])).toEqual(['$5']);
    expect(matchWords(['a.b'], ['a.c'])).toEqual([]);
  });
});

describe('wordProblem', () => {
  test('length, duplicates and the limit of 50', () => {
    expect(wordProblem('a', [])).toMatch(/at least 2/);
    expect(wordProblem('x'.repeat(41), [])).toMatch(/40 characters/);
    expect(wordProblem('Panic', ['panic'])).toMatch(/already/);
    expect(
      wordProblem(
        'calm',
        Array.from({ length: 50 }, (_, i) => `w${i}`),
      ),
    ).toMatch(/up to 50/);
    expect(wordProblem('  two   words ', [])).toBeNull();
    expect(normaliseWord('  two   words ')).toBe('two words');
  });
});

describe('previewFilter', () => {
  test('lists the posts the words would catch, in body or content warning', () => {
    const posts = [
      { id: '1', body: 'A hard day at work', content_warning: null },
      { id: '2', body: 'Thinking of you', content_warning: 'grief' },
      { id: '3', body: 'Grief comes in waves, and work too', content_warning: '' },
      { id: '4', body: 'Sunny walk', content_warning: null },
    ];
    const preview = previewFilter(posts, ['grief', 'work']);
    expect(preview.map((p) => [p.post.id, p.words])).toEqual([
      ['1', ['work']],
      ['2', ['grief']],
      ['3', ['grief', 'work']],
    ]);
    expect(previewFilter(posts, [])).toEqual([]);
  });
});
