/** The private journal: quick check-in, recent check-ins and journal entries. */
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Link } from 'react-router';
import { api, unwrap } from '../api/client.ts';
import { describeError } from '../api/errors.ts';
import { journalKeys, useCheckins } from '../api/journal.ts';
import { CheckinCard } from '../components/CheckinCard.tsx';
import { Empty, ErrorMessage, Loading } from '../components/feedback.tsx';
import { TextField } from '../components/fields.tsx';
import { MoodFace } from '../components/MoodFace.tsx';
import { PageTitle } from '../components/PageTitle.tsx';
import { fullDate, moodName, timeAgo } from '../lib/format.ts';

function RecentCheckins() {
  const client = useQueryClient();
  const checkins = useCheckins(10);
  const [error, setError] = useState<string | null>(null);
  const remove = async (id: string) => {
    try {
      await unwrap(api.DELETE('/api/journal/checkins/{id}/', { params: { path: { id } } }));
      await client.invalidateQueries({ queryKey: journalKeys.all });
    } catch (e) {
      setError(describeError(e));
    }
  };
  return (
    <section className="card" aria-labelledby="recent-heading">
      <h2 id="recent-heading">Recent check-ins</h2>
      {checkins.isPending ? <Loading /> : null}
      {checkins.isError ? <ErrorMessage error={checkins.error} onRetry={() => checkins.refetch()} /> : null}
      {error ? (
        <p role="alert" className="field-error">
          {error}
        </p>
      ) : null}
      {checkins.isSuccess && checkins.data.results.length === 0 ? (
        <p className="muted">No check-ins yet. Tap a mood above to start.</p>
      ) : null}
      <ul className="list-plain">
        {checkins.data?.results.map((c) => (
          <li key={c.id} className="row row--between">
            <div>
              <span className="row">
                <MoodFace score={c.score} size={20} /> <strong>{moodName(c.score)}</strong>
                <time className="muted small" dateTime={c.occurred_at} title={fullDate(c.occurred_at)}>
                  {timeAgo(c.occurred_at)}
                </time>
              </span>
              {[...c.emotions, ...c.activities].length > 0 ? (
                <div className="small muted">
                  {[...c.emotions, ...c.activities].join(', ').replace(/_/g, ' ')}
                </div>
              ) : null}
              {c.note ? <div className="small">{c.note}</div> : null}
            </div>
            <button type="button" className="btn btn--quiet btn--small" onClick={() => remove(c.id)}>
              Delete<span className="visually-hidden"> check-in from {fullDate(c.occurred_at)}</span>
            </button>
          </li>
        ))}
      </ul>
      <p>
        <Link to="/insights">See your insights</Link>
      </p>
    </section>
  );
}

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
      <RecentCheckins />
      <Entries />
    </>
  );
}
