/**
 * The bench page: runs the app's own code (the pure filter/search functions, the IndexedDB
 * store, the real list page) on synthetic datasets, in real Chromium, while the bench throttles
 * the CPU. Each function returns plain numbers; scripts/bench/scale.ts drives them.
 */
import { render } from 'solid-js/web';
import { MemoryRouter, Route, createMemoryHistory } from '@solidjs/router';
import '../../../src/i18n/index.ts';
import '../../../src/styles/main.css';
import PledgeList from '../../../src/pages/PledgeList.tsx';
import { applyFilter, createCatalog, facetCounts, EMPTY_FILTER, type FilterState } from '../../../src/domain/filter.ts';
import { AppDataProvider } from '../../../src/app/data.tsx';
import type { AppServices } from '../../../src/app/services.ts';
import { memoryBookmarks } from '../../../src/storage/bookmarks.ts';
import { memoryNotes } from '../../../src/storage/notes.ts';
import { memoryFlags } from '../../../src/storage/flags.ts';
import { memoryBackup } from '../../../src/storage/backup-store.ts';
import { parseDataset, validateDataset } from '../../../src/domain/validate-dataset.ts';
import type { Dataset } from '../../../src/domain/schema.ts';
import { openDb } from '../../../src/storage/db.ts';
import { readCurrentEdition, storeEdition } from '../../../src/storage/dataset-store.ts';
import { syntheticDataset } from '../synthetic.ts';

const DB_NAME = 'bibai-bench';

let real: Dataset | null = null;
let current: Dataset | null = null;
let dispose: (() => void) | null = null;

/** Resolves after the next frame has been produced (rAF runs before paint; the task after it runs after). */
const nextPaint = () => new Promise<void>((ok) => requestAnimationFrame(() => setTimeout(ok, 0)));

async function loadReal(): Promise<Dataset> {
  if (real) return real;
  const text = await (await fetch('/data/pledges.json', { cache: 'no-cache' })).text();
  const result = parseDataset(text);
  if (!result.ok) throw new Error(`real dataset refused: ${result.message}`);
  real = result.dataset;
  return real;
}

function deleteDb(): Promise<void> {
  return new Promise((ok, fail) => {
    const req = indexedDB.deleteDatabase(DB_NAME);
    req.onsuccess = () => ok();
    req.onerror = () => fail(req.error ?? new Error(`cannot delete ${DB_NAME}`));
    req.onblocked = () => ok();
  });
}

/**
 * The app's data provider on the bench's own services: the real loader's 5 MB limit refuses the
 * 60 MB synthetic file on purpose, so the bench runs the loader's steps itself (fetch, JSON.parse,
 * validateDataset, storeEdition, readCurrentEdition) and hands the result to the real pages here.
 */
function benchServices(dataset: Dataset): AppServices {
  const bookmarks = memoryBookmarks();
  const notes = memoryNotes();
  return {
    warmStorage: async () => {},
    loadDataset: async () => ({ dataset, storage: 'indexeddb', notices: [] }),
    loadEditions: async () => ({ editions: [dataset], missing: [] }),
    bookmarks: async () => bookmarks,
    notes: async () => notes,
    flags: async () => memoryFlags(),
    backup: async () => memoryBackup(bookmarks, notes),
    storageStatus: async () => ({ persisted: null, usage: null, quota: null }),
    requestPersistence: async () => null,
  };
}

function mountList(dataset: Dataset): void {
  unmount();
  const history = createMemoryHistory();
  history.set({ value: '/pledges', replace: true, scroll: false });
  const root = document.getElementById('root')!;
  dispose = render(
    () => (
      <AppDataProvider services={benchServices(dataset)} boot={{ dataset }}>
        <MemoryRouter history={history}>
          <Route path="/pledges" component={PledgeList} />
        </MemoryRouter>
      </AppDataProvider>
    ),
    root,
  );
}

function unmount(): void {
  dispose?.();
  dispose = null;
  window.scrollTo(0, 0);
}

/** Waits until the list shows `count` items (rendering may be incremental or virtual). */
async function untilListed(timeoutMs = 120_000): Promise<void> {
  const start = performance.now();
  while (!document.querySelector('[data-testid="pledge-item"]')) {
    if (performance.now() - start > timeoutMs) throw new Error('the list never rendered');
    await nextPaint();
  }
  await nextPaint();
}

export interface LoadStages {
  bytes: number;
  fetchMs: number;
  parseMs: number;
  validateMs: number;
  storeMs: number;
  readBackMs: number;
  renderMs: number;
  totalMs: number;
  /** List items in the DOM after the first render. */
  renderedItems: number;
}

/**
 * First load of a dataset into an empty IndexedDB, the steps of `loadDataset` in order, each
 * timed: fetch → JSON.parse → validate → store → read back (only when the store kept an older
 * copy, as in `loadDataset`; 0 on a first load) → first list render.
 * `parseDataset`'s size gate is the one step left out (see the stub's comment).
 */
async function idbFirstLoad(url: string): Promise<LoadStages> {
  unmount();
  await deleteDb();
  const t0 = performance.now();
  const text = await (await fetch(url, { cache: 'no-cache' })).text();
  const t1 = performance.now();
  const json: unknown = JSON.parse(text);
  const t2 = performance.now();
  const result = validateDataset(json);
  if (!result.ok) throw new Error(`synthetic dataset refused: ${result.message}`);
  const t3 = performance.now();
  const db = await openDb({ name: DB_NAME, timeoutMs: 60_000 });
  if (!db) throw new Error('IndexedDB unavailable');
  const { newest: written } = await storeEdition(db, result.dataset);
  const t4 = performance.now();
  // As loadDataset: what was just written is used as is; only a kept copy is read back.
  const stored = written ?? (await readCurrentEdition(db));
  if (!stored) throw new Error('stored dataset did not read back');
  const t5 = performance.now();
  mountList(stored);
  await untilListed();
  const t6 = performance.now();
  db.close();
  current = stored;
  return {
    bytes: new Blob([text]).size,
    fetchMs: t1 - t0,
    parseMs: t2 - t1,
    validateMs: t3 - t2,
    storeMs: t4 - t3,
    readBackMs: t5 - t4,
    renderMs: t6 - t5,
    totalMs: t6 - t0,
    renderedItems: document.querySelectorAll('[data-testid="pledge-item"]').length,
  };
}

/**
 * Builds the synthetic dataset in the page. Each pledge goes through JSON once so its strings
 * are its own, as they are after parsing a downloaded file (otherwise every copy would share the
 * real pledge's strings and the memory figure would be far too kind).
 */
async function generate(count: number): Promise<number> {
  unmount();
  current = null;
  const base = await loadReal();
  const t0 = performance.now();
  const fresh = syntheticDataset(base, count);
  fresh.pledges = fresh.pledges.map((p) => JSON.parse(JSON.stringify(p)) as typeof p);
  current = fresh;
  return performance.now() - t0;
}

/** The loader's validation of the current dataset (the bench throttles the CPU around it). */
function validateCurrent(): number {
  if (!current) throw new Error('no dataset');
  const t0 = performance.now();
  const result = validateDataset(current);
  if (!result.ok) throw new Error(`synthetic dataset refused: ${result.message}`);
  current = result.dataset;
  return performance.now() - t0;
}

export interface SearchTimings {
  /** The first keystroke folds every text of every pledge once (then cached). */
  coldMs: number;
  /** One entry per keystroke or facet change: applyFilter + facetCounts, as the list page runs them. */
  samples: number[];
  results: number;
}

/**
 * Filter + search timings with the app's pure functions, one measurement per character typed
 * (what the list page computes on each input event), then a few facet changes.
 */
function searchTimings(queries: string[]): SearchTimings {
  if (!current) throw new Error('no dataset');
  // One catalog per dataset, as the app's data provider makes it; its index builds on first use.
  const catalog = createCatalog(current.pledges);
  const run = (state: FilterState) => {
    const t0 = performance.now();
    const results = applyFilter(catalog, state);
    facetCounts(catalog, state);
    return { ms: performance.now() - t0, n: results.length };
  };
  const coldMs = run({ ...EMPTY_FILTER, q: queries[0]!.slice(0, 1) }).ms;
  const samples: number[] = [];
  let results = 0;
  for (const q of queries) {
    for (let i = 1; i <= q.length; i++) {
      const r = run({ ...EMPTY_FILTER, q: q.slice(0, i) });
      samples.push(r.ms);
      results += r.n;
    }
  }
  const dept = current.departments[0]!.ja;
  const facetStates: FilterState[] = [
    { ...EMPTY_FILTER, status: ['delayed'] },
    { ...EMPTY_FILTER, status: ['delayed', 'not-started'] },
    { ...EMPTY_FILTER, policy: [1] },
    { ...EMPTY_FILTER, policy: [1], dept: [dept] },
    { ...EMPTY_FILTER, policy: [1], dept: [dept], q: '子育て' },
    { ...EMPTY_FILTER, status: ['on-track'], q: '除雪' },
  ];
  for (const s of facetStates) samples.push(run(s).ms);
  return { coldMs, samples, results };
}

async function showList(): Promise<{ renderMs: number; renderedItems: number }> {
  if (!current) throw new Error('no dataset');
  const t0 = performance.now();
  mountList(current);
  await untilListed();
  return { renderMs: performance.now() - t0, renderedItems: document.querySelectorAll('[data-testid="pledge-item"]').length };
}

/**
 * Types into the real page's search box one character at a time and times each keystroke
 * from the input event to the frame that shows its result (the list page filters, the router
 * updates the URL, Solid updates the DOM, the browser lays out and paints).
 */
async function typeOnPage(queries: string[]): Promise<number[]> {
  const input = document.querySelector<HTMLInputElement>('input[type="search"]');
  const results = document.querySelector('.results');
  if (!input || !results) throw new Error('list page not mounted');
  const samples: number[] = [];
  for (const q of [...queries, '']) {
    const steps = q ? Array.from({ length: q.length }, (_, i) => q.slice(0, i + 1)) : [''];
    for (const value of steps) {
      const changed = new Promise<void>((ok) => {
        const observer = new MutationObserver(() => {
          observer.disconnect();
          ok();
        });
        observer.observe(results, { subtree: true, childList: true, characterData: true, attributes: true });
        setTimeout(() => {
          observer.disconnect();
          ok();
        }, 5000);
      });
      const t0 = performance.now();
      input.value = value;
      input.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertText', data: value.slice(-1) }));
      await changed;
      await nextPaint();
      samples.push(performance.now() - t0);
    }
  }
  return samples;
}

/**
 * Scrolls the page from the top through the list, one step per frame, and records the time
 * between frames: what a reader flicking through the list sees as smooth or janky.
 */
async function scrollFrames(frames: number, stepPx: number): Promise<number[]> {
  window.scrollTo(0, 0);
  await nextPaint();
  const deltas: number[] = [];
  let last = performance.now();
  for (let i = 0; i < frames; i++) {
    await new Promise<void>((ok) =>
      requestAnimationFrame((now) => {
        deltas.push(now - last);
        last = now;
        window.scrollBy(0, stepPx);
        ok();
      }),
    );
  }
  return deltas.slice(1);
}

const bench = { loadReal: async () => (await loadReal()).pledges.length, idbFirstLoad, generate, validateCurrent, searchTimings, showList, typeOnPage, scrollFrames, unmount };
export type Bench = typeof bench;
(window as unknown as { bench: Bench }).bench = bench;
document.documentElement.dataset.benchReady = 'true';
