/**
 * Logout leaves nothing private on the device: the offline queue and remembered user (IndexedDB)
 * and the service worker's cache of recent check-ins. The precached app shell stays: it holds no
 * one's data.
 */
import { JOURNAL_CACHE } from './names.ts';
import { wipeOfflineStore } from './store.ts';

/** Deletes every private thing kept for offline use. Never throws. */
export async function wipeOfflineData(): Promise<void> {
  await Promise.allSettled([
    wipeOfflineStore(),
    globalThis.caches === undefined ? Promise.resolve(true) : caches.delete(JOURNAL_CACHE),
  ]);
}
