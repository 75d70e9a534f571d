/**
 * Fetches the dataset file network-first with a short timeout. Through the service worker, a
 * failed network answer comes back as the copy precached with the app, marked as such, so the
 * caller can prefer what IndexedDB holds (src/sw/dataset-route.ts).
 */
import type { DatasetSource } from '../domain/dataset-version';
import { PRECACHE_SOURCE, SOURCE_HEADER } from '../sw/shared';

export interface FetchedText {
  text: string;
  source: DatasetSource;
}

/** Longer than the worker's own network timeout, so the worker's fallback arrives first. */
export const FETCH_TIMEOUT_MS = 7000;

export async function fetchDatasetText(url: string, timeoutMs = FETCH_TIMEOUT_MS): Promise<FetchedText> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), timeoutMs);
  try {
    const response = await fetch(url, { cache: 'no-cache', signal: controller.signal });
    if (!response.ok) throw new Error(`HTTP ${response.status}`);
    const source: DatasetSource = response.headers.get(SOURCE_HEADER) === PRECACHE_SOURCE ? 'precache' : 'network';
    return { text: await response.text(), source };
  } catch (error) {
    if (controller.signal.aborted) throw new Error(`no answer within ${timeoutMs / 1000} s`);
    throw error;
  } finally {
    clearTimeout(timer);
  }
}
