/**
 * What loading the dataset can end in, apart from the loader (dataset-store.ts) so that the
 * layout can name the outcome without pulling the loader, Dexie and valibot into the entry chunk.
 */
import type { Dataset } from '../domain/schema';
import type { ChangeList } from '../domain/change-list';

/** A newer report arrived on this visit: from which edition to which, and what changed. */
export interface DatasetUpdate {
  /** Milliseconds since the epoch. */
  at: number;
  from: { version: string; asOf: string };
  to: { version: string; asOf: string };
  changes: ChangeList;
}

export type DatasetNotice =
  | { kind: 'noStorage' }
  | { kind: 'storedCopy'; detail: string }
  | { kind: 'offlineCopy' }
  | { kind: 'refusedUpdate'; detail: string }
  | { kind: 'updated'; update: DatasetUpdate }
  | { kind: 'quota' };

export interface LoadedDataset {
  dataset: Dataset;
  /** Where the rendered copy lives; `pending` on a prerendered page until IndexedDB is read. */
  storage: 'indexeddb' | 'memory' | 'pending';
  notices: DatasetNotice[];
  /** The dataset shown is the file just fetched, validated (not an older or newer stored copy). */
  fromFile?: boolean;
}

/** Why no dataset can be shown at all. */
export class DatasetError extends Error {
  constructor(
    readonly kind: 'fetch' | 'refused',
    readonly detail: string,
  ) {
    super(detail);
  }
}

