/**
 * One short message for the whole app, shown at the top of the page (`components/Flash.tsx`):
 * for actions whose subject disappears from the page, such as blocking the author of a post.
 */

/** A flash message. */
export interface FlashMessage {
  /** Increases with every message (so the same text twice is still news). */
  id: number;
  /** The sentence. */
  text: string;
  /** An optional link after it (e.g. where to undo). */
  link?: { to: string; label: string };
  /** Page changes the message stays through (1 when the action itself moves to another page). */
  keep?: number;
}

let current: FlashMessage | null = null;
let counter = 0;
const listeners = new Set<() => void>();

function emit(): void {
  for (const listener of listeners) listener();
}

/** Shows a message (replacing any other). */
export function flash(text: string, link?: FlashMessage['link'], keep = 0): void {
  counter += 1;
  current = { id: counter, text, keep, ...(link ? { link } : {}) };
  emit();
}

/** Removes the message. */
export function clearFlash(): void {
  if (current === null) return;
  current = null;
  emit();
}

/** The message now (for `useSyncExternalStore`). */
export function currentFlash(): FlashMessage | null {
  return current;
}

/** Subscribes to changes (for `useSyncExternalStore`). */
export function subscribeFlash(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
