/**
 * The page's service worker: offline use (a workshop room without Wi-Fi) and cross-origin isolation on static
 * hosts that cannot send headers. It precaches the page, its scripts, the models and the wasm files on the first
 * visit (vite-plugin-pwa injects the list at build time, see vite.config.ts), serves them from the cache, and adds
 * the isolation headers to what it serves: from the second visit on, the page is isolated and the detector gets
 * its threads (src/ml/backend.ts) whatever the host sends. It fetches nothing the page would not.
 */
import { clientsClaim } from 'workbox-core';
import { addPlugins, cleanupOutdatedCaches, createHandlerBoundToURL, precacheAndRoute } from 'workbox-precaching';
import { NavigationRoute, registerRoute } from 'workbox-routing';
import { CacheFirst } from 'workbox-strategies';
import { ISOLATION_HEADERS } from '../io/isolation-headers';

declare const self: ServiceWorkerGlobalScope & { __WB_MANIFEST: (string | { url: string; revision: string | null })[] };

/**
 * The detector comparison's files (How it works, the test bed): BlazeFace's weights (0.27 MB) and its code chunk
 * (~0.1 MB gzip). Not precached (vite.config.ts leaves them out), so a visitor who never opens the comparison
 * never downloads them; cached the first time the comparison fetches them, so it works offline after one visit
 * with it. Hashed chunk names and weights checked by sha256: a cached copy is never stale.
 */
const COMPARISON_FILES = /\/(models\/blazeface\/[^/]+|assets\/blazeface-detector-[^/]+\.js)$/;

/** A copy of `response` with the isolation headers (a cached response's headers cannot be changed in place). */
function isolated(response: Response): Response {
  // Opaque and error responses have no headers to set, and never are a page or a worker script.
  if (response.type === 'opaque' || response.type === 'opaqueredirect' || response.type === 'error') return response;
  const headers = new Headers(response.headers);
  for (const [name, value] of Object.entries(ISOLATION_HEADERS)) headers.set(name, value);
  return new Response(response.body, { status: response.status, statusText: response.statusText, headers });
}

void self.skipWaiting();
clientsClaim();
cleanupOutdatedCaches();
addPlugins([{ handlerWillRespond: ({ response }) => Promise.resolve(isolated(response)) }]);
precacheAndRoute(self.__WB_MANIFEST);
// Any page URL opens the app from the cache; lab.html (for scripts) is not precached and goes to the network.
registerRoute(new NavigationRoute(createHandlerBoundToURL('index.html'), { denylist: [/lab\.html/] }));
registerRoute(
  ({ url }) => url.origin === self.location.origin && COMPARISON_FILES.test(url.pathname),
  new CacheFirst({ cacheName: 'headcount-comparison' }),
);
