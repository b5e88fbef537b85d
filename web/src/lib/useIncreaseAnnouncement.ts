/**
 * A polite, never noisy announcement of a growing count (new notifications, new posts, new
 * comments): increases close together are gathered into one sentence said after a pause;
 * nothing is said for the first value or when the count goes down.
 */
import { useEffect, useRef, useState } from 'react';
import { plural } from './format.ts';

/** How long arrivals are gathered before one announcement. */
export const ANNOUNCE_DELAY = 2500;

/**
 * The sentence to announce for a count that changes over time: increases after the first known
 * value are summed and said once `delay` ms after the last one; the sentence clears itself later.
 */
export function useIncreaseAnnouncement(
  count: number | undefined,
  delay = ANNOUNCE_DELAY,
  noun = 'new notification',
): string {
  const [message, setMessage] = useState('');
  const previous = useRef<number | undefined>(undefined);
  const pending = useRef(0);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const clear = useRef<ReturnType<typeof setTimeout> | null>(null);
  useEffect(() => {
    if (count === undefined) return;
    const before = previous.current;
    previous.current = count;
    if (before === undefined || count <= before) return;
    pending.current += count - before;
    if (timer.current !== null) clearTimeout(timer.current);
    timer.current = setTimeout(() => {
      timer.current = null;
      const added = pending.current;
      pending.current = 0;
      setMessage(plural(added, noun));
      if (clear.current !== null) clearTimeout(clear.current);
      clear.current = setTimeout(() => setMessage(''), 10_000);
    }, delay);
  }, [count, delay, noun]);
  useEffect(
    () => () => {
      if (timer.current !== null) clearTimeout(timer.current);
      if (clear.current !== null) clearTimeout(clear.current);
    },
    [],
  );
  return message;
}
