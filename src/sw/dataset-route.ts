/**
 * The dataset route: network first with a short timeout, then the copy precached with the app,
 * marked `X-Dataset-Source: precache` so the page can prefer what IndexedDB holds over it.
 * Registered before the precache route, so the precached file never shadows the server's copy.
 */
import { matchPrecache } from 'workbox-precaching';
import type { RouteHandlerCallback, RouteMatchCallback } from 'workbox-core';
import { PRECACHE_SOURCE, SOURCE_HEADER } from './shared';

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

export function datasetHandler(datasetUrl: URL): RouteHandlerCallback {
  return async ({ request }) => {
    try {
      const response = await fetchWithTimeout(request as Request, NETWORK_TIMEOUT_MS);
      // A server error is the server's answer; the page decides what to do with it.
      return response;
    } catch {
      const cached = await matchPrecache(datasetUrl.href);
      if (!cached) return Response.error();
      const headers = new Headers(cached.headers);
      headers.set(SOURCE_HEADER, PRECACHE_SOURCE);
      return new Response(cached.body, { status: cached.status, statusText: cached.statusText, headers });
    }
  };
}
