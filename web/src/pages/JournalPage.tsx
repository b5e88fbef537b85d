/**
 * The private journal: quick check-in, what waits to sync (made offline), month view, check-in
 * history and journal entries.
 */
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { Link } from 'react-router';
import { api, unwrap } from '../api/client.ts';
import { journalKeys } from '../api/journal.ts';
import { CheckinCard } from '../components/CheckinCard.tsx';
import { CheckinHistory } from '../components/CheckinHistory.tsx';
import { Empty, ErrorMessage, Loading } from '../components/feedback.tsx';
import { TextField } from '../components/fields.tsx';
import { MoodCalendar } from '../components/MoodCalendar.tsx';
import { PageTitle } from '../components/PageTitle.tsx';
import { PendingItems } from '../components/PendingItems.tsx';
import { timeAgo } from '../lib/format.ts';

function Entries() {
  const [search, setSearch] = useState('');
  const entries = useQuery({
    queryKey: journalKeys.entries(search),
    queryFn: () =>
      unwrap(
        api.GET('/api/journal/entries/', {
          params: { query: search ? { search, limit: '50' } : { limit: '50' } },
        }),
      ),
  });
  return (
    <section className="card" aria-labelledby="entries-heading">
      <div className="row row--between">
        <h2 id="entries-heading">Journal entries</h2>
        <Link className="btn btn--small" to="/journal/entries/new">
          Write an entry
        </Link>
      </div>
      <TextField
        label="Search your entries"
        type="search"
        value={search}
        onChange={(e) => setSearch(e.target.value)}
      />
      {entries.isPending ? <Loading /> : null}
      {entries.isError ? <ErrorMessage error={entries.error} onRetry={() => entries.refetch()} /> : null}
      {entries.isSuccess && entries.data.results.length === 0 ? (
        <Empty title={search ? 'Nothing matches that search' : 'No entries yet'}>
          <p>Writing a few lines about your day can help untangle it.</p>
        </Empty>
      ) : null}
      <ul className="list-plain">
        {entries.data?.results.map((e) => (
          <li key={e.id}>
            <Link to={`/journal/entries/${e.id}`}>{e.title || e.body.slice(0, 60) || 'Untitled'}</Link>{' '}
            <span className="muted small">{timeAgo(e.created)}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}

/** The journal page. */
export function JournalPage() {
  return (
    <>
      <PageTitle>Your journal</PageTitle>
      <p className="muted">Private to you. Not even moderators can read it.</p>
      <CheckinCard />
      <PendingItems />
      <MoodCalendar />
      <CheckinHistory />
      <Entries />
      <p>
        <Link to="/journal/print">A readable copy of your journal</Link> — to print or save as PDF, made on
        this device.
      </p>
    </>
  );
}
