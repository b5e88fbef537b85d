/** The account's own security events (logins, failures, password and e-mail changes). */
import { useInfiniteQuery } from '@tanstack/react-query';
import { api, unwrap } from '../api/client.ts';
import { fullDate } from '../lib/format.ts';
import { ErrorMessage, Loading } from './feedback.tsx';

const LABELS: Record<string, string> = {
  'user.register': 'Account created',
  'login.success': 'Logged in',
  'login.failure': 'Failed login attempt',
  logout: 'Logged out',
  'logout.all': 'Logged out everywhere',
  'session.revoke': 'A session was logged out',
  'token.reuse': 'A stolen or old session token was refused',
  'password.change': 'Password changed',
  'password.reset': 'Password reset',
  'password.reset_request': 'Password reset requested',
  'email.verify': 'E-mail confirmed',
  'email.change': 'E-mail changed',
  'email.change_request': 'E-mail change requested',
  'email.verify_resend': 'Confirmation e-mail sent again',
  'password.change_failure': 'Failed password change (wrong current password)',
  'account.export': 'Your data was exported',
  'account.delete.failure': 'Failed attempt to delete the account',
  'admin.set_role': 'Your role was changed by an administrator',
};

/** Turns an event type into words. */
export function eventLabel(type: string): string {
  return LABELS[type] ?? type.replace(/[._]/g, ' ').replace(/^\w/, (c) => c.toUpperCase());
}

/** The security history section. */
export function SecurityHistory() {
  const events = useInfiniteQuery({
    queryKey: ['auth', 'security-events'],
    initialPageParam: 0,
    queryFn: ({ pageParam }) =>
      unwrap(
        api.GET('/api/auth/security-events/', {
          params: { query: { limit: '20', offset: String(pageParam) } },
        }),
      ),
    getNextPageParam: (last, pages) => (last.next ? pages.length * 20 : undefined),
  });
  const list = events.data?.pages.flatMap((p) => p.results) ?? [];
  return (
    <section className="card" aria-labelledby="history-heading">
      <h2 id="history-heading">Security history</h2>
      <p className="muted small">
        If you see something you don’t recognise, change your password and log out everywhere.
      </p>
      {events.isPending ? <Loading /> : null}
      {events.isError ? <ErrorMessage error={events.error} onRetry={() => events.refetch()} /> : null}
      {list.length > 0 ? (
        <table>
          <caption className="visually-hidden">Security events, newest first</caption>
          <thead>
            <tr>
              <th scope="col">What</th>
              <th scope="col">When</th>
              <th scope="col">From</th>
            </tr>
          </thead>
          <tbody>
            {list.map((e) => (
              <tr key={e.id}>
                <td>{eventLabel(e.type)}</td>
                <td>
                  <time dateTime={e.created}>{fullDate(e.created)}</time>
                </td>
                <td className="small">{e.ip ?? '—'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
      {events.hasNextPage ? (
        <button
          type="button"
          className="btn btn--secondary btn--small"
          onClick={() => void events.fetchNextPage()}
        >
          Show older events
        </button>
      ) : null}
    </section>
  );
}
