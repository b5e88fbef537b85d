/** The account's own security events (logins, failures, password and e-mail changes). */
import { useInfiniteQuery } from '@tanstack/react-query';
import { api, unwrap } from '../api/client.ts';
import { eventLabel } from '../lib/events.ts';
import { fullDate } from '../lib/format.ts';
import { ErrorMessage, Loading } from './feedback.tsx';

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
                <td>{eventLabel(e.type, e.details)}</td>
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
