import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { PledgeDb } from '../../src/storage/db';
import { DatasetError, loadDataset, readCurrentEdition, storeEdition } from '../../src/storage/dataset-store';
import { VALIDATOR_FINGERPRINT } from '../../src/domain/validate-dataset';
import { dexieBookmarks } from '../../src/storage/bookmarks';
import { PLEDGES, makeDataset } from './fixtures';

let n = 0;
let db: PledgeDb;
beforeEach(async () => {
  db = new PledgeDb(`dataset-test-${n++}`);
  await db.open();
});
afterEach(async () => {
  await db.delete();
});

const text = (ds: unknown) => async () => JSON.stringify(ds);

describe('loadDataset', () => {
  it('stores a fresh dataset and renders it from IndexedDB', async () => {
    const loaded = await loadDataset(text(makeDataset()), db);
    expect(loaded.storage).toBe('indexeddb');
    expect(loaded.notices).toEqual([]);
    expect(loaded.dataset.pledges.map((p) => p.id)).toEqual(['1', '2-1', '2-2', '3']);
    expect((await db.editions.get('2024-11'))?.dataset.pledges).toHaveLength(4);
    expect((await db.editions.get('2024-11'))?.version).toBe('2024-11.test0001');
  });

  it('keeps the stored copy when the version is the same', async () => {
    await loadDataset(text(makeDataset()), db);
    // Same version, different content: the stored copy wins, proving no rewrite happened.
    const same = makeDataset(PLEDGES.slice(0, 2));
    const loaded = await loadDataset(text(same), db);
    expect(loaded.dataset.pledges).toHaveLength(4);
  });

  it('replaces an edition republished in a new version and keeps bookmarks of vanished pledges', async () => {
    await loadDataset(text(makeDataset()), db);
    const bookmarks = dexieBookmarks(db);
    await bookmarks.add('3', 1);
    const loaded = await loadDataset(text(makeDataset(PLEDGES.slice(0, 2), '2025-01.test0002')), db);
    expect(loaded.dataset.pledges.map((p) => p.id)).toEqual(['1', '2-1']);
    expect((await db.editions.get('2024-11'))?.dataset.pledges).toHaveLength(2);
    expect(await bookmarks.list()).toEqual([{ pledgeId: '3', addedAt: 1 }]);
  });

  it('refuses an invalid file, keeping the stored copy with a notice', async () => {
    await loadDataset(text(makeDataset()), db);
    const bad = { ...makeDataset(), version: '2025-02.bad', pledges: [{ id: '1' }] };
    const loaded = await loadDataset(text(bad), db);
    expect(loaded.dataset.version).toBe('2024-11.test0001');
    expect(loaded.notices).toEqual([{ kind: 'refusedUpdate', detail: expect.stringContaining('pledges[0]') }]);
  });

  it('fails clearly when the file is invalid and nothing is stored', async () => {
    await expect(loadDataset(async () => '{"schemaVersion": 2}', db)).rejects.toMatchObject({ kind: 'refused' });
    await expect(loadDataset(async () => 'not json', db)).rejects.toBeInstanceOf(DatasetError);
    expect(await readCurrentEdition(db)).toBeNull();
  });

  it('uses the stored copy when offline', async () => {
    await loadDataset(text(makeDataset()), db);
    const loaded = await loadDataset(async () => {
      throw new TypeError('Failed to fetch');
    }, db);
    expect(loaded.dataset.pledges).toHaveLength(4);
    expect(loaded.notices).toEqual([{ kind: 'storedCopy', detail: 'Failed to fetch' }]);
  });

  it('falls back to memory with a notice when IndexedDB is unavailable', async () => {
    const loaded = await loadDataset(text(makeDataset()), null);
    expect(loaded.storage).toBe('memory');
    expect(loaded.notices).toEqual([{ kind: 'noStorage' }]);
  });

  it('loads the real data/pledges.json', async () => {
    const real = readFileSync(resolve(import.meta.dirname, '../../data/pledges.json'), 'utf8');
    const loaded = await loadDataset(async () => real, db);
    expect(loaded.dataset.pledges.length).toBe(JSON.parse(real).pledges.length);
    expect(loaded.dataset.pledges.length).toBeGreaterThan(0);
  });
});

describe('validation mark (no second validation of what was validated before storing)', () => {
  it('marks a stored dataset with the validator fingerprint and returns it without reading back', async () => {
    expect(VALIDATOR_FINGERPRINT).toMatch(/^[0-9a-f]{16}$/);
    const ds = makeDataset();
    const result = await storeEdition(db, ds);
    expect(result.newest).toBe(ds);
    expect((await db.editions.get('2024-11'))?.checkedBy).toBe(VALIDATOR_FINGERPRINT);
    expect((await storeEdition(db, ds)).newest).toBeNull();
  });

  it('trusts a marked copy as stored, and validates (then marks) one stored by an older app', async () => {
    await storeEdition(db, makeDataset());
    // A copy broken after it was marked is not validated again: the mark is what is trusted.
    const row = (await db.editions.get('2024-11'))!;
    const pledges = row.dataset.pledges;
    await db.editions.put({ ...row, dataset: { ...row.dataset, pledges: [{ ...pledges[0]!, status: 'finished' as never }, ...pledges.slice(1)] } });
    expect((await readCurrentEdition(db))?.pledges[0]?.status).toBe('finished');
    // Without the mark (an older app's row) the same copy is validated and refused…
    await db.editions.update('2024-11', { checkedBy: undefined });
    expect(await readCurrentEdition(db)).toBeNull();
    // …and the next store overwrites it instead of keeping it.
    expect((await storeEdition(db, makeDataset())).decision).toBe('store');
    expect((await readCurrentEdition(db))?.pledges[0]?.status).toBe(makeDataset().pledges[0]!.status);
    // A valid unmarked copy is validated once and marked for the next start.
    await db.editions.update('2024-11', { checkedBy: undefined });
    expect((await readCurrentEdition(db))?.version).toBe(makeDataset().version);
    await vi.waitFor(async () => expect((await db.editions.get('2024-11'))?.checkedBy).toBe(VALIDATOR_FINGERPRINT));
  });
});
