/** The browser asks before leaving only while a form holds unsent text. */
import { renderHook } from '@testing-library/react';
import { describe, expect, test } from 'vitest';
import { useLeaveGuard } from './useLeaveGuard.ts';

function leave(): boolean {
  const event = new Event('beforeunload', { cancelable: true });
  window.dispatchEvent(event);
  return event.defaultPrevented;
}

describe('useLeaveGuard', () => {
  test('asks while active, stops asking once the text is sent or the form goes away', () => {
    const { rerender, unmount } = renderHook(({ active }) => useLeaveGuard(active), {
      initialProps: { active: false },
    });
    expect(leave()).toBe(false);
    rerender({ active: true });
    expect(leave()).toBe(true);
    rerender({ active: false });
    expect(leave()).toBe(false);
    rerender({ active: true });
    unmount();
    expect(leave()).toBe(false);
  });
});
