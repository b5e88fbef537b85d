/**
 * Drafts of unsent writing (posts, comments, journal entries) kept in this browser's
 * `localStorage`, one per signed-in member and place, so a tap on "Need help now?", a reload or
 * an ended session never loses someone's words. Sending clears a draft; logging out clears them all.
 * Only text people typed is stored here — never tokens.
 */

const PREFIX = 'mentalmuse.draft.';

function storage(): Storage | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    return null;
  }
}

/** The storage key of a member's draft for a place such as `post:new` or `comment:<post id>`. */
export function draftKey(userId: string, place: string): string {
  return `${PREFIX}${userId}.${place}`;
}

/** The saved draft, or null when there is none (or storage is unavailable or holds garbage). */
export function loadDraft<T>(key: string): T | null {
  const raw = storage()?.getItem(key);
  if (raw === null || raw === undefined) return null;
  try {
    return JSON.parse(raw) as T;
  } catch {
    return null;
  }
}

/** Saves a draft; a full or refused storage is ignored (the words stay on screen). */
export function saveDraft(key: string, value: unknown): void {
  try {
    storage()?.setItem(key, JSON.stringify(value));
  } catch {}
}

/** Forgets one draft (after it was sent or deliberately discarded). */
export function clearDraft(key: string): void {
  storage()?.removeItem(key);
}

/** Forgets every draft on this device (on logout). */
export function clearAllDrafts(): void {
  const store = storage();
  if (store === null) return;
  const keys: string[] = [];
  for (let i = 0; i < store.length; i += 1) {
    const key = store.key(i);
    if (key?.startsWith(PREFIX)) keys.push(key);
  }
  for (const key of keys) store.removeItem(key);
}
