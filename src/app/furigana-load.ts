/**
 * Furigana's lazy chunk: loaded only once the reader switches furigana on (or has it on). Fetches
 * the readings dictionary (content-hashed; the service worker keeps it once fetched, so it works
 * offline after one online use) and runs the annotator (furigana-dom.ts) on the page.
 */
import url from 'virtual:readings-url';
import { readingsFrom, type Readings, type ReadingsFile } from '../domain/furigana';
import { createAnnotator, type Annotator } from './furigana-dom';
import { READINGS_CACHE } from '../sw/readings-route';
import '../styles/furigana.css';

let readings: Promise<Readings> | undefined;
let annotator: Annotator | undefined;
let wanted = false;

function load(): Promise<Readings> {
  readings ??= fetch(url)
    .then((res) => {
      if (!res.ok) throw new Error(`${url}: HTTP ${res.status}`);
      // Kept by the page too: the first switch-on may come before the worker controls the page,
      // and the worker's route (src/sw/readings-route.ts) answers from this cache offline.
      if (typeof caches !== 'undefined') {
        const copy = res.clone();
        // This chunk and its stylesheet too (not precached either): offline, the worker finds them here.
        const chunk = [import.meta.url, ...[...document.querySelectorAll<HTMLLinkElement>('link[rel="stylesheet"][href*="/furigana-load-"]')].map((l) => l.href)];
        void caches
          .open(READINGS_CACHE)
          .then(async (c) => {
            await c.put(url, copy);
            for (const file of chunk) if (!(await c.match(file))) await c.add(file);
          })
          .catch(() => undefined);
      }
      return res.json() as Promise<ReadingsFile>;
    })
    .then(readingsFrom)
    .catch((error: unknown) => {
      // A later attempt (back online) fetches again.
      readings = undefined;
      throw error;
    });
  return readings;
}

/** Switches the page's furigana on or off; the last call wins, whatever finishes loading first. */
export async function setFuriganaShown(on: boolean): Promise<void> {
  wanted = on;
  if (!on) {
    annotator?.stop();
    delete document.documentElement.dataset.furigana;
    return;
  }
  const r = await load();
  if (!wanted) return;
  annotator ??= createAnnotator(document.body, r);
  document.documentElement.dataset.furigana = 'on';
  annotator.start();
}
