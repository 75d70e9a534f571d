/**
 * The data every page reads: the dataset (fetched, validated, stored, read back), the live
 * bookmark list, the dataset update history and the storage status. Pages get them through
 * `useAppData()`; nothing else touches storage.
 *
 * A prerendered page starts from `boot.dataset`, the very file the server rendered with (so the
 * first client render matches the HTML); the IndexedDB sync and the bookmarks follow once the
 * page is hydrated. Without it (the service worker's shell, a changed dataset) the loader runs
 * at once, as before. The loader, Dexie and valibot are lazy chunks either way.
 */
import { createContext, createMemo, createResource, createSignal, from, useContext, type Accessor, type ParentProps, type Resource } from 'solid-js';
import { isServer } from 'solid-js/web';
import type { LoadedDataset } from '../storage/dataset-status';
import { fetchDatasetText, type FetchedText } from '../storage/dataset-fetch';
import type { UpdateRow } from '../storage/update-history';
import { requestPersistence, storageStatus, type StorageStatus } from '../storage/persist';
import type { BookmarkRow } from '../storage/bookmarks';
import type { Dataset } from '../domain/schema';
import { yieldToMain } from '../storage/yield';
import { DATASET_URL, getBookmarkStore, getDb } from './services';
import { hydrated } from './hydration';
import { latestLoaded } from './loaded';

/** What index.tsx (or the prerenderer) already has when the app starts. */
export interface Boot {
  /** The dataset file as fetched, handed to the loader instead of fetching it twice. */
  fetched?: FetchedText;
  /** Set when the page hydrates: the dataset the HTML was rendered from. */
  dataset?: Dataset;
}

export interface AppData {
  loaded: Resource<LoadedDataset>;
  /** The dataset once loaded; pages render inside the layout's ready state, so it is set there. */
  dataset: Accessor<Dataset>;
  bookmarks: Accessor<BookmarkRow[]>;
  isBookmarked: (id: string) => boolean;
  toggleBookmark: (id: string) => Promise<boolean>;
  /** Dataset updates received on this device, newest first. */
  updates: Resource<UpdateRow[]>;
  storageStatus: () => Promise<StorageStatus>;
  requestPersistence: () => Promise<boolean | null>;
}

const Ctx = createContext<AppData>();

/**
 * After hydration, IndexedDB one step per task: the storage chunks (Dexie, the bookmark store)
 * are evaluated, then the database is opened (together with the rest of the after-hydration
 * work they made one of the page's longest tasks). The dataset sync and the bookmarks wait for it.
 */
let storage: Promise<unknown> | undefined;
const storageAfterHydration = () =>
  (storage ??= hydrated
    .then(yieldToMain)
    .then(() => Promise.all([import('../storage/db'), import('../storage/bookmarks')]))
    .then(yieldToMain)
    .then(getDb));

async function load(boot: Boot | undefined): Promise<LoadedDataset> {
  if (boot?.dataset) await storageAfterHydration();
  // Evaluating the loader's chunk (valibot, the schema) is a task of its own too.
  const { loadDataset } = await import('../storage/dataset-store');
  await yieldToMain();
  const db = await getDb();
  const fetched = boot?.fetched;
  const l = await loadDataset(() => (fetched ? Promise.resolve(fetched) : fetchDatasetText(DATASET_URL)), db, DATASET_URL);
  // The same report as on screen: keep its objects, so the hydrated DOM is not rebuilt.
  return boot?.dataset && l.dataset.version === boot.dataset.version ? { ...l, dataset: boot.dataset } : l;
}

export function AppDataProvider(props: ParentProps<{ boot?: Boot }>) {
  const boot = props.boot;
  const initial = boot?.dataset;
  // Hydrating: wait until the page is hydrated; the server never loads anything.
  const [start, setStart] = createSignal(!initial && !isServer);
  if (initial && !isServer) void hydrated.then(() => setStart(true));
  const [loaded] = createResource(
    start,
    () => load(boot),
    initial ? { initialValue: { dataset: initial, storage: 'pending', notices: [] } } : {},
  );
  // Read after the load, which may have just recorded an update.
  const [updates] = createResource(
    () => (loaded.state === 'ready' && start() ? loaded() : undefined),
    async (l) => {
      const db = await getDb();
      if (db) {
        const { listUpdates } = await import('../storage/update-history');
        return listUpdates(db).catch(() => []);
      }
      const notice = l.notices.find((n) => n.kind === 'updated');
      return notice ? [notice.update] : [];
    },
  );

  const rows = from<BookmarkRow[]>((set) => {
    let stop: (() => void) | undefined;
    let cancelled = false;
    if (!isServer)
      void storageAfterHydration()
        .then(getBookmarkStore)
        .then((store) => {
          if (!cancelled) stop = store.observe((r) => set(() => r));
        });
    return () => {
      cancelled = true;
      stop?.();
    };
  });
  const bookmarks = () => rows() ?? [];
  // Pages depend on the dataset object only, not on the resource's state: without this memo,
  // starting the IndexedDB sync (state ready → refreshing) and its result (a new LoadedDataset
  // around the same dataset) re-ran every page computation and rebuilt the hydrated lists.
  const current = createMemo(() => latestLoaded(loaded)?.dataset);

  const value: AppData = {
    loaded,
    dataset: () => {
      const d = current();
      if (!d) throw new Error('dataset read before it was loaded');
      return d;
    },
    bookmarks,
    isBookmarked: (id) => bookmarks().some((b) => b.pledgeId === id),
    /** Returns whether the pledge is bookmarked afterwards. */
    async toggleBookmark(id) {
      const store = await getBookmarkStore();
      if (bookmarks().some((b) => b.pledgeId === id)) {
        await store.remove(id);
        return false;
      }
      await store.add(id);
      // The first bookmark is worth keeping: ask the browser not to evict this site's storage.
      void requestPersistence();
      return true;
    },
    updates,
    storageStatus,
    requestPersistence: () => requestPersistence(true),
  };
  return <Ctx.Provider value={value}>{props.children}</Ctx.Provider>;
}

export function useAppData(): AppData {
  const ctx = useContext(Ctx);
  if (!ctx) throw new Error('useAppData outside AppDataProvider');
  return ctx;
}
