/**
 * The header's bell: a link to the notifications with the unread count as a badge, kept live by
 * the event stream. New notifications are announced politely and never noisily: arrivals within
 * a few seconds are gathered into one sentence ("2 new notifications"); nothing is said on page
 * load or when the count goes down.
 */
import { useEffect, useRef, useState } from 'react';
import { NavLink } from 'react-router';
import { useUnreadCount } from '../api/notifications.ts';
import { plural } from '../lib/format.ts';
import { useLive } from '../live/LiveProvider.tsx';

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

function BellIcon() {
  return (
    <svg viewBox="0 0 24 24" width="20" height="20" aria-hidden="true" focusable="false">
      <path
        fill="currentColor"
        d="M12 22a2.5 2.5 0 0 0 2.45-2h-4.9A2.5 2.5 0 0 0 12 22Zm7-6V11a7 7 0 0 0-5.5-6.84V3.5a1.5 1.5 0 0 0-3 0v.66A7 7 0 0 0 5 11v5l-2 2v1h18v-1l-2-2Zm-2 1H7v-6a5 5 0 0 1 10 0v6Z"
      />
    </svg>
  );
}

/** The bell link with its badge and the polite announcement. */
export function NotificationBell() {
  const live = useLive();
  // Without the live stream (a proxy that buffers it, a long outage) the count is asked now and then.
  const unread = useUnreadCount(true, live.status === 'open' ? false : 60_000);
  const count = unread.data?.count;
  const message = useIncreaseAnnouncement(count);
  const shown = count === undefined || count === 0 ? null : count > 99 ? '99+' : String(count);
  return (
    <>
      <NavLink
        to="/notifications"
        className="bell"
        aria-label={count ? `Notifications, ${count} unread` : 'Notifications'}
      >
        <BellIcon />
        {shown ? (
          <span className="bell__badge" aria-hidden="true">
            {shown}
          </span>
        ) : null}
      </NavLink>
      <span className="visually-hidden" aria-live="polite" aria-atomic="true">
        {message}
      </span>
    </>
  );
}
