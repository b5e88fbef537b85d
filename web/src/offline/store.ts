/**
 * The offline store (IndexedDB through `idb`): the queue of check-ins and entries made without a
 * network, each with the `client_id` it will be sent with, and the last signed-in user (so the
 * journal opens offline). Both are wiped at logout ({@link wipeOfflineStore}).
 */
import { type DBSchema, deleteDB, type IDBPDatabase, openDB } from 'idb';
import { OFFLINE_DB } from './names.ts';

/** What kind of item waits. */
export type QueuedKind = 'checkin' | 'entry';

/** A check-in or entry waiting to be sent. */
export interface QueuedItem {
  /** The UUID the server deduplicates on (API.md C4). */
  client_id: string;
  kind: QueuedKind;
  /** The request body, `client_id` included. */
  body: Record<string, unknown>;
  /** When it was made, epoch ms. */
  queued_at: number;
  /** Public id of the user who made it (only they may send it). */
  owner: string;
}

/** The remembered user: enough to show their journal offline. */
export interface RememberedUser {
  id: string;
  [field: string]: unknown;
}

interface OfflineSchema extends DBSchema {
  queue: { key: string; value: QueuedItem; indexes: { queued_at: number } };
  meta: { key: string; value: RememberedUser };
}

let opening: Promise<IDBPDatabase<OfflineSchema>> | null = null;
const listeners = new Set<(emptied: boolean) => void>();

function database(): Promise<IDBPDatabase<OfflineSchema>> {
  if (opening === null) {
    const current: Promise<IDBPDatabase<OfflineSchema>> = openDB<OfflineSchema>(OFFLINE_DB, 1, {
      upgrade(db) {
        db.createObjectStore('queue', { keyPath: 'client_id' }).createIndex('queued_at', 'queued_at');
        db.createObjectStore('meta');
      },
      // A wipe (here or in another tab) wants the database gone: let go of it at once.
      blocking() {
        void current.then((db) => db.close());
        if (opening === current) opening = null;
      },
    });
    opening = current;
  }
  return opening;
}

function changed(emptied = false): void {
  for (const listener of listeners) listener(emptied);
}

/**
 * Calls `listener` whenever the queue changes, with `emptied` true when the store was wiped (a
 * listener must not read it then: that would create the database again). Returns the unsubscribe.
 */
export function onQueueChange(listener: (emptied: boolean) => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Puts an item in the queue. */
export async function enqueue(item: QueuedItem): Promise<void> {
  await (await database()).put('queue', item);
  changed();
}

/** The waiting items of `owner`, oldest first. */
export async function queued(owner: string): Promise<QueuedItem[]> {
  const all = await (await database()).getAllFromIndex('queue', 'queued_at');
  return all.filter((item) => item.owner === owner);
}

/** Removes a sent (or refused) item. */
export async function dequeue(clientId: string): Promise<void> {
  await (await database()).delete('queue', clientId);
  changed();
}

/** Remembers the signed-in user for opening the journal offline. */
export async function rememberUser(user: RememberedUser): Promise<void> {
  await (await database()).put('meta', user, 'user');
}

/** The user remembered by {@link rememberUser}, if any. */
export async function rememberedUser(): Promise<RememberedUser | undefined> {
  return (await database()).get('meta', 'user');
}

/**
 * Deletes the whole offline database (queue and remembered user). The stores are emptied first,
 * so even if another tab keeps the database open (the deletion then waits for it, at most a few
 * seconds here) nothing private is left in it.
 */
export async function wipeOfflineStore(): Promise<void> {
  if (opening !== null) {
    const db = await opening.catch(() => null);
    opening = null;
    if (db !== null) {
      const tx = db.transaction(['queue', 'meta'], 'readwrite');
      await Promise.all([tx.objectStore('queue').clear(), tx.objectStore('meta').clear(), tx.done]);
      db.close();
    }
  }
  changed(true);
  await Promise.race([deleteDB(OFFLINE_DB), new Promise((resolve) => setTimeout(resolve, 3000))]);
}
