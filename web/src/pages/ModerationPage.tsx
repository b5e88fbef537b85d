/** The moderators' queue: authors' appeals first, then reports. */
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { api, unwrap } from '../api/client.ts';
import { AppealItem } from '../components/AppealItem.tsx';
import { Empty, ErrorMessage, Loading } from '../components/feedback.tsx';
import { SelectField } from '../components/fields.tsx';
import { PageTitle } from '../components/PageTitle.tsx';
import { ReportItem } from '../components/ReportItem.tsx';

type Status = 'open' | 'resolved' | 'dismissed' | 'all';

/** Crisis reports (filed by the system for text matching the crisis lexicon) before all others, order kept otherwise. */
export function careFirst<T extends { reason: string; status: string }>(reports: readonly T[]): T[] {
  const rank = (r: T) => (r.reason === 'crisis' && r.status === 'open' ? 0 : r.reason === 'crisis' ? 1 : 2);
  return reports
    .map((report, index) => ({ report, index }))
    .sort((a, b) => rank(a.report) - rank(b.report) || a.index - b.index)
    .map(({ report }) => report);
}

/** The moderation page. */
export function ModerationPage() {
  const [status, setStatus] = useState<Status>('open');
  const reports = useQuery({
    queryKey: ['moderation', 'reports', status],
    queryFn: () =>
      unwrap(api.GET('/api/moderation/reports/', { params: { query: { status, limit: '50' } } })),
  });
  const appeals = useQuery({
    queryKey: ['moderation', 'appeals'],
    queryFn: () => unwrap(api.GET('/api/moderation/appeals/', { params: { query: { limit: '50' } } })),
  });
  return (
    <>
      <PageTitle>Moderation</PageTitle>
      <p className="muted">
        Be kind and fair. Hiding keeps content for the author and moderators; the author sees your reason and
        can appeal once.
      </p>
      <p className="muted small">
        Reports marked <span className="chip chip--care">Care first</span> were filed automatically because
        the words suggest someone may be in crisis. They come first: consider sending support resources before
        anything else.
      </p>
      <section aria-labelledby="appeals-heading">
        <h2 id="appeals-heading">Appeals</h2>
        {appeals.isPending ? <Loading label="Loading appeals…" /> : null}
        {appeals.isError ? <ErrorMessage error={appeals.error} onRetry={() => appeals.refetch()} /> : null}
        {appeals.isSuccess && appeals.data.results.length === 0 ? (
          <p className="muted">No appeals are waiting.</p>
        ) : null}
        <ul className="list-plain">
          {appeals.data?.results.map((a) => (
            <AppealItem key={a.id} appeal={a} />
          ))}
        </ul>
      </section>
      <h2>Reports</h2>
      <SelectField label="Show reports" value={status} onChange={(e) => setStatus(e.target.value as Status)}>
        <option value="open">Open</option>
        <option value="resolved">Resolved</option>
        <option value="dismissed">Dismissed</option>
        <option value="all">All</option>
      </SelectField>
      {reports.isPending ? <Loading label="Loading reports…" /> : null}
      {reports.isError ? <ErrorMessage error={reports.error} onRetry={() => reports.refetch()} /> : null}
      {reports.isSuccess && reports.data.results.length === 0 ? (
        <Empty title="Nothing to review. Thank you for keeping an eye out." />
      ) : null}
      <ul className="list-plain">
        {careFirst(reports.data?.results ?? []).map((r) => (
          <ReportItem key={r.id} report={r} />
        ))}
      </ul>
    </>
  );
}
