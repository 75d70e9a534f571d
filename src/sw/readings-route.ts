/**
 * Furigana's files: its readings dictionary (`readings/ja.<hash>.json`) and its lazy chunk
 * (`assets/furigana-load-<hash>.js` and `.css`). None is precached: only readers who switch
 * furigana on need them, and the precache is every device's download. Once fetched they are kept
 * here, cache first; their names change with their content, so a kept copy is never stale, and
 * keeping a new version of a file drops the older ones.
 */
import type { RouteHandlerCallback, RouteMatchCallback } from 'workbox-core';

/**
 * The cache furigana's files are kept in (the worker's route and the page both fill it). Here,
 * not in shared.ts, so that only furigana's lazy chunk carries it, not every page's entry.
 */
export const READINGS_CACHE = 'bibai-readings';

/** One pattern per file: a new version replaces the old one of the same pattern. */
export const FURIGANA_FILES = [/\/readings\/ja\.[0-9a-f]+\.json$/, /\/assets\/furigana-load-[\w-]+\.js$/, /\/assets\/furigana-load-[\w-]+\.css$/];

const kindOf = (pathname: string) => FURIGANA_FILES.findIndex((re) => re.test(pathname));

export function readingsMatcher(base: URL): RouteMatchCallback {
  return ({ url, request }) => request.method === 'GET' && url.origin === base.origin && url.pathname.startsWith(base.pathname) && kindOf(url.pathname) >= 0;
}

export const readingsHandler: RouteHandlerCallback = async ({ request }) => {
  const cache = await caches.open(READINGS_CACHE);
  const url = new URL(request.url);
  const cached = await cache.match(url.href, { ignoreSearch: true });
  if (cached) return cached;
  const response = await fetch(request);
  if (response.ok) {
    const kind = kindOf(url.pathname);
    for (const old of await cache.keys()) {
      const path = new URL(old.url).pathname;
      if (path !== url.pathname && kindOf(path) === kind) await cache.delete(old);
    }
    await cache.put(url.href, response.clone());
  }
  return response;
};
