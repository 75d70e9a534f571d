/**
 * Every schema version the app ever shipped must open in today's app with the reader's
 * bookmarks, preferences and dataset intact. Each earlier version's schema is frozen here as it
 * shipped (not read from src/storage/db.ts, which could be edited by mistake), built with a raw
 * Dexie instance declaring only the versions up to it, filled, closed, and reopened by today's
 * `PledgeDb`.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import Dexie from 'dexie';
import { PledgeDb, SCHEMA, openDb } from '../../src/storage/db';
import { readCurrentEdition, readEditions, storeEdition } from '../../src/storage/dataset-store';
import { dexieBookmarks } from '../../src/storage/bookmarks';
import { dexieNotes } from '../../src/storage/notes';
import { dexieFlags } from '../../src/storage/flags';
import { STORAGE_KEYS, readPref, writePref } from '../../src/storage/preferences';
import { makeDataset } from './fixtures';

/** The schemas as released: add the current one here when a new version is declared. */
const RELEASED: Record<number, Record<string, string | null>> = {
  1: { meta: 'key', pledges: 'id, order', bookmarks: 'pledgeId, addedAt' },
  2: { updates: '++id, at' },
  3: { pledgeList: 'key', pledges: null },
  4: { notes: 'pledgeId, updatedAt', flags: 'pledgeId, at' },
  5: { editions: 'id', meta: null, pledgeList: null, updates: null },
};

const BOOKMARKS = [
  { pledgeId: '1', addedAt: 1_700_000_000_000 },
  { pledgeId: '13-2', addedAt: 1_700_000_100_000 },
  // A pledge no dataset has (bookmarked before it left): kept all the same.
  { pledgeId: '99', addedAt: 1_700_000_200_000 },
];

let n = 0;
const names: string[] = [];
afterEach(async () => {
  for (const name of names.splice(0)) await Dexie.delete(name);
});

/** A database as the app of `version` left it: dataset stored in that version's shape, three bookmarks (and a note from v4). */
async function legacyDatabase(version: number): Promise<string> {
  const name = `upgrade-from-v${version}-${n++}`;
  names.push(name);
  const raw = new Dexie(name);
  for (const v of Object.keys(RELEASED).map(Number).filter((v) => v <= version)) raw.version(v).stores(RELEASED[v]!);
  await raw.open();
  const { pledges, ...meta } = makeDataset();
  await raw.table('meta').put({ key: 'dataset', version: meta.version, meta });
  // As each version stored its pledges: one row each up to v2, one list from v3.
  if (version < 3) await raw.table('pledges').bulkPut(pledges.map((pledge, order) => ({ id: pledge.id, order, pledge })));
  else await raw.table('pledgeList').put({ key: 'dataset', pledges });
  await raw.table('bookmarks').bulkPut(BOOKMARKS);
  if (version >= 4)
    await raw.table('notes').put({ pledgeId: '13-2', text: '委員会で質問する', revision: 1, createdAt: 1, updatedAt: 1, versions: [], ancestors: [] });
  expect(raw.verno).toBe(version);
  raw.close();
  return name;
}

describe('schema upgrades', () => {
  it('the frozen schemas match what db.ts declares, one per version', () => {
    expect(SCHEMA.map((s) => s.version)).toEqual(Object.keys(RELEASED).map(Number));
    for (const s of SCHEMA) expect(s.stores).toEqual(RELEASED[s.version]);
  });

  const earlier = SCHEMA.slice(0, -1).map((s) => s.version);
  const current = SCHEMA[SCHEMA.length - 1]!.version;

  for (const version of earlier) {
    it(`opens a version ${version} database and keeps every bookmark, preference and the dataset`, async () => {
      const name = await legacyDatabase(version);
      writePref(STORAGE_KEYS.lang, 'en');
      writePref(STORAGE_KEYS.textSize, 'xlarge');
      const db = new PledgeDb(name);
      await db.open();
      expect(db.verno).toBe(current);
      expect(await dexieBookmarks(db).list()).toEqual(BOOKMARKS);
      // The stored dataset became the edition of its as-of date, pledges in their order; the old tables are gone.
      const stored = await readCurrentEdition(db);
      expect(stored?.version).toBe(makeDataset().version);
      expect(stored?.pledges.map((p) => p.id)).toEqual(makeDataset().pledges.map((p) => p.id));
      expect(db.tables.map((t) => t.name).sort()).toEqual(['bookmarks', 'editions', 'flags', 'notes']);
      expect([readPref(STORAGE_KEYS.lang), readPref(STORAGE_KEYS.textSize)]).toEqual(['en', 'xlarge']);
      // A note written under v4 is kept; from v1–v3 the notes table starts empty.
      expect((await db.notes.toArray()).map((r) => [r.pledgeId, r.text])).toEqual(version >= 4 ? [['13-2', '委員会で質問する']] : []);
      // The new tables work on the upgraded database: a note saves, and a newer report is added
      // beside the stored one, raising a flag on the bookmarked pledge whose status moved.
      const saved = await dexieNotes(db).save({ pledgeId: '2-1', text: 'メモ', baseRevision: 0, writer: 'w', at: 1 });
      expect(saved.ok).toBe(true);
      const next = makeDataset(makeDataset().pledges.map((p) => (p.id === '1' ? { ...p, status: 'ahead' as const } : p)), '2025-05.next');
      const result = await storeEdition(db, { ...next, asOf: '2025-05' });
      expect(result.update?.changes.statusChanges.map((c) => c.id)).toEqual(['1']);
      expect((await readEditions(db)).map((d) => d.asOf)).toEqual(['2024-11', '2025-05']);
      expect((await dexieFlags(db).list()).map((f) => f.pledgeId)).toEqual(['1']);
      expect(await dexieBookmarks(db).list()).toEqual(BOOKMARKS);
      db.close();
    });
  }

  it('closes a connection when another tab upgrades the schema, and says so', async () => {
    const name = `versionchange-${n++}`;
    names.push(name);
    const onVersionChange = vi.fn();
    const db = await openDb({ name, onVersionChange });
    expect(db).not.toBeNull();
    await dexieBookmarks(db!).add('1', 1);

    // Another tab, running a newer app, opens the next schema version.
    const newer = new Dexie(name);
    for (const s of SCHEMA) newer.version(s.version).stores(s.stores);
    newer.version(current + 1).stores({ extra: 'id' });
    await newer.open(); // would block (and hang) if the old connection stayed open
    expect(onVersionChange).toHaveBeenCalledTimes(1);
    expect(db!.isOpen()).toBe(false);
    expect(await newer.table('bookmarks').toArray()).toEqual([{ pledgeId: '1', addedAt: 1 }]);
    newer.close();
  });
});
