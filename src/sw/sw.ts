/**
 * The service worker (built by vite-plugin-pwa's injectManifest into `<base>sw.js`).
 *  - precaches the whole app: shell, every route chunk, both locales, the icons the pages link and
 *    the manifests, so every route opens offline after one visit, in either language;
 *  - serves the current edition and the index of editions network first, keeping the last copy
 *    (see dataset-route.ts); the app keeps every edition in IndexedDB;
 *  - keeps furigana's dictionary and chunk once a reader fetched them (readings-route.ts);
 *  - answers navigations to app routes with the precached shell (shell.html: no prerendered
 *    content, the app renders on the device), never for files;
 *  - waits after an update until the page says SKIP_WAITING (the reader pressed "reload").
 */
/// <reference lib="webworker" />
import { clientsClaim } from 'workbox-core';
import { cleanupOutdatedCaches, createHandlerBoundToURL, precacheAndRoute } from 'workbox-precaching';
import { registerRoute } from 'workbox-routing';
import { datasetHandler, datasetMatcher, keepDatasetFiles } from './dataset-route';
import { readingsHandler, readingsMatcher } from './readings-route';
import { SKIP_WAITING } from './shared';

declare const self: ServiceWorkerGlobalScope & { __WB_MANIFEST: (string | { url: string; revision: string | null })[] };

/** The app's base path: the worker file sits at `<base>sw.js`. */
const base = new URL('./', self.location.href);
const datasetUrls = [new URL('data/pledges.json', base), new URL('data/editions.json', base)];
/** A last path segment with an extension is a file (`/data/pledges.json`, `/sw.js`), not a route. */
const FILE = /\/[^/]*\.[a-z0-9]+$/i;
/** The embeddable cards are plain pages for other sites' frames, not app routes: never the shell. */
const EMBED = /^(?:en\/)?embed\//;

// 1. The dataset, before the precache route so that the precached copy is only a fallback.
for (const url of datasetUrls) registerRoute(datasetMatcher(url), datasetHandler(url));
self.addEventListener('install', (event) => event.waitUntil(keepDatasetFiles(datasetUrls).catch(() => undefined)));

// Furigana's dictionary and chunk, cache first once fetched (not precached: see readings-route.ts).
registerRoute(readingsMatcher(base), readingsHandler);

// 2. The build, cache first (URLs are content-hashed or carry a revision).
precacheAndRoute(self.__WB_MANIFEST);
cleanupOutdatedCaches();

// 3. Navigations to app routes (any path under the base that is not a file): the shell.
const shell = createHandlerBoundToURL(new URL('shell.html', base).href);
registerRoute(
  ({ request, url }) =>
    request.mode === 'navigate' &&
    url.origin === base.origin &&
    url.pathname.startsWith(base.pathname) &&
    !FILE.test(url.pathname) &&
    !EMBED.test(url.pathname.slice(base.pathname.length)),
  shell,
);

/** workbox-window's `messageSkipWaiting()` on the waiting worker, after the reader asked. */
self.addEventListener('message', (event) => {
  if ((event.data as { type?: string } | null)?.type === SKIP_WAITING) void self.skipWaiting();
});

// The first install takes control at once, so one online visit is enough to work offline.
clientsClaim();
