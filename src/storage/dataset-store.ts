/**
 * Keeps the dataset in IndexedDB. The fetched file is validated, compared with the stored
 * version, and written in one transaction together with the record of what changed; the app
 * renders from what is stored and still works when the network is gone. Order of fallbacks:
 * the server's copy, then IndexedDB, then the copy precached with the app (from memory).
 */
import { parseDataset, validateDataset, VALIDATOR_FINGERPRINT } from '../domain/validate-dataset';
import { decideUpdate, type DatasetSource, type Decision } from '../domain/dataset-version';
import { diffDatasets } from '../domain/dataset-changes';
import type { Dataset } from '../domain/schema';
import type { PledgeDb, UpdateRow } from './db';
import type { FetchedText } from './dataset-fetch';
import { isQuotaError } from './quota';
import { recordFlagsForUpdate } from './flags';
import { yieldToMain } from './yield';
import { DatasetError, type DatasetNotice, type LoadedDataset } from './dataset-status';

export { DatasetError, type DatasetNotice, type LoadedDataset } from './dataset-status';

export interface StoreResult {
  decision: Decision;
  /** Set when a stored dataset was replaced by a newer one. */
  update: UpdateRow | null;
  /**
   * What is stored now when this call wrote it (the validated dataset it was given), so the
   * loader need not read thousands of rows back; null when the stored copy was kept.
   */
  stored: Dataset | null;
}

/**
 * Stores `dataset` if `decideUpdate` says so, in one transaction: the pledges, the metadata, the
 * update record and the change flags on watched pledges land together or not at all (a failure
 * half-way, e.g. the quota, leaves the old dataset exactly as it was).
 */
export async function storeDataset(db: PledgeDb, dataset: Dataset, source: DatasetSource = 'network', now = Date.now()): Promise<StoreResult> {
  return db.transaction('rw', [db.meta, db.pledgeList, db.updates, db.bookmarks, db.notes, db.flags], async () => {
    const current = await db.meta.get('dataset');
    // A copy these rules validated is known good from its metadata alone; any other copy is read
    // and validated, and one that fails counts as nothing stored (it gets overwritten).
    const trusted = current !== undefined && VALIDATOR_FINGERPRINT !== null && current.checkedBy === VALIDATOR_FINGERPRINT;
    let previous = current && !trusted ? await readStoredDataset(db) : null;
    const known = trusted || previous ? current : undefined;
    const decision = decideUpdate(known ? { version: known.version, asOf: known.meta.asOf } : null, dataset, source);
    if (decision === 'keep') return { decision, update: null, stored: null };
    // The stored pledges are read only to list what changed.
    if (decision === 'replace' && !previous) previous = await readStoredDataset(db);
    const { pledges, ...meta } = dataset;
    await db.pledgeList.put({ key: 'dataset', pledges });
    // `dataset` passed validateDataset (its type says so): record by which rules.
    await db.meta.put({ key: 'dataset', version: dataset.version, meta, ...(VALIDATOR_FINGERPRINT ? { checkedBy: VALIDATOR_FINGERPRINT } : {}) });
    let update: UpdateRow | null = null;
    if (previous) {
      update = {
        at: now,
        from: { version: previous.version, asOf: previous.asOf },
        to: { version: dataset.version, asOf: dataset.asOf },
        changes: diffDatasets(previous, dataset),
      };
      update.id = await db.updates.add(update);
      await recordFlagsForUpdate(db, update);
    }
    return { decision, update, stored: dataset };
  });
}

/**
 * The stored dataset, or null. Validated again unless these same rules validated it before it
 * was stored (an older app may have stored another shape; a dataset of 10,000 pledges takes
 * seconds to validate on a phone).
 */
export async function readStoredDataset(db: PledgeDb): Promise<Dataset | null> {
  const [row, list] = await db.transaction('r', db.meta, db.pledgeList, () => Promise.all([db.meta.get('dataset'), db.pledgeList.get('dataset')]));
  if (!row || !list) return null;
  const data = { ...row.meta, pledges: list.pledges };
  if (VALIDATOR_FINGERPRINT && row.checkedBy === VALIDATOR_FINGERPRINT) return data;
  const result = validateDataset(data);
  if (!result.ok) return null;
  // Validated now: mark it so the next start skips this (only if it is still the same copy).
  if (VALIDATOR_FINGERPRINT)
    void db.meta
      .where('key')
      .equals('dataset')
      .modify((r) => {
        if (r.version === row.version) r.checkedBy = VALIDATOR_FINGERPRINT!;
      })
      .catch(() => undefined);
  return result.dataset;
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
    // Parsing and validating, then the write: each a task of its own (see yield.ts).
    await yieldToMain();
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
      let written: Dataset | null = null;
      if (candidate) {
        await yieldToMain();
        try {
          ({ update, stored: written } = await storeDataset(db, candidate.dataset, candidate.source));
        } catch (error) {
          if (!isQuotaError(error)) throw error;
          console.error('[dataset] the new dataset did not fit in storage; the stored one is kept', error);
          quota = true;
        }
      }
      // Just written: that is what a read would return, without reading and copying it back.
      const stored = written ?? (await readStoredDataset(db));
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
