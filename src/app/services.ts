/**
 * The I/O the app's data provider is given: where the dataset comes from and where the reader's
 * things are kept. The browser gets `createBrowserServices` (fetch + IndexedDB, opened once, Dexie
 * and valibot loaded as their own chunks after the first render); tests and the benchmark pass
 * their own, so nothing swaps modules to run the real pages.
 */
import type { PledgeDb } from '../storage/db';
import type { Dataset } from '../domain/schema';
import type { BookmarkStore } from '../storage/bookmarks';
import type { MemoryNoteStore, NoteStore } from '../storage/notes';
import type { FlagStore } from '../storage/flags';
import type { BackupStore } from '../storage/backup-store';
import type { LoadedDataset } from '../storage/dataset-status';
import type { EditionsResult } from '../storage/dataset-store';
import { fetchDatasetText, type FetchedText } from '../storage/dataset-fetch';
import { requestPersistence, storageStatus, type StorageStatus } from '../storage/persist';
import { rememberValidated } from '../storage/validated-copy';
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
  /** The member's private notes (never sent anywhere). */
  notes(): Promise<NoteStore>;
  /** What dataset updates changed in bookmarked or annotated pledges. */
  flags(): Promise<FlagStore>;
  /** Everything the member made, as one file (loaded when asked for). */
  backup(): Promise<BackupStore>;
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
  /**
   * The app's version: the dataset file the loader validated and showed is remembered under it,
   * for the next visit's first paint (storage/validated-copy.ts). Absent: nothing is remembered.
   */
  appVersion?: string;
}

export interface BrowserServices extends AppServices {
  /** The open database, or null where IndexedDB is unavailable (tests reach the tables through it). */
  db(): Promise<PledgeDb | null>;
}

export function createBrowserServices(options: BrowserServicesOptions): BrowserServices {
  let db: Promise<PledgeDb | null> | undefined;
  /** `memoryNotes` only without IndexedDB: the backup then merges into the visit's memory. */
  let stores: Promise<{ bookmarks: BookmarkStore; notes: NoteStore; flags: FlagStore; memoryNotes?: MemoryNoteStore }> | undefined;
  let backup: Promise<BackupStore> | undefined;
  const getDb = () => (db ??= import('../storage/db').then(({ openDb }) => openDb({ name: options.dbName, onVersionChange: options.onVersionChange })));
  /** The member's stores: on IndexedDB, or for this visit only in memory where it cannot be opened. */
  const getStores = () =>
    (stores ??= Promise.all([getDb(), import('../storage/bookmarks'), import('../storage/notes'), import('../storage/flags')]).then(([d, b, n, f]) =>
      {
        if (d) return { bookmarks: b.dexieBookmarks(d), notes: n.dexieNotes(d), flags: f.dexieFlags(d) };
        const memoryNotes = n.memoryNotes();
        return { bookmarks: b.memoryBookmarks(), notes: memoryNotes, flags: f.memoryFlags(), memoryNotes };
      },
    ));
  return {
    db: getDb,
    async warmStorage() {
      // Evaluating Dexie and the bookmark store, then opening the database: together with the
      // rest of the after-hydration work they made one of a page's longest tasks.
      await Promise.all([import('../storage/db'), import('../storage/bookmarks'), import('../storage/notes'), import('../storage/flags')]);
      await yieldToMain();
      await getDb();
    },
    async loadDataset(fetched) {
      // Evaluating the loader's chunk (valibot, the schema) is a task of its own too.
      const { loadDataset } = await import('../storage/dataset-store');
      await yieldToMain();
      const d = await getDb();
      const url = `${options.dataUrl}pledges.json`;
      let text: string | undefined;
      const loaded = await loadDataset(
        () => (fetched ? Promise.resolve(fetched) : fetchDatasetText(url)).then((f) => ((text = f.text), f)),
        d,
        url,
      );
      if (loaded.fromFile && text !== undefined && options.appVersion) void rememberValidated(text, options.appVersion);
      return loaded;
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
    bookmarks: () => getStores().then((s) => s.bookmarks),
    notes: () => getStores().then((s) => s.notes),
    flags: () => getStores().then((s) => s.flags),
    backup: () =>
      (backup ??= Promise.all([getDb(), getStores(), import('../storage/backup-store')]).then(([d, s, m]) =>
        s.memoryNotes ? m.memoryBackup(s.bookmarks, s.memoryNotes) : m.dexieBackup(d!),
      )),
    storageStatus,
    requestPersistence,
  };
}
