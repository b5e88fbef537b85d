/** React hooks over the offline store: whether the browser is online, and the waiting items. */
import { useEffect, useState, useSyncExternalStore } from 'react';
import { onQueueChange, type QueuedItem, queued } from './store.ts';

function subscribeOnline(callback: () => void): () => void {
  window.addEventListener('online', callback);
  window.addEventListener('offline', callback);
  return () => {
    window.removeEventListener('online', callback);
    window.removeEventListener('offline', callback);
  };
}

/** True while the browser says it is online. */
export function useOnline(): boolean {
  return useSyncExternalStore(
    subscribeOnline,
    () => navigator.onLine,
    () => true,
  );
}

/** The items of `owner` waiting to sync (empty without an owner), kept current. */
export function useQueued(owner: string | null): QueuedItem[] {
  const [items, setItems] = useState<QueuedItem[]>([]);
  useEffect(() => {
    if (owner === null) return setItems([]);
    let live = true;
    const load = () => {
      queued(owner)
        .then((next) => live && setItems(next))
        .catch(() => live && setItems([]));
    };
    load();
    const stop = onQueueChange((emptied) => (emptied ? setItems([]) : load()));
    return () => {
      live = false;
      stop();
    };
  }, [owner]);
  return items;
}
