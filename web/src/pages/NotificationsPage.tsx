/**
 * `/notifications`: what happened around one's posts and account, grouped by day, newest first;
 * each entry links to its post or comment. Mark one or all read, delete, only unread, older pages.
 */
import { useRef, useState } from 'react';
import { Link } from 'react-router';
import { describeError } from '../api/errors.ts';
import {
  type Notification,
  notificationTarget,
  useNotificationActions,
  useNotifications,
  useUnreadCount,
} from '../api/notifications.ts';
import { Empty, ErrorMessage, Loading } from '../components/feedback.tsx';
import { LoadMore } from '../components/InfiniteList.tsx';
import { PageTitle } from '../components/PageTitle.tsx';
import { groupByDay } from '../lib/day-groups.ts';
import { fullDate, timeAgo } from '../lib/format.ts';

function NotificationItem({
  notification: n,
  onError,
}: {
  notification: Notification;
  onError(message: string): void;
}) {
  const actions = useNotificationActions();
  const [busy, setBusy] = useState(false);
  const item = useRef<HTMLLIElement>(null);
  const target = notificationTarget(n);
  // The deleted entry leaves the page: focus goes to the next one (or the previous, or the heading).
  const remove = async () => {
    const li = item.current;
    const neighbour = (li?.nextElementSibling ?? li?.previousElementSibling) as HTMLElement | null;
    await actions.remove(n.id);
    const next =
      neighbour?.querySelector<HTMLElement>('a, button') ?? document.querySelector<HTMLElement>('h1');
    next?.focus();
  };
  const run = async (work: () => Promise<void>) => {
    setBusy(true);
    try {
      await work();
    } catch (e) {
      onError(describeError(e));
      setBusy(false);
    }
  };
  return (
    <li ref={item} className={n.read ? 'notification' : 'notification notification--unread'}>
      {n.actor ? (
        <img className="avatar" src={n.actor.avatar} alt="" width="40" height="40" />
      ) : (
        <span className="avatar notification__icon" aria-hidden="true" />
      )}
      <div className="notification__text">
        <p>
          {n.read ? null : <span className="visually-hidden">Unread: </span>}
          {target ? (
            <Link
              to={target}
              onClick={() => (n.read ? undefined : void actions.markRead(n.id).catch(() => undefined))}
            >
              {n.text}
            </Link>
          ) : (
            n.text
          )}
        </p>
        <p className="muted small">
          <time dateTime={n.created} title={fullDate(n.created)}>
            {timeAgo(n.created)}
          </time>
          {n.read ? null : <span className="notification__new"> · New</span>}
        </p>
      </div>
      <div className="notification__actions">
        {n.read ? null : (
          <button
            type="button"
            className="btn btn--quiet btn--small"
            disabled={busy}
            onClick={() => void run(() => actions.markRead(n.id).then(() => setBusy(false)))}
          >
            Mark as read<span className="visually-hidden">: {n.text}</span>
          </button>
        )}
        <button
          type="button"
          className="btn btn--quiet btn--small"
          disabled={busy}
          onClick={() => void run(remove)}
        >
          Delete<span className="visually-hidden"> notification: {n.text}</span>
        </button>
      </div>
    </li>
  );
}

/** The notifications page. */
export function NotificationsPage() {
  const [unreadOnly, setUnreadOnly] = useState(false);
  const list = useNotifications(unreadOnly);
  const unread = useUnreadCount(true);
  const actions = useNotificationActions();
  const [message, setMessage] = useState<string | null>(null);
  const [marking, setMarking] = useState(false);
  const items = list.data?.pages.flatMap((page) => page.results) ?? [];
  const groups = groupByDay(items, (n) => n.created);
  const unreadCount = unread.data?.count ?? 0;

  const markAll = async () => {
    if (marking) return;
    if (unreadCount === 0) {
      setMessage('Nothing unread: you’re all caught up.');
      return;
    }
    setMarking(true);
    setMessage(null);
    try {
      await actions.markAllRead();
      setMessage('All caught up: every notification is marked as read.');
    } catch (e) {
      setMessage(describeError(e));
    } finally {
      setMarking(false);
    }
  };

  return (
    <>
      <PageTitle>Notifications</PageTitle>
      <div className="row row--between card">
        <div className="check">
          <input
            id="unread-only"
            type="checkbox"
            checked={unreadOnly}
            onChange={(e) => setUnreadOnly(e.target.checked)}
          />
          <label htmlFor="unread-only">Only unread</label>
        </div>
        <div className="row">
          <button
            type="button"
            className="btn btn--secondary btn--small"
            aria-disabled={marking}
            onClick={markAll}
          >
            Mark all as read
          </button>
          <Link className="btn btn--quiet btn--small" to="/settings/notifications">
            Choose what you hear about
          </Link>
        </div>
      </div>
      <div role="status">{message ? <p className="alert alert--info">{message}</p> : null}</div>
      <section aria-label="Your notifications" aria-busy={list.isFetching}>
        {list.isPending ? <Loading label="Loading notifications…" /> : null}
        {list.isError ? <ErrorMessage error={list.error} onRetry={() => list.refetch()} /> : null}
        {list.isSuccess && items.length === 0 ? (
          <Empty title={unreadOnly ? 'Nothing unread' : 'No notifications yet'}>
            <p>
              {unreadOnly
                ? 'You have read everything. Take care of yourself.'
                : 'When someone comments on or likes your posts, or mentions you, you will see it here.'}
            </p>
          </Empty>
        ) : null}
        {groups.map((group) => (
          <section key={group.day} aria-labelledby={`day-${group.day}`} className="notification-day">
            <h2 id={`day-${group.day}`}>{group.label}</h2>
            <div className="card notification-list">
              <ul className="list-plain">
                {group.items.map((n) => (
                  <NotificationItem key={n.id} notification={n} onError={setMessage} />
                ))}
              </ul>
            </div>
          </section>
        ))}
        <LoadMore
          hasMore={list.hasNextPage}
          loading={list.isFetchingNextPage}
          onMore={() => void list.fetchNextPage()}
          label="Show older notifications"
        />
      </section>
    </>
  );
}
