/**
 * The dataset file this device last validated and showed, remembered by its SHA-256 and this
 * app's version, and read back from the worker's cache of the dataset: a returning visit through
 * the worker's shell paints from it at once, without waiting for the network, Dexie or the
 * schema (they follow after the first render, as on a prerendered page, and an update arrives
 * with its notice). Any other bytes fail the check — a file the loader refused, a newer report
 * the worker fetched since, another app version's rules — and the page loads the long way.
 */
import type { Dataset } from '../domain/schema';
import { DATASET_CACHE } from '../sw/shared';
import { sha256Hex } from '../util/sha256';
import { STORAGE_KEYS, readPref, writePref } from './preferences';

const mark = (version: string, hash: string) => `${version} ${hash}`;

/** Remembers `text` as validated by this app version (the loader has just shown it). */
export async function rememberValidated(text: string, appVersion: string): Promise<void> {
  const hash = await sha256Hex(text);
  if (hash) writePref(STORAGE_KEYS.validatedDataset, mark(appVersion, hash));
}

/**
 * The worker's copy of `url`, parsed, if it is the very file this app version validated last;
 * undefined otherwise (nothing remembered, no worker cache, other bytes).
 */
export async function readValidatedCopy(url: string, appVersion: string): Promise<Dataset | undefined> {
  const remembered = readPref(STORAGE_KEYS.validatedDataset);
  if (!remembered?.startsWith(`${appVersion} `) || !globalThis.caches) return undefined;
  const response = await (await caches.open(DATASET_CACHE)).match(new URL(url, location.href).href);
  if (!response?.ok) return undefined;
  const text = await response.text();
  const hash = await sha256Hex(text);
  return hash && mark(appVersion, hash) === remembered ? (JSON.parse(text) as Dataset) : undefined;
}
