/** The sync rules of issue 4: compare, store atomically, record changes, fall back, survive a full disk. */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { PledgeDb } from '../../src/storage/db';
import { loadDataset, readStoredDataset, storeDataset } from '../../src/storage/dataset-store';
import { listUpdates } from '../../src/storage/update-history';
import { dexieBookmarks } from '../../src/storage/bookmarks';
import { isQuotaError } from '../../src/storage/quota';
import type { Dataset } from '../../src/domain/schema';
import { PLEDGES, makeDataset } from './fixtures';

let n = 0;
let db: PledgeDb;
beforeEach(async () => {
  db = new PledgeDb(`sync-test-${n++}`);
  await db.open();
  vi.spyOn(console, 'error').mockImplementation(() => {});
});
afterEach(async () => {
  vi.restoreAllMocks();
  await db.delete();
});

const network = (ds: Dataset) => async () => ({ text: JSON.stringify(ds), source: 'network' as const });
const precache = (ds: Dataset) => async () => ({ text: JSON.stringify(ds), source: 'precache' as const });
const offline = async (): Promise<string> => {
  throw new TypeError('Failed to fetch');
};
const quotaError = () => new DOMException('The quota has been exceeded.', 'QuotaExceededError');

const OLD = makeDataset();
/** A later report: pledge 2-1 moved from delayed to on-track, pledge 3 removed. */
const NEW: Dataset = {
  ...makeDataset(
    PLEDGES.filter((p) => p.id !== '3').map((p) => (p.id === '2-1' ? { ...p, status: 'on-track' as const } : p)),
    '2025-03.test0002',
  ),
  asOf: '2025-03',
};

describe('storeDataset', () => {
  it('records the change list of an update in the same transaction', async () => {
    await storeDataset(db, OLD);
    const result = await storeDataset(db, NEW, 'network', 1234);
    expect(result.decision).toBe('replace');
    expect(result.update).toMatchObject({
      at: 1234,
      from: { version: OLD.version, asOf: '2024-11' },
      to: { version: NEW.version, asOf: '2025-03' },
      changes: { statusChanges: [{ id: '2-1', from: 'delayed', to: 'on-track' }], removed: [{ id: '3' }], added: [], newActuals: [] },
    });
    expect(await listUpdates(db)).toEqual([result.update]);
  });

  it('keeps the stored copy for the same version and for an older report', async () => {
    await storeDataset(db, NEW);
    expect((await storeDataset(db, NEW)).decision).toBe('keep');
    expect((await storeDataset(db, OLD)).decision).toBe('keep');
    expect((await readStoredDataset(db))?.version).toBe(NEW.version);
    expect(await listUpdates(db)).toEqual([]);
  });

  it('is atomic: a failure after the pledges were cleared leaves the old dataset whole', async () => {
    await storeDataset(db, OLD);
    vi.spyOn(db.meta, 'put').mockImplementation(() => {
      throw new Error('disk on fire');
    });
    await expect(storeDataset(db, NEW)).rejects.toThrow('disk on fire');
    vi.mocked(db.meta.put).mockRestore();
    const stored = await readStoredDataset(db);
    expect(stored?.version).toBe(OLD.version);
    expect(stored?.pledges.map((p) => p.id)).toEqual(['1', '2-1', '2-2', '3']);
    expect(await db.updates.count()).toBe(0);
  });
});

describe('loadDataset', () => {
  it('tells the reader about an update (データを更新しました) with what changed', async () => {
    await loadDataset(network(OLD), db);
    const loaded = await loadDataset(network(NEW), db);
    expect(loaded.dataset.version).toBe(NEW.version);
    expect(loaded.notices).toEqual([{ kind: 'updated', update: expect.objectContaining({ changes: expect.objectContaining({ removed: [{ id: '3', title: '高齢者の見守り' }] }) }) }]);
  });

  it('prefers IndexedDB over the copy precached with the app when the network fails', async () => {
    await loadDataset(network(NEW), db);
    const loaded = await loadDataset(precache(OLD), db);
    expect(loaded.dataset.version).toBe(NEW.version);
    expect(loaded.storage).toBe('indexeddb');
    expect(loaded.notices).toEqual([{ kind: 'storedCopy', detail: 'offline' }]);
  });

  it('uses the precached copy when nothing is stored, and without IndexedDB', async () => {
    const first = await loadDataset(precache(OLD), db);
    expect(first.dataset.version).toBe(OLD.version);
    const memory = await loadDataset(precache(OLD), null);
    expect(memory.storage).toBe('memory');
    expect(memory.notices).toEqual([{ kind: 'noStorage' }, { kind: 'offlineCopy' }]);
  });

  it('fails with a clear error when offline with nothing stored and no precache', async () => {
    await expect(loadDataset(offline, db)).rejects.toMatchObject({ kind: 'fetch', detail: 'Failed to fetch' });
  });

  it('logs a refused file with the path of the problem', async () => {
    await loadDataset(network(OLD), db);
    const bad = { ...OLD, version: '2025-04.bad', pledges: [{ ...PLEDGES[0]!, status: 'finished' }] };
    const loaded = await loadDataset(async () => JSON.stringify(bad), db, '/data/pledges.json');
    expect(loaded.dataset.version).toBe(OLD.version);
    expect(loaded.notices[0]).toMatchObject({ kind: 'refusedUpdate' });
    expect(vi.mocked(console.error).mock.calls.flat().join(' ')).toMatch(/\/data\/pledges\.json[\s\S]*pledges\[0\]\.status/);
  });

  for (const [label, makeError] of [
    ['QuotaExceededError', quotaError],
    ['AbortError with the quota error as inner', () => Object.assign(new Error('aborted'), { name: 'AbortError', inner: quotaError() })],
  ] as const) {
    it(`reports a full disk (${label}) and loses nothing stored`, async () => {
      await loadDataset(network(OLD), db);
      await dexieBookmarks(db).add('2-1', 5);
      vi.spyOn(db.pledgeList, 'put').mockImplementation(() => {
        throw makeError();
      });
      const loaded = await loadDataset(network(NEW), db);
      // The reader sees the new file (from memory) and is told it could not be kept.
      expect(loaded.dataset.version).toBe(NEW.version);
      expect(loaded.storage).toBe('memory');
      expect(loaded.notices).toEqual([{ kind: 'quota' }]);
      vi.mocked(db.pledgeList.put).mockRestore();
      expect((await readStoredDataset(db))?.pledges.map((p) => p.id)).toEqual(['1', '2-1', '2-2', '3']);
      expect(await dexieBookmarks(db).list()).toEqual([{ pledgeId: '2-1', addedAt: 5 }]);
    });
  }
});

describe('bookmarks on a full disk', () => {
  it('reject with a recognisable quota error and keep every earlier bookmark', async () => {
    const store = dexieBookmarks(db);
    await store.add('1', 1);
    vi.spyOn(db.bookmarks, 'put').mockImplementation(() => {
      throw quotaError();
    });
    const error = await store.add('2-1', 2).catch((e: unknown) => e);
    expect(isQuotaError(error)).toBe(true);
    vi.mocked(db.bookmarks.put).mockRestore();
    expect(await store.list()).toEqual([{ pledgeId: '1', addedAt: 1 }]);
  });
});

describe('isQuotaError', () => {
  it('sees the quota error in its disguises and nothing else', () => {
    expect(isQuotaError(quotaError())).toBe(true);
    expect(isQuotaError({ name: 'AbortError', inner: quotaError() })).toBe(true);
    expect(isQuotaError({ name: 'BulkError', failures: [new Error('x'), quotaError()] })).toBe(true);
    expect(isQuotaError(new Error('other'))).toBe(false);
    expect(isQuotaError({ name: 'AbortError', inner: null })).toBe(false);
    expect(isQuotaError(null)).toBe(false);
  });
});
