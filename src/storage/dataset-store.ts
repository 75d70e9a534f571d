/**
 * Keeps the dataset's editions in IndexedDB: every report this device has received, one row
 * each, never dropped because a newer one arrived. The app shows the newest stored edition; the
 * current edition (`data/pledges.json`) is fetched on each visit, validated and stored; older
 * editions listed in `data/editions.json` are fetched once, after the page is on screen
 * (`syncEditions`). The app still works when the network is gone. Order of fallbacks for what to
 * show: the server's copy (stored), then IndexedDB, then the copy precached with the app (from
 * memory).
 */
import { parseDataset, validateDataset, VALIDATOR_FINGERPRINT } from '../domain/validate-dataset';
import { compareAsOf, decideEditionWrite, type DatasetSource, type Decision } from '../domain/dataset-version';
import { diffDatasets } from '../domain/dataset-changes';
import { parseEditionIndex, type EditionEntry } from '../domain/edition-index';
import type { Dataset } from '../domain/schema';
import type { EditionRow, PledgeDb } from './db';
import type { FetchedText } from './dataset-fetch';
import { isQuotaError } from './quota';
import { recordFlagsForUpdate } from './flags';
import { yieldToMain } from '../util/yield-to-main';
import { DatasetError, type DatasetNotice, type DatasetUpdate, type LoadedDataset } from './dataset-status';

export { DatasetError, type DatasetNotice, type LoadedDataset } from './dataset-status';

export interface StoreResult {
  decision: Decision;
  /** Set when what the app shows changes: a newer report, or the current one republished. */
  update: DatasetUpdate | null;
  /** The newest stored edition after this call, when this call knows it without reading it back. */
  newest: Dataset | null;
}

const trusted = (row: Pick<EditionRow, 'checkedBy'>) => VALIDATOR_FINGERPRINT !== null && row.checkedBy === VALIDATOR_FINGERPRINT;

/** An edition row as a dataset: validated again unless these same rules validated it before storing. */
function rowDataset(row: EditionRow): Dataset | null {
  if (trusted(row)) return row.dataset;
  const result = validateDataset(row.dataset);
  return result.ok ? result.dataset : null;
}

/** Marks a row validated now, so the next start skips it (only if it is still the same copy). */
function markChecked(db: PledgeDb, row: EditionRow): void {
  if (!VALIDATOR_FINGERPRINT || row.checkedBy === VALIDATOR_FINGERPRINT) return;
  void db.editions
    .where(':id')
    .equals(row.id)
    .modify((r) => {
      if (r.version === row.version) r.checkedBy = VALIDATOR_FINGERPRINT!;
    })
    .catch(() => undefined);
}

/**
 * Stores one edition, in one transaction with the change flags it raises on the member's
 * bookmarked or annotated pledges. The server is the authority for an edition it sends: an
 * edition not stored yet is added, one stored under another version is replaced by it (the same
 * report republished). The copy precached with the app is only a fallback: it is stored where the
 * device has no copy of that edition, and never replaces one. Nothing else is removed.
 */
export async function storeEdition(db: PledgeDb, dataset: Dataset, source: DatasetSource = 'network', now = Date.now()): Promise<StoreResult> {
  return db.transaction('rw', [db.editions, db.bookmarks, db.notes, db.flags], async () => {
    const ids = (await db.editions.toCollection().primaryKeys()).sort(compareAsOf);
    const newestId = ids.at(-1);
    const existing = await db.editions.get(dataset.asOf);
    // A copy that no longer passes validation counts as nothing stored (it gets overwritten).
    const usable = existing && (trusted(existing) || rowDataset(existing) !== null) ? existing : undefined;
    const decision = decideEditionWrite(usable ? { version: usable.version, asOf: usable.id } : null, dataset, source);
    if (decision === 'keep') return { decision, update: null, newest: null };
    const becomesNewest = !newestId || compareAsOf(dataset.asOf, newestId) >= 0;
    // What the reader saw until now (the edition it succeeds, or its own earlier version when the
    // current report was republished), read only to list what changed.
    let previous: Dataset | null = null;
    if (becomesNewest && newestId) {
      const row = newestId === dataset.asOf ? usable : await db.editions.get(newestId);
      previous = row ? rowDataset(row) : null;
    }
    // `dataset` passed validateDataset (its type says so): record by which rules.
    await db.editions.put({ id: dataset.asOf, version: dataset.version, dataset, ...(VALIDATOR_FINGERPRINT ? { checkedBy: VALIDATOR_FINGERPRINT } : {}) });
    const update: DatasetUpdate | null = previous
      ? {
          at: now,
          from: { version: previous.version, asOf: previous.asOf },
          to: { version: dataset.version, asOf: dataset.asOf },
          changes: diffDatasets(previous, dataset),
        }
      : null;
    if (update) await recordFlagsForUpdate(db, update);
    return { decision, update, newest: becomesNewest ? dataset : null };
  });
}

/** The newest stored edition that passes validation, or null. */
export async function readCurrentEdition(db: PledgeDb): Promise<Dataset | null> {
  const ids = (await db.editions.toCollection().primaryKeys()).sort(compareAsOf);
  for (let i = ids.length - 1; i >= 0; i--) {
    const row = await db.editions.get(ids[i]!);
    const dataset = row && rowDataset(row);
    if (row && dataset) {
      markChecked(db, row);
      return dataset;
    }
  }
  return null;
}

/** Every stored edition that passes validation, oldest first. */
export async function readEditions(db: PledgeDb): Promise<Dataset[]> {
  const rows = (await db.editions.toArray()).sort((a, b) => compareAsOf(a.id, b.id));
  const out: Dataset[] = [];
  for (const row of rows) {
    const dataset = rowDataset(row);
    if (!dataset) continue;
    markChecked(db, row);
    out.push(dataset);
  }
  return out;
}

/** A plain string is the server's answer (tests and callers without a service worker). */
export type FetchText = () => Promise<string | FetchedText>;

const asFetched = (got: string | FetchedText): FetchedText => (typeof got === 'string' ? { text: got, source: 'network' } : got);

/** Fetch → validate → store → read back the current edition, with the fallbacks described above. */
export async function loadDataset(fetchText: FetchText, db: PledgeDb | null, datasetUrl = 'data/pledges.json'): Promise<LoadedDataset> {
  let candidate: { dataset: Dataset; source: DatasetSource } | null = null;
  let failure: DatasetError;
  try {
    const { text, source } = asFetched(await fetchText());
    // Parsing and validating, then the write: each a task of its own (see yield-to-main.ts).
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
      let update: DatasetUpdate | null = null;
      let newest: Dataset | null = null;
      if (candidate) {
        await yieldToMain();
        try {
          ({ update, newest } = await storeEdition(db, candidate.dataset, candidate.source));
        } catch (error) {
          if (!isQuotaError(error)) throw error;
          console.error('[dataset] the new edition did not fit in storage; the stored ones are kept', error);
          quota = true;
        }
      }
      // Just written and the newest: that is what a read would return, without reading it back.
      const stored = newest ?? (await readCurrentEdition(db));
      // Out of space: show the new file from memory; the stored copies stay as they were.
      if (stored && !(quota && fresh && compareAsOf(fresh.dataset.asOf, stored.asOf) >= 0)) {
        const notices: DatasetNotice[] = [];
        if (update) notices.push({ kind: 'updated', update });
        else if (!fresh && candidate?.source === 'precache') notices.push({ kind: 'storedCopy', detail: 'offline' });
        else if (!candidate) notices.push({ kind: failure.kind === 'fetch' ? 'storedCopy' : 'refusedUpdate', detail: failure.detail });
        const fromFile = candidate !== null && stored.asOf === candidate.dataset.asOf && stored.version === candidate.dataset.version;
        return { dataset: stored, storage: 'indexeddb', notices, fromFile };
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
    return { dataset: candidate.dataset, storage: 'memory', notices, fromFile: true };
  }
  throw failure;
}

export interface EditionsResult {
  /** Every edition this device holds (or, without storage, has in memory), oldest first. */
  editions: Dataset[];
  /** Editions the server lists that could not be fetched or were refused (offline, broken file). */
  missing: EditionEntry[];
}

export interface SyncSources {
  /** `data/editions.json`. */
  index: FetchText;
  /** One edition file, by its path under the data folder (`editions/2024-11.json`). */
  edition: (file: string) => Promise<string | FetchedText>;
}

/**
 * Brings the stored series up to what the server lists: fetches, one at a time and a task
 * apart, the editions this device does not hold in the listed version, validates and stores
 * each, then reads every edition back. `known` are editions in memory already (the current one
 * without storage). Without the index (offline) it returns what is stored.
 */
export async function syncEditions(sources: SyncSources, db: PledgeDb | null, known: readonly Dataset[] = []): Promise<EditionsResult> {
  const held = new Map<string, Dataset>(known.map((d) => [d.asOf, d]));
  if (db) for (const d of await readEditions(db).catch(() => [])) held.set(d.asOf, d);
  let listed: EditionEntry[] = [];
  try {
    const index = parseEditionIndex(asFetched(await sources.index()).text);
    if (index.ok) listed = index.index.editions;
    else console.error(`[dataset] refused data/editions.json: ${index.message}`);
  } catch {
    // Offline: the stored series is all there is.
  }
  const missing: EditionEntry[] = [];
  for (const entry of listed) {
    if (held.get(entry.id)?.version === entry.version) continue;
    await yieldToMain();
    try {
      const result = parseDataset(asFetched(await sources.edition(entry.file)).text);
      if (!result.ok || result.dataset.asOf !== entry.id) {
        console.error(`[dataset] refused ${entry.file}: ${result.ok ? `asOf ${result.dataset.asOf}` : result.message}`);
        missing.push(entry);
        continue;
      }
      held.set(entry.id, result.dataset);
      if (db) await storeEdition(db, result.dataset, 'network').catch((error: unknown) => console.error(`[dataset] could not store ${entry.file}`, error));
    } catch {
      missing.push(entry);
    }
  }
  return { editions: [...held.values()].sort((a, b) => compareAsOf(a.asOf, b.asOf)), missing };
}
