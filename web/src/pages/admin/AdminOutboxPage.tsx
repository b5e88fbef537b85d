/** Outbox status (admins): counts per status and the latest messages, never their bodies. */
import { useState } from 'react';
import { useOutbox } from '../../api/admin.ts';
import { ErrorMessage, Loading } from '../../components/feedback.tsx';
import { SelectField } from '../../components/fields.tsx';
import { PageTitle } from '../../components/PageTitle.tsx';
import { fullDate } from '../../lib/format.ts';

type Status = '' | 'pending' | 'sending' | 'sent' | 'failed';

/** The outbox page. */
export function AdminOutboxPage() {
  const [status, setStatus] = useState<Status>('');
  const outbox = useOutbox(status);
  return (
    <>
      <PageTitle>Outbox</PageTitle>
      {outbox.data ? (
        <ul className="admin-tiles">
          {(['pending', 'sending', 'sent', 'failed'] as const).map((s) => (
            <li key={s}>
              <div className="stat">{outbox.data.counts[s]}</div>
              <div className="muted">{s}</div>
            </li>
          ))}
        </ul>
      ) : null}
      <SelectField label="Show" value={status} onChange={(e) => setStatus(e.target.value as Status)}>
        <option value="">All messages</option>
        <option value="pending">Pending</option>
        <option value="sending">Sending</option>
        <option value="sent">Sent</option>
        <option value="failed">Failed</option>
      </SelectField>
      {outbox.isPending ? <Loading label="Loading the outbox…" /> : null}
      {outbox.isError ? <ErrorMessage error={outbox.error} onRetry={() => outbox.refetch()} /> : null}
      {outbox.isSuccess ? (
        <div className="admin-table-wrap">
          <table className="admin-table">
            <caption className="visually-hidden">Latest 50 messages, newest first</caption>
            <thead>
              <tr>
                <th scope="col">Queued</th>
                <th scope="col">Kind</th>
                <th scope="col">To</th>
                <th scope="col">Status</th>
                <th scope="col">Attempts</th>
                <th scope="col">Last error</th>
              </tr>
            </thead>
            <tbody>
              {outbox.data.results.map((m) => (
                <tr key={m.id}>
                  <td>{fullDate(m.created)}</td>
                  <td>{m.kind}</td>
                  <td>{m.to}</td>
                  <td>{m.status}</td>
                  <td>{m.attempts}</td>
                  <td>{m.last_error ?? ''}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
    </>
  );
}
