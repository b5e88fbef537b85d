/** Small pieces shared by the admin pages: selection, paging, bulk outcomes, yes/no cells. */
import { useState } from 'react';
import type { BulkResults } from '../../api/admin.ts';
import { Notice } from '../../components/feedback.tsx';

/** Previous/next buttons for a limit/offset list. */
export function Pager({
  count,
  offset,
  limit,
  onOffset,
}: {
  count: number;
  offset: number;
  limit: number;
  onOffset(offset: number): void;
}) {
  const last = Math.min(offset + limit, count);
  return (
    <div className="row row--between">
      <p className="muted small" aria-live="polite">
        {count === 0 ? 'No results' : `${offset + 1}–${last} of ${count}`}
      </p>
      <div className="row">
        <button
          type="button"
          className="btn btn--secondary btn--small"
          disabled={offset === 0}
          onClick={() => onOffset(Math.max(0, offset - limit))}
        >
          Previous page
        </button>
        <button
          type="button"
          className="btn btn--secondary btn--small"
          disabled={last >= count}
          onClick={() => onOffset(offset + limit)}
        >
          Next page
        </button>
      </div>
    </div>
  );
}

/** What a bulk action did: how many applied, and why the others were refused. */
export function BulkOutcome({ results }: { results: BulkResults | null }) {
  if (results === null) return null;
  const failed = results.filter((r) => !r.ok);
  return (
    <Notice tone={failed.length === 0 ? 'success' : 'warn'}>
      Applied to {results.length - failed.length} of {results.length}.
      {failed.length > 0 ? (
        <ul>
          {failed.map((r) => (
            <li key={r.id}>
              {r.id}: {r.detail}
            </li>
          ))}
        </ul>
      ) : null}
    </Notice>
  );
}

/** "Yes"/"No" for a boolean cell. */
export function yesNo(value: boolean): string {
  return value ? 'Yes' : 'No';
}

/** A set of selected ids with a toggle (the tables' checkboxes) and a reset. */
export function useSelection() {
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const toggle = (id: string) =>
    setSelected((current) => {
      const next = new Set(current);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });
  return { selected, toggle, clear: () => setSelected(new Set()) };
}
