/**
 * A readable copy of the whole journal — check-ins and entries, oldest first — laid out for
 * printing or "Save as PDF" in the browser. Everything is fetched from the member's own account
 * and rendered on this device; nothing is sent anywhere else.
 */
import { useQuery } from '@tanstack/react-query';
import { api, type Checkin, type Entry, unwrap } from '../api/client.ts';
import { journalKeys } from '../api/journal.ts';
import { useAuth } from '../auth/AuthProvider.tsx';
import { ErrorMessage, Loading } from '../components/feedback.tsx';
import { PageTitle } from '../components/PageTitle.tsx';
import { fullDate, moodName, plural } from '../lib/format.ts';

const PAGE = 100;

async function everyPage<T>(
  load: (offset: number) => Promise<{ results: T[]; next: string | null }>,
): Promise<T[]> {
  const all: T[] = [];
  for (let offset = 0; ; offset += PAGE) {
    const page = await load(offset);
    all.push(...page.results);
    if (!page.next || page.results.length === 0) return all;
  }
}

function useWholeJournal() {
  return useQuery({
    queryKey: [...journalKeys.all, 'print'],
    queryFn: async () => {
      const query = (offset: number) => ({
        params: { query: { limit: String(PAGE), offset: String(offset) } },
      });
      const [checkins, entries] = await Promise.all([
        everyPage<Checkin>((o) => unwrap(api.GET('/api/journal/checkins/', query(o)))),
        everyPage<Entry>((o) => unwrap(api.GET('/api/journal/entries/', query(o)))),
      ]);
      return { checkins: checkins.reverse(), entries: entries.reverse() };
    },
  });
}

/** The printable journal page (`/journal/print`). */
export function JournalPrintPage() {
  const { user } = useAuth();
  const journal = useWholeJournal();
  return (
    <article className="print-journal">
      <PageTitle title="Your journal, to print">Your journal</PageTitle>
      <p className="muted">
        {user ? `${user.username} · ` : ''}made on {fullDate(new Date().toISOString())}. Private — keep it
        somewhere safe.
      </p>
      <p className="no-print">
        <button type="button" className="btn" onClick={() => window.print()}>
          Print or save as PDF
        </button>
      </p>
      {journal.isPending ? <Loading label="Gathering your journal…" /> : null}
      {journal.isError ? <ErrorMessage error={journal.error} onRetry={() => journal.refetch()} /> : null}
      {journal.data ? (
        <>
          <section aria-labelledby="print-checkins">
            <h2 id="print-checkins">Check-ins ({plural(journal.data.checkins.length, 'check-in')})</h2>
            {journal.data.checkins.length === 0 ? <p>No check-ins yet.</p> : null}
            <table>
              <caption className="visually-hidden">Check-ins, oldest first</caption>
              <thead>
                <tr>
                  <th scope="col">When</th>
                  <th scope="col">Mood</th>
                  <th scope="col">Feelings and activities</th>
                  <th scope="col">Note</th>
                </tr>
              </thead>
              <tbody>
                {journal.data.checkins.map((c) => (
                  <tr key={c.id}>
                    <td>{fullDate(c.occurred_at)}</td>
                    <td>{moodName(c.score)}</td>
                    <td>{[...c.emotions, ...c.activities].join(', ').replace(/_/g, ' ')}</td>
                    <td>{c.note ?? ''}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </section>
          <section aria-labelledby="print-entries">
            <h2 id="print-entries">Entries ({plural(journal.data.entries.length, 'entry')})</h2>
            {journal.data.entries.length === 0 ? <p>No entries yet.</p> : null}
            {journal.data.entries.map((e) => (
              <section key={e.id} className="print-entry" aria-label={e.title || fullDate(e.created)}>
                <h3>{e.title || 'Untitled'}</h3>
                <p className="muted small">{fullDate(e.created)}</p>
                <p className="post__body">{e.body}</p>
              </section>
            ))}
          </section>
        </>
      ) : null}
    </article>
  );
}
