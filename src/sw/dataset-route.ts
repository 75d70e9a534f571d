/**
 * The dataset's files (the current edition and the index of editions): network first with a
 * short timeout. Each answer from the network is kept in a cache of its own, and when the network
 * fails that copy answers, marked `X-Dataset-Source: precache` so the page prefers what IndexedDB
 * holds over it. Kept at run time rather than precached: the page fetches these files on its first
 * visit anyway, so keeping them costs no second download. Registered before the precache route.
 */
import { matchPrecache } from 'workbox-precaching';
import type { RouteHandlerCallback, RouteMatchCallback } from 'workbox-core';
import { DATASET_CACHE, PRECACHE_SOURCE, SOURCE_HEADER } from './shared';

/** Shorter than the page's own timeout, so the page gets the fallback rather than giving up. */
export const NETWORK_TIMEOUT_MS = 4000;

export function datasetMatcher(datasetUrl: URL): RouteMatchCallback {
  return ({ url, request }) => request.method === 'GET' && url.origin === datasetUrl.origin && url.pathname === datasetUrl.pathname;
}

async function fetchWithTimeout(request: Request, ms: number): Promise<Response> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), ms);
  try {
    // A new Request carries our signal; the page's cache mode (no-cache) is kept. A navigation
    // request cannot be copied with options, so opening the file directly fetches it by URL.
    const copy =
      request.mode === 'navigate'
        ? new Request(request.url, { signal: controller.signal, cache: 'no-cache' })
        : new Request(request, { signal: controller.signal });
    return await fetch(copy);
  } finally {
    clearTimeout(timer);
  }
}

/** The last copy the network gave, or one precached by an earlier version of the app. */
async function fallback(datasetUrl: URL): Promise<Response | undefined> {
  const cache = await caches.open(DATASET_CACHE);
  return (await cache.match(datasetUrl.href)) ?? (await matchPrecache(datasetUrl.href));
}

/**
 * At install, keeps the dataset's files the page has just fetched (the browser's HTTP cache
 * answers, or the server confirms them unchanged): the first visit's page fetched them before this
 * worker controlled it. Best effort: without them the app still reads IndexedDB.
 */
export async function keepDatasetFiles(urls: readonly URL[]): Promise<void> {
  const cache = await caches.open(DATASET_CACHE);
  await Promise.all(
    urls.map(async (url) => {
      if (await cache.match(url.href)) return;
      const response = await fetch(url.href).catch(() => undefined);
      if (response?.ok) await cache.put(url.href, response);
    }),
  );
}

export function datasetHandler(datasetUrl: URL): RouteHandlerCallback {
  return async ({ request, event }) => {
    try {
      const response = await fetchWithTimeout(request as Request, NETWORK_TIMEOUT_MS);
      // A server error is the server's answer; the page decides what to do with it.
      if (response.ok) {
        const keep = caches.open(DATASET_CACHE).then((cache) => cache.put(datasetUrl.href, response.clone()));
        (event as ExtendableEvent | undefined)?.waitUntil(keep.catch(() => undefined));
      }
      return response;
    } catch {
      const cached = await fallback(datasetUrl);
      if (!cached) return Response.error();
      const headers = new Headers(cached.headers);
      headers.set(SOURCE_HEADER, PRECACHE_SOURCE);
      return new Response(cached.body, { status: cached.status, statusText: cached.statusText, headers });
    }
  };
}
