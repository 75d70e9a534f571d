/**
 * The data every page reads: the dataset (fetched, validated, stored, read back) and the live
 * bookmark list. Pages get them through `useAppData()`; nothing else touches storage.
 */
import { createContext, createResource, from, useContext, type Accessor, type ParentProps, type Resource } from 'solid-js';
import { loadDataset, fetchDatasetText, type LoadedDataset } from '../storage/dataset-store';
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
}

const Ctx = createContext<AppData>();

export function AppDataProvider(props: ParentProps) {
  const [loaded] = createResource(async () => loadDataset(() => fetchDatasetText(DATASET_URL), await getDb()));

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
      return true;
    },
  };
  return <Ctx.Provider value={value}>{props.children}</Ctx.Provider>;
}

export function useAppData(): AppData {
  const ctx = useContext(Ctx);
  if (!ctx) throw new Error('useAppData outside AppDataProvider');
  return ctx;
}
