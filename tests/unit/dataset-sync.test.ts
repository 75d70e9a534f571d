/** The sync rules: keep every edition, show the newest, say what changed, fall back, survive a full disk. */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { PledgeDb } from '../../src/storage/db';
import { loadDataset, readCurrentEdition, readEditions, storeEdition, syncEditions } from '../../src/storage/dataset-store';
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

describe('storeEdition', () => {
  it('adds a newer report as a new edition, keeps the older one, and lists what changed', async () => {
    await storeEdition(db, OLD);
    const result = await storeEdition(db, NEW, 'network', 1234);
    expect(result.decision).toBe('store');
    expect(result.update).toMatchObject({
      at: 1234,
      from: { version: OLD.version, asOf: '2024-11' },
      to: { version: NEW.version, asOf: '2025-03' },
      changes: { statusChanges: [{ id: '2-1', from: 'delayed', to: 'on-track' }], removed: [{ id: '3' }], added: [], newActuals: [] },
    });
    expect((await readEditions(db)).map((d) => d.version)).toEqual([OLD.version, NEW.version]);
    expect((await readCurrentEdition(db))?.version).toBe(NEW.version);
  });

  it('keeps the same version as it is, and an older report arriving later stays older', async () => {
    await storeEdition(db, NEW);
    expect((await storeEdition(db, NEW)).decision).toBe('keep');
    // A stale cache in front of the server sends the older report: kept as an edition, never shown as current.
    const older = await storeEdition(db, OLD);
    expect(older).toMatchObject({ decision: 'store', update: null, newest: null });
    expect((await readCurrentEdition(db))?.version).toBe(NEW.version);
    expect((await readEditions(db)).map((d) => d.asOf)).toEqual(['2024-11', '2025-03']);
  });

  it('replaces the current report republished in another version, and says what changed', async () => {
    await storeEdition(db, OLD);
    const corrected = makeDataset(PLEDGES.map((p) => (p.id === '1' ? { ...p, status: 'on-track' as const } : p)), '2024-11.corrected');
    const result = await storeEdition(db, corrected);
    expect(result.decision).toBe('replace');
    expect(result.update).toMatchObject({ from: { asOf: '2024-11', version: OLD.version }, to: { asOf: '2024-11', version: '2024-11.corrected' } });
    expect(result.update?.changes.statusChanges.map((c) => c.id)).toEqual(['1']);
    expect((await readEditions(db)).map((d) => d.version)).toEqual(['2024-11.corrected']);
  });

  it('never replaces a stored edition with the copy precached with the app', async () => {
    await storeEdition(db, OLD);
    const other = { ...OLD, version: '2024-11.precached' };
    expect((await storeEdition(db, other, 'precache')).decision).toBe('keep');
    expect((await readCurrentEdition(db))?.version).toBe(OLD.version);
  });

  it('is atomic: a failed write leaves every stored edition whole', async () => {
    await storeEdition(db, OLD);
    vi.spyOn(db.editions, 'put').mockImplementation(() => {
      throw new Error('disk on fire');
    });
    await expect(storeEdition(db, NEW)).rejects.toThrow('disk on fire');
    vi.mocked(db.editions.put).mockRestore();
    expect((await readEditions(db)).map((d) => d.version)).toEqual([OLD.version]);
    expect((await readCurrentEdition(db))?.pledges.map((p) => p.id)).toEqual(['1', '2-1', '2-2', '3']);
  });
});

describe('syncEditions', () => {
  const entry = (d: Dataset) => ({ id: d.asOf, asOf: d.asOf, report: d.report, version: d.version, file: `editions/${d.asOf}.json`, bytes: 1 });
  const index = (...ds: Dataset[]) => async () => JSON.stringify({ schemaVersion: 2, editions: ds.map(entry) });
  const files = (...ds: Dataset[]) => {
    const fetched: string[] = [];
    const fetch = async (file: string) => {
      fetched.push(file);
      const d = ds.find((x) => `editions/${x.asOf}.json` === file);
      if (!d) throw new TypeError('Failed to fetch');
      return JSON.stringify(d);
    };
    return { fetch, fetched };
  };

  it('fetches only the editions the device lacks, stores them and returns the series oldest first', async () => {
    await loadDataset(network(NEW), db);
    const server = files(OLD, NEW);
    const result = await syncEditions({ index: index(OLD, NEW), edition: server.fetch }, db);
    expect(server.fetched).toEqual(['editions/2024-11.json']);
    expect(result.editions.map((d) => d.asOf)).toEqual(['2024-11', '2025-03']);
    expect(result.missing).toEqual([]);
    // Stored: the next sync fetches nothing.
    const again = files(OLD, NEW);
    await syncEditions({ index: index(OLD, NEW), edition: again.fetch }, db);
    expect(again.fetched).toEqual([]);
  });

  it('offline, returns what is stored; a broken edition file is refused and named as missing', async () => {
    await loadDataset(network(NEW), db);
    const offlineResult = await syncEditions({ index: offline, edition: files().fetch }, db);
    expect(offlineResult.editions.map((d) => d.asOf)).toEqual(['2025-03']);
    const broken = { ...OLD, pledges: [{ id: 'x' }] } as unknown as Dataset;
    const result = await syncEditions({ index: index(OLD, NEW), edition: files(broken).fetch }, db);
    expect(result.editions.map((d) => d.asOf)).toEqual(['2025-03']);
    expect(result.missing.map((e) => e.id)).toEqual(['2024-11']);
  });

  it('works without storage from the editions it is given', async () => {
    const result = await syncEditions({ index: index(OLD, NEW), edition: files(OLD).fetch }, null, [NEW]);
    expect(result.editions.map((d) => d.asOf)).toEqual(['2024-11', '2025-03']);
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
      vi.spyOn(db.editions, 'put').mockImplementation(() => {
        throw makeError();
      });
      const loaded = await loadDataset(network(NEW), db);
      // The reader sees the new file (from memory) and is told it could not be kept.
      expect(loaded.dataset.version).toBe(NEW.version);
      expect(loaded.storage).toBe('memory');
      expect(loaded.notices).toEqual([{ kind: 'quota' }]);
      vi.mocked(db.editions.put).mockRestore();
      expect((await readCurrentEdition(db))?.pledges.map((p) => p.id)).toEqual(['1', '2-1', '2-2', '3']);
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
