/**
 * One user for staff: account facts, counts (the journal as counts only — its content is never
 * available to staff), sessions and recent security events (admins), and the account actions.
 */
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { actOnUser, setRole, type UserAction, useAdminUser, useRefreshAdmin } from '../../api/admin.ts';
import { useAuth } from '../../auth/AuthProvider.tsx';
import { ConfirmDialog } from '../../components/ConfirmDialog.tsx';
import { ErrorMessage, Loading, Notice } from '../../components/feedback.tsx';
import { SelectField } from '../../components/fields.tsx';
import { PageTitle } from '../../components/PageTitle.tsx';
import { fullDate, plural } from '../../lib/format.ts';
import { yesNo } from './admin-parts.tsx';

type Role = 'user' | 'moderator' | 'admin';
const LABELS: Record<UserAction, string> = {
  deactivate: 'Deactivate account',
  reactivate: 'Reactivate account',
  'password-reset': 'Force password reset',
  'resend-verification': 'Resend verification e-mail',
};
const EXPLAIN: Record<UserAction, string> = {
  deactivate: 'They are signed out everywhere at once and cannot log in until reactivated.',
  reactivate: 'They can log in again.',
  'password-reset':
    'Their password stops working, they are signed out everywhere, and a reset link is e-mailed to them.',
  'resend-verification': 'A new confirmation link is e-mailed to them.',
};

/** The user detail page. */
export function AdminUserPage() {
  const { id = '' } = useParams();
  const { user: me } = useAuth();
  const admin = me?.is_superuser === true;
  const detail = useAdminUser(id);
  const refresh = useRefreshAdmin();
  const [pending, setPending] = useState<UserAction | null>(null);
  const [busy, setBusy] = useState(false);
  const [done, setDone] = useState<string | null>(null);
  const [failure, setFailure] = useState<unknown>(null);
  const [role, setRoleChoice] = useState<Role | ''>('');

  const run = async (work: () => Promise<unknown>, message: string) => {
    setBusy(true);
    setFailure(null);
    setDone(null);
    try {
      await work();
      setDone(message);
      await refresh();
    } catch (error) {
      setFailure(error);
    } finally {
      setBusy(false);
      setPending(null);
    }
  };

  if (detail.isPending) return <Loading label="Loading user…" />;
  if (detail.isError) return <ErrorMessage error={detail.error} onRetry={() => detail.refetch()} />;
  const u = detail.data;
  const actions: UserAction[] = [
    u.is_active ? 'deactivate' : 'reactivate',
    ...(admin ? (['password-reset'] as UserAction[]) : []),
    ...(admin && !u.email_verified ? (['resend-verification'] as UserAction[]) : []),
  ];
  return (
    <>
      <PageTitle title={u.username}>User {u.username}</PageTitle>
      <p>
        <Link to="/admin/users">Back to users</Link>
      </p>
      {done !== null ? <Notice tone="success">{done}</Notice> : null}
      {failure !== null ? <ErrorMessage error={failure} /> : null}
      <dl className="grid-2">
        <dt>Name</dt>
        <dd>{u.name}</dd>
        <dt>E-mail</dt>
        <dd>
          {u.email} ({u.email_verified ? 'confirmed' : 'not confirmed'})
        </dd>
        <dt>Role</dt>
        <dd>{u.role}</dd>
        <dt>Active</dt>
        <dd>{yesNo(u.is_active)}</dd>
        <dt>Joined</dt>
        <dd>{fullDate(u.created)}</dd>
        <dt>Last login</dt>
        <dd>{u.last_login === null ? 'Never' : fullDate(u.last_login)}</dd>
      </dl>

      <h2>Activity</h2>
      <ul>
        <li>
          {plural(u.counts.posts, 'post')}, {plural(u.counts.comments, 'comment')}
        </li>
        <li>
          {u.counts.reports_filed} reports filed, {u.counts.reports_against} open reports on their posts and
          comments
        </li>
        <li>
          Journal: {plural(u.counts.journal_checkins, 'check-in')} and{' '}
          {plural(u.counts.journal_entries, 'entry')}. Journal content is private and never shown to staff.
        </li>
      </ul>

      <h2>Actions</h2>
      <div className="row">
        {actions.map((action) => (
          <button
            key={action}
            type="button"
            className={`btn btn--small ${action === 'deactivate' || action === 'password-reset' ? 'btn--danger' : 'btn--secondary'}`}
            onClick={() => setPending(action)}
          >
            {LABELS[action]}
          </button>
        ))}
      </div>
      {admin ? (
        <form
          className="admin-filters"
          onSubmit={(e) => {
            e.preventDefault();
            if (role !== '') void run(() => setRole(u.id, role), `${u.username} is now ${role}.`);
          }}
        >
          <SelectField label="Role" value={role} onChange={(e) => setRoleChoice(e.target.value as Role | '')}>
            <option value="">Choose a role…</option>
            <option value="user">User</option>
            <option value="moderator">Moderator</option>
            <option value="admin">Admin</option>
          </SelectField>
          <button type="submit" className="btn btn--small" disabled={role === '' || busy}>
            Set role
          </button>
        </form>
      ) : null}

      {u.sessions !== null ? (
        <>
          <h2>Live sessions ({u.sessions_count})</h2>
          <div className="admin-table-wrap">
            <table className="admin-table">
              <thead>
                <tr>
                  <th scope="col">Device</th>
                  <th scope="col">IP address</th>
                  <th scope="col">Signed in</th>
                  <th scope="col">Last used</th>
                </tr>
              </thead>
              <tbody>
                {u.sessions.map((s) => (
                  <tr key={s.id}>
                    <td>{s.device}</td>
                    <td>{s.ip ?? '—'}</td>
                    <td>{fullDate(s.created)}</td>
                    <td>{fullDate(s.last_used)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      ) : null}
      {u.security_events !== null ? (
        <>
          <h2>Recent security events</h2>
          <ul>
            {u.security_events.map((e) => (
              <li key={e.id}>
                {fullDate(e.created)} — {e.type}
                {e.actor !== null && e.actor.id !== u.id ? ` by ${e.actor.username}` : ''} from{' '}
                {e.ip ?? 'unknown'}
              </li>
            ))}
          </ul>
          <p>
            <Link to={`/admin/audit?user=${u.id}`}>Full history in the audit log</Link>
          </p>
        </>
      ) : null}
      <ConfirmDialog
        open={pending !== null}
        title={pending === null ? '' : `${LABELS[pending]}?`}
        confirmLabel={pending === null ? 'Confirm' : LABELS[pending]}
        danger={pending === 'deactivate' || pending === 'password-reset'}
        busy={busy}
        onConfirm={() => {
          if (pending !== null) void run(() => actOnUser(u.id, pending), `${LABELS[pending]}: done.`);
        }}
        onClose={() => setPending(null)}
      >
        <p>{pending === null ? '' : EXPLAIN[pending]} This is recorded in the audit log.</p>
      </ConfirmDialog>
    </>
  );
}
