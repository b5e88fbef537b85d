/// <reference lib="webworker" />
/**
 * The service worker (built by vite-plugin-pwa's injectManifest into `/sw.js`): precaches the app
 * shell and static assets (versioned: a new build installs beside the old one and waits until the
 * page says "reload"), answers every page navigation with the precached shell so the app — the
 * crisis page included — opens with no network, and never caches an API answer except one: the
 * user's own check-ins list (`GET /api/journal/checkins/`), network first, trimmed to the last
 * 30 days before it is stored. The page deletes that cache at logout (see `offline/wipe.ts`).
 */

import { ExpirationPlugin } from 'workbox-expiration';
import { cleanupOutdatedCaches, createHandlerBoundToURL, precacheAndRoute } from 'workbox-precaching';
import { NavigationRoute, registerRoute } from 'workbox-routing';
import { NetworkFirst } from 'workbox-strategies';
import { CHECKINS_PATH, JOURNAL_CACHE, OFFLINE_DAYS } from './offline/names.ts';

declare let self: ServiceWorkerGlobalScope;

precacheAndRoute(self.__WB_MANIFEST);
cleanupOutdatedCaches();

registerRoute(
  new NavigationRoute(createHandlerBoundToURL('/index.html'), {
    denylist: [/^\/api\//, /^\/media\//, /^\/\.well-known\//, /^\/metrics/],
  }),
);

/** Keeps only check-ins that occurred in the last {@link OFFLINE_DAYS} days in a stored answer. */
const recentOnly = {
  cacheWillUpdate: async ({ response }: { response: Response }): Promise<Response | null> => {
    if (response.status !== 200) return null;
    const page = (await response.clone().json()) as { results?: { occurred_at: string }[] };
    if (!Array.isArray(page.results)) return null;
    const since = Date.now() - OFFLINE_DAYS * 86_400_000;
    const results = page.results.filter((c) => Date.parse(c.occurred_at) >= since);
    // The offline copy is a snapshot of what was kept: its count and paging say so.
    const trimmed = results.length < page.results.length;
    const body = trimmed ? { ...page, results, count: results.length, next: null } : page;
    return new Response(JSON.stringify(body), {
      status: 200,
      headers: { 'content-type': 'application/json' },
    });
  },
};

registerRoute(
  ({ url, request }) =>
    request.method === 'GET' && url.origin === self.location.origin && url.pathname === CHECKINS_PATH,
  new NetworkFirst({
    cacheName: JOURNAL_CACHE,
    networkTimeoutSeconds: 8,
    plugins: [recentOnly, new ExpirationPlugin({ maxEntries: 30, maxAgeSeconds: OFFLINE_DAYS * 86_400 })],
  }),
);

// The first version controls the open page at once (so its check-ins are kept for offline
// reading); later versions wait for "reload" (skipWaiting below), then take over.
self.addEventListener('activate', (event) => event.waitUntil(self.clients.claim()));

self.addEventListener('message', (event) => {
  if ((event.data as { type?: string } | null)?.type === 'SKIP_WAITING') void self.skipWaiting();
});
