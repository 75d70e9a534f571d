/**
 * The I/O the app's data provider is given: where the dataset comes from and where the reader's
 * things are kept. The browser gets `createBrowserServices` (fetch + IndexedDB, opened once, Dexie
 * and valibot loaded as their own chunks after the first render); tests and the benchmark pass
 * their own, so nothing swaps modules to run the real pages.
 */
import type { PledgeDb } from '../storage/db';
import type { Dataset } from '../domain/schema';
import type { BookmarkStore } from '../storage/bookmarks';
import type { LoadedDataset } from '../storage/dataset-status';
import type { EditionsResult } from '../storage/dataset-store';
import { fetchDatasetText, type FetchedText } from '../storage/dataset-fetch';
import { requestPersistence, storageStatus, type StorageStatus } from '../storage/persist';
import { yieldToMain } from '../util/yield-to-main';

export interface AppServices {
  /** Evaluates the storage code and opens the database, a step per task; the loads below wait for it. */
  warmStorage(): Promise<void>;
  /** Fetch → validate → store → read back (`fetched`: the file as fetched already, not fetched twice). */
  loadDataset(fetched?: FetchedText): Promise<LoadedDataset>;
  /**
   * Every edition of the report series this device holds, oldest first, after fetching those
   * the server lists and the device lacks. `current`: the edition on screen (kept in memory where
   * nothing can be stored).
   */
  loadEditions(current: Dataset): Promise<EditionsResult>;
  bookmarks(): Promise<BookmarkStore>;
  storageStatus(): Promise<StorageStatus>;
  /** `force`: the reader's own button (asks again even if asked before). */
  requestPersistence(force?: boolean): Promise<boolean | null>;
}

export interface BrowserServicesOptions {
  /**
   * The data folder's URL (`<base>data/`): the current edition `pledges.json`, the index
   * `editions.json` and the editions under `editions/`. Fetched at run time (never bundled), so a
   * new report is published without a release.
   */
  dataUrl: string;
  /** IndexedDB database name; the default is the app's (a storage id: never rename it). */
  dbName?: string;
  /**
   * Another tab upgraded the database to a newer schema (a newer app version): this tab's old
   * code must not keep writing, so its connection is closed and this is called (the app reloads).
   */
  onVersionChange?: () => void;
}

export interface BrowserServices extends AppServices {
  /** The open database, or null where IndexedDB is unavailable (tests reach the tables through it). */
  db(): Promise<PledgeDb | null>;
}

export function createBrowserServices(options: BrowserServicesOptions): BrowserServices {
  let db: Promise<PledgeDb | null> | undefined;
  let bookmarks: Promise<BookmarkStore> | undefined;
  const getDb = () => (db ??= import('../storage/db').then(({ openDb }) => openDb({ name: options.dbName, onVersionChange: options.onVersionChange })));
  const getBookmarks = () =>
    (bookmarks ??= Promise.all([getDb(), import('../storage/bookmarks')]).then(([d, m]) => (d ? m.dexieBookmarks(d) : m.memoryBookmarks())));
  return {
    db: getDb,
    async warmStorage() {
      // Evaluating Dexie and the bookmark store, then opening the database: together with the
      // rest of the after-hydration work they made one of a page's longest tasks.
      await Promise.all([import('../storage/db'), import('../storage/bookmarks')]);
      await yieldToMain();
      await getDb();
    },
    async loadDataset(fetched) {
      // Evaluating the loader's chunk (valibot, the schema) is a task of its own too.
      const { loadDataset } = await import('../storage/dataset-store');
      await yieldToMain();
      const d = await getDb();
      const url = `${options.dataUrl}pledges.json`;
      return loadDataset(() => (fetched ? Promise.resolve(fetched) : fetchDatasetText(url)), d, url);
    },
    async loadEditions(current) {
      const { syncEditions } = await import('../storage/dataset-store');
      const d = await getDb();
      return syncEditions(
        { index: () => fetchDatasetText(`${options.dataUrl}editions.json`), edition: (file) => fetchDatasetText(`${options.dataUrl}${file}`) },
        d,
        [current],
      );
    },
    bookmarks: getBookmarks,
    storageStatus,
    requestPersistence,
  };
}
