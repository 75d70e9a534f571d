/** The dataset on screen: kept while a newer copy loads (no Suspense fallback), none on error. */
import type { Resource } from 'solid-js';
import type { LoadedDataset } from '../storage/dataset-status';

export function latestLoaded(loaded: Resource<LoadedDataset>): LoadedDataset | undefined {
  return loaded.state === 'errored' ? undefined : loaded.latest;
}
