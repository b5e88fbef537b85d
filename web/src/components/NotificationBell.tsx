/**
 * The header's bell: a link to the notifications with the unread count as a badge, kept live by
 * the event stream. New notifications are announced politely and never noisily: arrivals within
 * a few seconds are gathered into one sentence ("2 new notifications"); nothing is said on page
 * load or when the count goes down.
 */
import { NavLink } from 'react-router';
import { useUnreadCount } from '../api/notifications.ts';
import { useIncreaseAnnouncement } from '../lib/useIncreaseAnnouncement.ts';
import { useLive } from '../live/LiveProvider.tsx';

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
