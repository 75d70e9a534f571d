/**
 * Keeps the dataset in IndexedDB: the fetched file is validated, written in one transaction
 * (skipped when that version is already stored) and read back, so the app renders from what is
 * stored and still works when the network is gone. Without IndexedDB, the validated file is used
 * from memory.
 */
import { parseDataset, validateDataset } from '../domain/validate-dataset';
import type { Dataset } from '../domain/schema';
import type { PledgeDb } from './db';

export type DatasetNotice =
  | { kind: 'noStorage' }
  | { kind: 'storedCopy'; detail: string }
  | { kind: 'refusedUpdate'; detail: string };

export interface LoadedDataset {
  dataset: Dataset;
  /** Where the rendered copy lives. */
  storage: 'indexeddb' | 'memory';
  notices: DatasetNotice[];
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

/** Writes the dataset unless that version is stored already; returns whether it wrote. */
export async function storeDataset(db: PledgeDb, dataset: Dataset): Promise<boolean> {
  return db.transaction('rw', db.meta, db.pledges, async () => {
    const current = await db.meta.get('dataset');
    if (current?.version === dataset.version) return false;
    const { pledges, ...meta } = dataset;
    await db.pledges.clear();
    await db.pledges.bulkPut(pledges.map((pledge, order) => ({ id: pledge.id, order, pledge })));
    await db.meta.put({ key: 'dataset', version: dataset.version, meta });
    return true;
  });
}

/** The stored dataset, re-validated (an older app may have stored another shape), or null. */
export async function readStoredDataset(db: PledgeDb): Promise<Dataset | null> {
  const [row, pledges] = await db.transaction('r', db.meta, db.pledges, () =>
    Promise.all([db.meta.get('dataset'), db.pledges.orderBy('order').toArray()]),
  );
  if (!row) return null;
  const result = validateDataset({ ...row.meta, pledges: pledges.map((p) => p.pledge) });
  return result.ok ? result.dataset : null;
}

export type FetchText = () => Promise<string>;

export async function fetchDatasetText(url: string): Promise<string> {
  const response = await fetch(url, { cache: 'no-cache' });
  if (!response.ok) throw new Error(`HTTP ${response.status}`);
  return response.text();
}

/** Fetch → validate → store → read back, with the fallbacks described above. */
export async function loadDataset(fetchText: FetchText, db: PledgeDb | null): Promise<LoadedDataset> {
  let fresh: Dataset | null = null;
  let failure: DatasetError;
  try {
    const result = parseDataset(await fetchText());
    if (result.ok) fresh = result.dataset;
    failure = new DatasetError('refused', result.ok ? '' : result.message);
  } catch (error) {
    failure = new DatasetError('fetch', error instanceof Error ? error.message : String(error));
  }

  if (db) {
    try {
      if (fresh) await storeDataset(db, fresh);
      const stored = await readStoredDataset(db);
      if (stored) {
        const notices: DatasetNotice[] = fresh
          ? []
          : [{ kind: failure.kind === 'fetch' ? 'storedCopy' : 'refusedUpdate', detail: failure.detail }];
        return { dataset: stored, storage: 'indexeddb', notices };
      }
    } catch {
      // Quota, a closed connection or a broken store: fall through to the in-memory copy.
    }
  }
  if (fresh) return { dataset: fresh, storage: 'memory', notices: db ? [] : [{ kind: 'noStorage' }] };
  throw failure;
}
