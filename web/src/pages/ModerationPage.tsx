/** The moderators' report queue. */
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { api, unwrap } from '../api/client.ts';
import { Empty, ErrorMessage, Loading } from '../components/feedback.tsx';
import { SelectField } from '../components/fields.tsx';
import { PageTitle } from '../components/PageTitle.tsx';
import { ReportItem } from '../components/ReportItem.tsx';

type Status = 'open' | 'resolved' | 'dismissed' | 'all';

/** The moderation page. */
export function ModerationPage() {
  const [status, setStatus] = useState<Status>('open');
  const reports = useQuery({
    queryKey: ['moderation', 'reports', status],
    queryFn: () =>
      unwrap(api.GET('/api/moderation/reports/', { params: { query: { status, limit: '50' } } })),
  });
  return (
    <>
      <PageTitle>Moderation</PageTitle>
      <p className="muted">
        Be kind and fair. Hiding keeps content for the author and moderators; it can be restored.
      </p>
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
        {reports.data?.results.map((r) => (
          <ReportItem key={r.id} report={r} />
        ))}
      </ul>
    </>
  );
}
