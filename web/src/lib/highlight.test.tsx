import { render } from '@testing-library/react';
import { describe, expect, test } from 'vitest';
import { Highlight } from '../components/Highlight.tsx';
import { highlight, searchTerms } from './highlight.ts';

describe('highlight', () => {
  test('marks whole words, any case', () => {
    expect(highlight('Calm days, calmer nights. CALM.', 'calm')).toEqual([
      { text: 'Calm', match: true },
      { text: ' days, calmer nights. ', match: false },
      { text: 'CALM', match: true },
      { text: '.', match: false },
    ]);
  });

  test('prefixes with *, phrases in quotes, operators ignored', () => {
    expect(
      highlight('calmer nights', 'calm*')
        .filter((p) => p.match)
        .map((p) => p.text),
    ).toEqual(['calmer']);
    expect(
      highlight('long walk, long day', '"long day"')
        .filter((p) => p.match)
        .map((p) => p.text),
    ).toEqual(['long day']);
    expect(searchTerms('sleep AND NEAR(x) -y')).toEqual([
      { term: 'sleep', prefix: false },
      { term: 'x', prefix: false },
      { term: 'y', prefix: false },
    ]);
  });

  test('no terms: the text as it is', () => {
    expect(highlight('hello', '""')).toEqual([{ text: 'hello', match: false }]);
  });
});

describe('Highlight', () => {
  test('renders matches in <mark> and never parses markup', () => {
    const { container } = render(
      <p>
        <Highlight text={'<img src=x onerror=alert(1)> a hard day'} query="hard img" />
      </p>,
    );
    expect([...container.querySelectorAll('mark')].map((m) => m.textContent)).toEqual(['img', 'hard']);
    expect(container.querySelector('img')).toBeNull();
    expect(container.textContent).toBe('<img src=x onerror=alert(1)> a hard day');
  });
});
