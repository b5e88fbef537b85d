/**
 * The offline bar and the sync agent: says plainly when the device is offline (what still works),
 * and whenever a signed-in user is online sends the check-ins and entries waiting in the offline
 * queue, then refreshes the journal.
 */
import { useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { journalKeys } from '../api/journal.ts';
import { useAuth } from '../auth/AuthProvider.tsx';
import { flushQueue } from '../offline/sync.ts';
import { useOnline, useQueued } from '../offline/useOffline.ts';

/** How often waiting items are tried again while the browser says it is online. */
const RETRY_MS = 30_000;

/** The bar shown while offline; runs the sync while online. */
export function OfflineStatus() {
  const { status, user } = useAuth();
  const online = useOnline();
  const client = useQueryClient();
  const owner = status === 'authenticated' && user !== null ? user.id : null;
  const waiting = useQueued(owner);
  const count = waiting.length;

  useEffect(() => {
    if (!online || owner === null || count === 0) return;
    const flush = () => {
      void flushQueue(owner)
        .then((sent) => (sent > 0 ? client.invalidateQueries({ queryKey: journalKeys.all }) : undefined))
        .catch(() => {});
    };
    flush();
    // "Online" can be a network that drops requests: keep trying while something waits.
    const retry = setInterval(flush, RETRY_MS);
    return () => clearInterval(retry);
  }, [online, owner, count, client]);

  if (online) return null;
  return (
    <div className="offline-bar" role="status">
      You are offline. Your journal still works: new check-ins and entries are kept on this device and sent
      when you are back online.
    </div>
  );
}
