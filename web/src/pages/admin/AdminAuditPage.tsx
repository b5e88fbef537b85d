/** The audit log (admins): filters, who/what/when/where/before-after, paging and CSV export. */
import { useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { type AuditQuery, downloadAuditCsv, useAudit } from '../../api/admin.ts';
import { ErrorMessage, Loading } from '../../components/feedback.tsx';
import { TextField } from '../../components/fields.tsx';
import { PageTitle } from '../../components/PageTitle.tsx';
import { eventLabel } from '../../lib/events.ts';
import { fullDate } from '../../lib/format.ts';
import { Pager } from './admin-parts.tsx';

const LIMIT = 50;
const show = (value: unknown) => (value === null || value === undefined ? '' : JSON.stringify(value));

/** The audit log page. */
export function AdminAuditPage() {
  const [params] = useSearchParams();
  const [draft, setDraft] = useState<AuditQuery>({ user: params.get('user') ?? '' });
  const [filters, setFilters] = useState<AuditQuery>(draft);
  const [offset, setOffset] = useState(0);
  const [exportError, setExportError] = useState<unknown>(null);
  const log = useAudit({ ...filters, limit: String(LIMIT), offset: String(offset) });
  const field = (name: keyof AuditQuery, label: string, type = 'text', hint?: string) => (
    <TextField
      label={label}
      type={type}
      hint={hint}
      value={draft[name] ?? ''}
      onChange={(e) => setDraft((d) => ({ ...d, [name]: e.target.value }))}
    />
  );
  return (
    <>
      <PageTitle>Audit log</PageTitle>
      <p className="muted">
        Every sign-in, security event and staff action. Entries are never changed or deleted.
      </p>
      <form
        className="admin-filters"
        onSubmit={(e) => {
          e.preventDefault();
          setFilters(draft);
          setOffset(0);
        }}
      >
        {field('type', 'Event type', 'text', 'Exact, or a prefix ending in a dot: admin.')}
        {field('user', 'About user', 'text', 'Username or id')}
        {field('actor', 'By staff member')}
        {field('ip', 'IP address')}
        {field('since', 'From', 'date')}
        {field('until', 'Before', 'date')}
        <button type="submit" className="btn btn--small">
          Filter
        </button>
        <button
          type="button"
          className="btn btn--secondary btn--small"
          onClick={() => {
            setExportError(null);
            downloadAuditCsv(filters).catch(setExportError);
          }}
        >
          Export CSV
        </button>
      </form>
      {exportError !== null ? <ErrorMessage error={exportError} /> : null}
      {log.isPending ? <Loading label="Loading the audit log…" /> : null}
      {log.isError ? <ErrorMessage error={log.error} onRetry={() => log.refetch()} /> : null}
      {log.isSuccess ? (
        <>
          <div className="admin-table-wrap">
            <table className="admin-table">
              <caption className="visually-hidden">Audit entries, newest first</caption>
              <thead>
                <tr>
                  <th scope="col">When</th>
                  <th scope="col">What</th>
                  <th scope="col">Who acted</th>
                  <th scope="col">About</th>
                  <th scope="col">From</th>
                  <th scope="col">Before → after</th>
                </tr>
              </thead>
              <tbody>
                {log.data.results.map((e) => (
                  <tr key={e.id}>
                    <td>{fullDate(e.created)}</td>
                    <td>
                      {eventLabel(e.type)}
                      <div className="muted small">
                        <code>{e.type}</code>
                      </div>
                    </td>
                    <td>{e.actor?.username ?? (e.source === 'cli' ? 'operator (shell)' : '—')}</td>
                    <td>
                      {e.user === null ? (
                        '—'
                      ) : (
                        <Link to={`/admin/users/${e.user.id}`}>{e.user.username}</Link>
                      )}
                    </td>
                    <td>{e.ip ?? '—'}</td>
                    <td>
                      {e.before === null && e.after === null ? '' : `${show(e.before)} → ${show(e.after)}`}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <Pager count={log.data.count} offset={offset} limit={LIMIT} onOffset={setOffset} />
        </>
      ) : null}
    </>
  );
}
