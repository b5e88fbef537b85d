/** Content moderation: posts or comments with filters, a selection, and hide/restore/delete. */
import { useState } from 'react';
import { Link } from 'react-router';
import {
  type BulkResults,
  bulkContent,
  type ContentQuery,
  useAdminContent,
  useRefreshAdmin,
} from '../../api/admin.ts';
import { ConfirmDialog } from '../../components/ConfirmDialog.tsx';
import { ErrorMessage, Loading } from '../../components/feedback.tsx';
import { SelectField, TextField } from '../../components/fields.tsx';
import { PageTitle } from '../../components/PageTitle.tsx';
import { shortDate } from '../../lib/format.ts';
import { BulkOutcome, Pager, useSelection, yesNo } from './admin-parts.tsx';

const LIMIT = 25;
type Kind = 'post' | 'comment';
type Action = 'hide' | 'restore' | 'delete';
const tri = (value: string) => (value === '' ? undefined : value === 'true');

/** The content page. */
export function AdminContentPage() {
  const [kind, setKind] = useState<Kind>('post');
  const [filters, setFilters] = useState<ContentQuery>({});
  const [text, setText] = useState('');
  const [offset, setOffset] = useState(0);
  const { selected, toggle, clear } = useSelection();
  const [pending, setPending] = useState<Action | null>(null);
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<BulkResults | null>(null);
  const [failure, setFailure] = useState<unknown>(null);
  const refresh = useRefreshAdmin();
  const items = useAdminContent(kind, { ...filters, limit: String(LIMIT), offset: String(offset) });

  const change = (patch: Partial<ContentQuery>) => {
    setFilters((f) => ({ ...f, ...patch }));
    setOffset(0);
    clear();
  };
  const apply = async () => {
    if (pending === null) return;
    setBusy(true);
    setFailure(null);
    try {
      setOutcome(await bulkContent(kind, pending, [...selected]));
      clear();
      await refresh();
    } catch (error) {
      setFailure(error);
    } finally {
      setBusy(false);
      setPending(null);
    }
  };

  return (
    <>
      <PageTitle>Content</PageTitle>
      <form
        className="admin-filters"
        onSubmit={(e) => {
          e.preventDefault();
          change({ search: text });
        }}
      >
        <SelectField
          label="Show"
          value={kind}
          onChange={(e) => {
            setKind(e.target.value as Kind);
            change({});
          }}
        >
          <option value="post">Posts</option>
          <option value="comment">Comments</option>
        </SelectField>
        <TextField label="Text contains" value={text} onChange={(e) => setText(e.target.value)} />
        <button type="submit" className="btn btn--small">
          Search
        </button>
        <SelectField
          label="Visibility"
          value={filters.hidden === undefined ? '' : String(filters.hidden)}
          onChange={(e) => change({ hidden: tri(e.target.value) })}
        >
          <option value="">Any</option>
          <option value="false">Visible</option>
          <option value="true">Hidden</option>
        </SelectField>
        <SelectField
          label="Reports"
          value={filters.reported === undefined ? '' : String(filters.reported)}
          onChange={(e) => change({ reported: tri(e.target.value) })}
        >
          <option value="">Any</option>
          <option value="true">Has open reports</option>
          <option value="false">No open reports</option>
        </SelectField>
        <TextField
          label="Author (username)"
          value={filters.author ?? ''}
          onChange={(e) => change({ author: e.target.value })}
        />
        <TextField
          label="From"
          type="date"
          value={filters.since ?? ''}
          onChange={(e) => change({ since: e.target.value })}
        />
        <TextField
          label="Before"
          type="date"
          value={filters.until ?? ''}
          onChange={(e) => change({ until: e.target.value })}
        />
      </form>
      <div className="row">
        {(['hide', 'restore', 'delete'] as const).map((action) => (
          <button
            key={action}
            type="button"
            className={`btn btn--small ${action === 'delete' ? 'btn--danger' : 'btn--secondary'}`}
            disabled={selected.size === 0}
            onClick={() => setPending(action)}
          >
            {action[0]?.toUpperCase()}
            {action.slice(1)} {selected.size} selected
          </button>
        ))}
      </div>
      <BulkOutcome results={outcome} />
      {failure !== null ? <ErrorMessage error={failure} /> : null}
      {items.isPending ? <Loading label="Loading content…" /> : null}
      {items.isError ? <ErrorMessage error={items.error} onRetry={() => items.refetch()} /> : null}
      {items.isSuccess ? (
        <>
          <div className="admin-table-wrap">
            <table className="admin-table">
              <caption className="visually-hidden">{kind === 'post' ? 'Posts' : 'Comments'}</caption>
              <thead>
                <tr>
                  <th scope="col">
                    <span className="visually-hidden">Select</span>
                  </th>
                  <th scope="col">Text</th>
                  <th scope="col">Author</th>
                  <th scope="col">Hidden</th>
                  <th scope="col">Open reports</th>
                  <th scope="col">Created</th>
                </tr>
              </thead>
              <tbody>
                {items.data.results.map((item) => (
                  <tr key={item.id}>
                    <td>
                      <input
                        type="checkbox"
                        aria-label={`Select ${kind} ${item.body.slice(0, 40)}`}
                        checked={selected.has(item.id)}
                        onChange={() => toggle(item.id)}
                      />
                    </td>
                    <td className="admin-body">
                      <Link to={`/post/${item.post}`}>
                        {item.body.length > 160 ? `${item.body.slice(0, 160)}…` : item.body}
                      </Link>
                    </td>
                    <td>
                      {item.author === null ? (
                        'Deleted user'
                      ) : (
                        <Link to={`/admin/users/${item.author.id}`}>{item.author.username}</Link>
                      )}
                      {item.anonymous ? <div className="muted small">posted anonymously</div> : null}
                    </td>
                    <td>{yesNo(item.hidden)}</td>
                    <td>{item.open_reports}</td>
                    <td>{shortDate(item.created)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <Pager count={items.data.count} offset={offset} limit={LIMIT} onOffset={setOffset} />
        </>
      ) : null}
      <p>
        Reports waiting for a decision are in the <Link to="/moderation">reports queue</Link>.
      </p>
      <ConfirmDialog
        open={pending !== null}
        title={`${pending ?? ''} ${selected.size} ${kind}${selected.size === 1 ? '' : 's'}?`}
        confirmLabel={pending === 'delete' ? 'Delete' : pending === 'hide' ? 'Hide' : 'Restore'}
        danger={pending === 'delete'}
        busy={busy}
        onConfirm={apply}
        onClose={() => setPending(null)}
      >
        <p>
          {pending === 'delete'
            ? 'Deleting cannot be undone.'
            : pending === 'hide'
              ? 'Hidden items stay visible to their author and moderators, and can be restored.'
              : 'Restored items are visible to everyone again.'}{' '}
          Hiding or deleting resolves their open reports; each action is recorded in the audit log.
        </p>
      </ConfirmDialog>
    </>
  );
}
