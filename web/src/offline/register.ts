/**
 * Registers the service worker (`/sw.js`, production builds only) with workbox-window and tells
 * listeners when a new version has installed and waits; {@link applyUpdate} lets it take over
 * and reloads the page once it controls it.
 */
import { Workbox } from 'workbox-window';

let workbox: Workbox | null = null;
let waiting = false;
const listeners = new Set<(waiting: boolean) => void>();

/** Registers the worker (no-op in development, tests and browsers without service workers). */
export function registerServiceWorker(): void {
  if (!import.meta.env.PROD || !('serviceWorker' in navigator) || workbox !== null) return;
  workbox = new Workbox('/sw.js', { scope: '/' });
  workbox.addEventListener('waiting', () => {
    waiting = true;
    for (const listener of listeners) listener(true);
  });
  void workbox.register();
}

/** Calls `listener` with whether an update waits (now and on change); returns the unsubscribe. */
export function onUpdateWaiting(listener: (waiting: boolean) => void): () => void {
  listeners.add(listener);
  listener(waiting);
  return () => listeners.delete(listener);
}

/** Activates the waiting version and reloads into it. */
export function applyUpdate(): void {
  if (workbox === null) return;
  workbox.addEventListener('controlling', () => window.location.reload());
  workbox.messageSkipWaiting();
}
