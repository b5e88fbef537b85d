/**
 * The users table: search, filters, sortable columns, paging, a selection and bulk actions
 * (deactivate/reactivate for staff; role, password reset and verification mail for admins).
 */
import { useState } from 'react';
import { Link } from 'react-router';
import {
  type BulkResults,
  bulkUsers,
  type UserBulkAction,
  type UserQuery,
  useAdminUsers,
  useRefreshAdmin,
} from '../../api/admin.ts';
import { useAuth } from '../../auth/AuthProvider.tsx';
import { ConfirmDialog } from '../../components/ConfirmDialog.tsx';
import { ErrorMessage, Loading } from '../../components/feedback.tsx';
import { SelectField, TextField } from '../../components/fields.tsx';
import { PageTitle } from '../../components/PageTitle.tsx';
import { shortDate } from '../../lib/format.ts';
import { BulkOutcome, Pager, useSelection, yesNo } from './admin-parts.tsx';

const LIMIT = 25;
type Role = 'user' | 'moderator' | 'admin';
type Sortable = 'username' | 'email' | 'role' | 'created' | 'last_login';
const ACTIONS: [
  UserBulkAction | 'set_role:user' | 'set_role:moderator' | 'set_role:admin',
  string,
  boolean,
][] = [
  ['deactivate', 'Deactivate', false],
  ['reactivate', 'Reactivate', false],
  ['password_reset', 'Force password reset', true],
  ['resend_verification', 'Resend verification e-mail', true],
  ['set_role:user', 'Make ordinary user', true],
  ['set_role:moderator', 'Make moderator', true],
  ['set_role:admin', 'Make admin', true],
];

/** The users page. */
export function AdminUsersPage() {
  const { user: me } = useAuth();
  const admin = me?.is_superuser === true;
  const [search, setSearch] = useState('');
  const [filters, setFilters] = useState<UserQuery>({ ordering: '-created' });
  const [offset, setOffset] = useState(0);
  const { selected, toggle, clear } = useSelection();
  const [action, setAction] = useState('');
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<BulkResults | null>(null);
  const [failure, setFailure] = useState<unknown>(null);
  const refresh = useRefreshAdmin();
  const query = { ...filters, limit: String(LIMIT), offset: String(offset) };
  const users = useAdminUsers(query);
  const rows = users.data?.results ?? [];

  const change = (patch: Partial<UserQuery>) => {
    setFilters((f) => ({ ...f, ...patch }));
    setOffset(0);
  };
  const sortBy = (field: Sortable) => {
    const current = filters.ordering ?? '-created';
    change({ ordering: current === field ? `-${field}` : field });
  };
  const sortState = (field: Sortable) => {
    const current = filters.ordering ?? '-created';
    if (current === field) return 'ascending' as const;
    if (current === `-${field}`) return 'descending' as const;
    return 'none' as const;
  };
  const apply = async () => {
    setBusy(true);
    setFailure(null);
    try {
      const [name, role] = action.split(':') as [UserBulkAction, Role | undefined];
      setOutcome(await bulkUsers(name, [...selected], role));
      clear();
      await refresh();
    } catch (error) {
      setFailure(error);
    } finally {
      setBusy(false);
      setConfirming(false);
    }
  };
  const header = (field: Sortable, label: string) => (
    <th scope="col" aria-sort={sortState(field)}>
      <button type="button" className="btn btn--quiet btn--small" onClick={() => sortBy(field)}>
        {label}
        <span className="visually-hidden">, sort</span>
      </button>
    </th>
  );
  const actionLabel = ACTIONS.find(([value]) => value === action)?.[1] ?? '';

  return (
    <>
      <PageTitle>Users</PageTitle>
      <form
        className="admin-filters"
        onSubmit={(e) => {
          e.preventDefault();
          change({ search });
        }}
      >
        <TextField
          label="Search name, username or e-mail"
          value={search}
          onChange={(e) => setSearch(e.target.value)}
        />
        <button type="submit" className="btn btn--small">
          Search
        </button>
        <SelectField
          label="Role"
          value={filters.role ?? ''}
          onChange={(e) => change({ role: (e.target.value || undefined) as Role | undefined })}
        >
          <option value="">Any</option>
          <option value="user">User</option>
          <option value="moderator">Moderator</option>
          <option value="admin">Admin</option>
        </SelectField>
        <SelectField
          label="Status"
          value={filters.active === undefined ? '' : String(filters.active)}
          onChange={(e) => change({ active: e.target.value === '' ? undefined : e.target.value === 'true' })}
        >
          <option value="">Any</option>
          <option value="true">Active</option>
          <option value="false">Deactivated</option>
        </SelectField>
        <SelectField
          label="E-mail"
          value={filters.verified === undefined ? '' : String(filters.verified)}
          onChange={(e) =>
            change({ verified: e.target.value === '' ? undefined : e.target.value === 'true' })
          }
        >
          <option value="">Any</option>
          <option value="true">Confirmed</option>
          <option value="false">Not confirmed</option>
        </SelectField>
        <TextField
          label="Joined from"
          type="date"
          value={filters.joined_after ?? ''}
          onChange={(e) => change({ joined_after: e.target.value })}
        />
        <TextField
          label="Joined before"
          type="date"
          value={filters.joined_before ?? ''}
          onChange={(e) => change({ joined_before: e.target.value })}
        />
      </form>

      <div className="admin-filters">
        <SelectField
          label={`Action for ${selected.size} selected`}
          value={action}
          onChange={(e) => setAction(e.target.value)}
        >
          <option value="">Choose an action…</option>
          {ACTIONS.filter(([, , adminOnly]) => admin || !adminOnly).map(([value, label]) => (
            <option key={value} value={value}>
              {label}
            </option>
          ))}
        </SelectField>
        <button
          type="button"
          className="btn btn--small"
          disabled={action === '' || selected.size === 0}
          onClick={() => setConfirming(true)}
        >
          Apply
        </button>
      </div>
      <BulkOutcome results={outcome} />
      {failure !== null ? <ErrorMessage error={failure} /> : null}

      {users.isPending ? <Loading label="Loading users…" /> : null}
      {users.isError ? <ErrorMessage error={users.error} onRetry={() => users.refetch()} /> : null}
      {users.isSuccess ? (
        <>
          <div className="admin-table-wrap">
            <table className="admin-table admin-table--users">
              <caption className="visually-hidden">Users</caption>
              <thead>
                <tr>
                  <th scope="col">
                    <span className="visually-hidden">Select</span>
                  </th>
                  {header('username', 'Username')}
                  {header('email', 'E-mail')}
                  {header('role', 'Role')}
                  <th scope="col">Active</th>
                  <th scope="col">Confirmed</th>
                  {header('created', 'Joined')}
                  {header('last_login', 'Last login')}
                </tr>
              </thead>
              <tbody>
                {rows.map((u) => (
                  <tr key={u.id}>
                    <td>
                      <input
                        type="checkbox"
                        aria-label={`Select ${u.username}`}
                        checked={selected.has(u.id)}
                        onChange={() => toggle(u.id)}
                      />
                    </td>
                    <td>
                      <Link to={`/admin/users/${u.id}`}>{u.username}</Link>
                      {u.name !== u.username ? <div className="muted small">{u.name}</div> : null}
                    </td>
                    <td>{u.email}</td>
                    <td>{u.role}</td>
                    <td>{yesNo(u.is_active)}</td>
                    <td>{yesNo(u.email_verified)}</td>
                    <td>{shortDate(u.created)}</td>
                    <td>{u.last_login === null ? 'Never' : shortDate(u.last_login)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <Pager count={users.data.count} offset={offset} limit={LIMIT} onOffset={setOffset} />
        </>
      ) : null}
      <ConfirmDialog
        open={confirming}
        title={`${actionLabel}?`}
        confirmLabel={actionLabel || 'Apply'}
        danger={action === 'deactivate' || action === 'password_reset'}
        busy={busy}
        onConfirm={apply}
        onClose={() => setConfirming(false)}
      >
        <p>
          This applies to {selected.size} selected {selected.size === 1 ? 'account' : 'accounts'} and is
          recorded in the audit log.
        </p>
      </ConfirmDialog>
    </>
  );
}
