/**
 * Keeps the dataset in IndexedDB. The fetched file is validated, compared with the stored
 * version, and written in one transaction together with the record of what changed; the app
 * renders from what is stored and still works when the network is gone. Order of fallbacks:
 * the server's copy, then IndexedDB, then the copy precached with the app (from memory).
 */
import { parseDataset, validateDataset } from '../domain/validate-dataset';
import { decideUpdate, type DatasetSource, type Decision } from '../domain/dataset-version';
import { diffDatasets } from '../domain/dataset-changes';
import type { Dataset } from '../domain/schema';
import type { PledgeDb, UpdateRow } from './db';
import type { FetchedText } from './dataset-fetch';
import { isQuotaError } from './quota';
import { DatasetError, type DatasetNotice, type LoadedDataset } from './dataset-status';

export { DatasetError, type DatasetNotice, type LoadedDataset } from './dataset-status';

export interface StoreResult {
  decision: Decision;
  /** Set when a stored dataset was replaced by a newer one. */
  update: UpdateRow | null;
}

/**
 * Stores `dataset` if `decideUpdate` says so, in one transaction: the pledges, the metadata and
 * the update record land together or not at all (a failure half-way, e.g. the quota, leaves the
 * old dataset exactly as it was).
 */
export async function storeDataset(db: PledgeDb, dataset: Dataset, source: DatasetSource = 'network', now = Date.now()): Promise<StoreResult> {
  return db.transaction('rw', db.meta, db.pledges, db.updates, async () => {
    const current = await db.meta.get('dataset');
    const stored = current ? await readStoredDataset(db) : null;
    const decision = decideUpdate(stored && current ? { version: current.version, asOf: current.meta.asOf } : null, dataset, source);
    if (decision === 'keep') return { decision, update: null };
    const { pledges, ...meta } = dataset;
    await db.pledges.clear();
    await db.pledges.bulkPut(pledges.map((pledge, order) => ({ id: pledge.id, order, pledge })));
    await db.meta.put({ key: 'dataset', version: dataset.version, meta });
    let update: UpdateRow | null = null;
    if (decision === 'replace' && stored) {
      update = {
        at: now,
        from: { version: stored.version, asOf: stored.asOf },
        to: { version: dataset.version, asOf: dataset.asOf },
        changes: diffDatasets(stored, dataset),
      };
      update.id = await db.updates.add(update);
    }
    return { decision, update };
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

/** A plain string is the server's answer (tests and callers without a service worker). */
export type FetchText = () => Promise<string | FetchedText>;

/** Fetch → validate → compare → store → read back, with the fallbacks described above. */
export async function loadDataset(fetchText: FetchText, db: PledgeDb | null, datasetUrl = 'data/pledges.json'): Promise<LoadedDataset> {
  let candidate: { dataset: Dataset; source: DatasetSource } | null = null;
  let failure: DatasetError;
  try {
    const got = await fetchText();
    const { text, source } = typeof got === 'string' ? { text: got, source: 'network' as const } : got;
    const result = parseDataset(text);
    if (result.ok) candidate = { dataset: result.dataset, source };
    else console.error(`[dataset] refused ${datasetUrl}:\n  ${result.problems.map((p) => `${p.path}: ${p.message}`).join('\n  ')}`);
    failure = new DatasetError('refused', result.ok ? '' : result.message);
  } catch (error) {
    failure = new DatasetError('fetch', error instanceof Error ? error.message : String(error));
  }
  const fresh = candidate?.source === 'network' ? candidate : null;
  let quota = false;

  if (db) {
    try {
      let update: UpdateRow | null = null;
      if (candidate) {
        try {
          update = (await storeDataset(db, candidate.dataset, candidate.source)).update;
        } catch (error) {
          if (!isQuotaError(error)) throw error;
          console.error('[dataset] the new dataset did not fit in storage; the stored one is kept', error);
          quota = true;
        }
      }
      const stored = await readStoredDataset(db);
      // Out of space: show the new file from memory; the stored copy stays as it was.
      if (stored && !(quota && fresh)) {
        const notices: DatasetNotice[] = [];
        if (update) notices.push({ kind: 'updated', update });
        else if (!fresh && candidate?.source === 'precache') notices.push({ kind: 'storedCopy', detail: 'offline' });
        else if (!candidate) notices.push({ kind: failure.kind === 'fetch' ? 'storedCopy' : 'refusedUpdate', detail: failure.detail });
        return { dataset: stored, storage: 'indexeddb', notices };
      }
    } catch (error) {
      // A closed connection or a broken store: fall through to the in-memory copy.
      console.error('[dataset] IndexedDB failed; using the dataset from memory', error);
    }
  }
  if (candidate) {
    const notices: DatasetNotice[] = [];
    if (!db) notices.push({ kind: 'noStorage' });
    if (quota) notices.push({ kind: 'quota' });
    if (candidate.source === 'precache') notices.push({ kind: 'offlineCopy' });
    return { dataset: candidate.dataset, storage: 'memory', notices };
  }
  throw failure;
}
