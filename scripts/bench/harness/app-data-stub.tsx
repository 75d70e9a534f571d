/**
 * Stands in for `src/app/data.tsx` inside the bench page only (swapped in by the harness build):
 * the real provider loads `data/pledges.json` through `parseDataset`, whose 5 MB limit refuses
 * the 60 MB synthetic file on purpose. The bench runs the same pipeline steps itself (fetch,
 * JSON.parse, validateDataset, storeDataset, readStoredDataset) and hands the result to the
 * real pages through this stub. Typed against the real `AppData`, so an interface change there
 * fails the typecheck here.
 */
import { createResource, createRoot, createSignal, type ParentProps } from 'solid-js';
import type { AppData } from '../../../src/app/data.tsx';
import type { Dataset } from '../../../src/domain/schema.ts';
import type { LoadedDataset } from '../../../src/storage/dataset-store.ts';

const [dataset, setDataset] = createRoot(() => createSignal<Dataset | null>(null));

export function setBenchDataset(d: Dataset): void {
  setDataset(() => d);
}

const value: AppData = createRoot(() => {
  const [loaded] = createResource(dataset, (d): LoadedDataset => ({ dataset: d, storage: 'indexeddb', notices: [] }));
  const [updates] = createResource(async () => []);
  return {
    loaded,
    dataset: () => {
      const d = dataset();
      if (!d) throw new Error('dataset read before it was loaded');
      return d;
    },
    bookmarks: () => [],
    isBookmarked: () => false,
    toggleBookmark: async () => false,
    updates,
    storageStatus: async () => ({ persisted: null, usage: null, quota: null }),
    requestPersistence: async () => null,
  };
});

export function useAppData(): AppData {
  return value;
}

export function AppDataProvider(props: ParentProps) {
  return <>{props.children}</>;
}
