import { act, renderHook } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { useIncreaseAnnouncement } from './useIncreaseAnnouncement.ts';

describe('useIncreaseAnnouncement', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  test('silent at first and on decreases; gathers close increases into one sentence', () => {
    const { result, rerender } = renderHook(({ count }) => useIncreaseAnnouncement(count, 2000, 'new post'), {
      initialProps: { count: undefined as number | undefined },
    });
    rerender({ count: 3 });
    act(() => vi.advanceTimersByTime(5000));
    expect(result.current).toBe('');

    rerender({ count: 4 });
    act(() => vi.advanceTimersByTime(1500));
    rerender({ count: 6 });
    act(() => vi.advanceTimersByTime(1999));
    expect(result.current).toBe('');
    act(() => vi.advanceTimersByTime(1));
    expect(result.current).toBe('3 new posts');

    rerender({ count: 0 });
    act(() => vi.advanceTimersByTime(60_000));
    expect(result.current).toBe('');
    rerender({ count: 1 });
    act(() => vi.advanceTimersByTime(2000));
    expect(result.current).toBe('1 new post');
  });
});
