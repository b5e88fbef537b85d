import { describe, expect, test } from 'vitest';
import { careFirst } from './ModerationPage.tsx';

describe('careFirst', () => {
  test('open crisis reports first, then closed crisis ones, the rest in the server’s order', () => {
    const reports = [
      { id: 'a', reason: 'spam', status: 'open' },
      { id: 'b', reason: 'crisis', status: 'resolved' },
      { id: 'c', reason: 'harassment', status: 'open' },
      { id: 'd', reason: 'crisis', status: 'open' },
      { id: 'e', reason: 'crisis', status: 'open' },
    ];
    expect(careFirst(reports).map((r) => r.id)).toEqual(['d', 'e', 'b', 'a', 'c']);
  });
});
