/** Names shared by the app and its service worker (`src/sw.ts`). */

/** The one runtime cache that may hold private data: the user's recent check-ins. */
export const JOURNAL_CACHE = 'mentalmuse-journal';
/** How far back check-ins stay readable offline. */
export const OFFLINE_DAYS = 30;
/** The IndexedDB database of the offline queue and the last signed-in user. */
export const OFFLINE_DB = 'mentalmuse-offline';
/** The path whose GET answers the service worker keeps for offline reading. */
export const CHECKINS_PATH = '/api/journal/checkins/';
