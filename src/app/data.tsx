/**
 * The data every page reads: the dataset (fetched, validated, stored, read back), the live
 * bookmark list, the dataset update history and the storage status. Pages get them through
 * `useAppData()`; nothing else touches storage.
 */
import { createContext, createResource, from, useContext, type Accessor, type ParentProps, type Resource } from 'solid-js';
import { loadDataset, type LoadedDataset } from '../storage/dataset-store';
import { fetchDatasetText } from '../storage/dataset-fetch';
import { listUpdates, type UpdateRow } from '../storage/update-history';
import { requestPersistence, storageStatus, type StorageStatus } from '../storage/persist';
import type { BookmarkRow } from '../storage/bookmarks';
import type { Dataset } from '../domain/schema';
import { DATASET_URL, getBookmarkStore, getDb } from './services';

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

export function AppDataProvider(props: ParentProps) {
  const [loaded] = createResource(async () => loadDataset(() => fetchDatasetText(DATASET_URL), await getDb(), DATASET_URL));
  // Read after the load, which may have just recorded an update.
  const [updates] = createResource(
    () => (loaded.state === 'ready' ? loaded() : undefined),
    async (l) => {
      const db = await getDb();
      if (db) return listUpdates(db).catch(() => []);
      const notice = l.notices.find((n) => n.kind === 'updated');
      return notice ? [notice.update] : [];
    },
  );

  const rows = from<BookmarkRow[]>((set) => {
    let stop: (() => void) | undefined;
    let cancelled = false;
    void getBookmarkStore().then((store) => {
      if (!cancelled) stop = store.observe((r) => set(() => r));
    });
    return () => {
      cancelled = true;
      stop?.();
    };
  });
  const bookmarks = () => rows() ?? [];

  const value: AppData = {
    loaded,
    dataset: () => {
      const l = loaded.state === 'ready' || loaded.state === 'refreshing' ? loaded() : undefined;
      if (!l) throw new Error('dataset read before it was loaded');
      return l.dataset;
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
