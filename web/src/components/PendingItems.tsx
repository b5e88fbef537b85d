/** The check-ins and entries made offline that wait to be sent, each marked "Waiting to sync". */
import { useAuth } from '../auth/AuthProvider.tsx';
import { moodName } from '../lib/format.ts';
import type { QueuedItem } from '../offline/store.ts';
import { useQueued } from '../offline/useOffline.ts';

function describe(item: QueuedItem): string {
  if (item.kind === 'checkin') return `Check-in: ${moodName(Number(item.body.score)).toLowerCase()}`;
  const title = typeof item.body.title === 'string' && item.body.title !== '' ? item.body.title : null;
  const body = typeof item.body.body === 'string' ? item.body.body : '';
  return `Entry: ${title ?? (body.slice(0, 60) || 'Untitled')}`;
}

/** The waiting items of the signed-in user (nothing when none wait). */
export function PendingItems() {
  const { user } = useAuth();
  const items = useQueued(user?.id ?? null);
  if (items.length === 0) return null;
  return (
    <section className="card" aria-labelledby="pending-heading">
      <h2 id="pending-heading">Saved on this device</h2>
      <p className="muted small">These will be sent automatically when you are back online.</p>
      <ul className="list-plain" aria-label="Waiting to sync">
        {items.map((item) => (
          <li key={item.client_id} className="pending-item">
            <span>{describe(item)}</span> <span className="badge badge--waiting">Waiting to sync</span>{' '}
            <span className="muted small">{new Date(item.queued_at).toLocaleString()}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}
