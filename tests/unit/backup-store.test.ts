import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import fc from 'fast-check';
import { PledgeDb } from '../../src/storage/db';
import { dexieBackup, memoryBackup, readBackupPreferences } from '../../src/storage/backup-store';
import { dexieBookmarks, memoryBookmarks, serializeExport } from '../../src/storage/bookmarks';
import { dexieNotes, memoryNotes } from '../../src/storage/notes';
import { STORAGE_KEYS, readPref, writePref } from '../../src/storage/preferences';
import { MAX_VERSIONS } from '../../src/domain/note-write';

let n = 0;
const dbs: PledgeDb[] = [];
async function freshDb(): Promise<PledgeDb> {
  const db = new PledgeDb(`backup-store-test-${n++}`);
  await db.open();
  dbs.push(db);
  return db;
}
beforeEach(() => localStorage.clear());
afterEach(async () => {
  vi.restoreAllMocks();
  for (const db of dbs.splice(0)) await db.delete();
});

/** Everything the member made, as storage holds it: what a refused import must leave as is. */
async function snapshot(db: PledgeDb) {
  return { bookmarks: await db.bookmarks.toArray(), notes: await db.notes.toArray(), lang: readPref(STORAGE_KEYS.lang), size: readPref(STORAGE_KEYS.textSize) };
}

async function phoneWithData(): Promise<PledgeDb> {
  const db = await freshDb();
  await dexieBookmarks(db).add('1', 1000);
  await dexieBookmarks(db).add('13-2', 2000);
  const notes = dexieNotes(db);
  await notes.save({ pledgeId: '13-2', text: '公約番号：13-2\n議会で質問する', baseRevision: 0, writer: 'a', at: 3000 });
  await notes.save({ pledgeId: '13-2', text: '公約番号：13-2\n議会で質問した', baseRevision: 1, writer: 'a', at: 4000 });
  await notes.save({ pledgeId: '13-2', text: '別のタブの文', baseRevision: 1, writer: 'b', at: 5000 });
  writePref(STORAGE_KEYS.textSize, 'xlarge');
  writePref(STORAGE_KEYS.lang, 'ja');
  return db;
}

describe('dexie backup', () => {
  it('moves everything to another phone: bookmarks, notes with their other versions, settings', async () => {
    const phoneA = await phoneWithData();
    const text = await dexieBackup(phoneA).exportJson(9000);
    const before = await snapshot(phoneA);

    localStorage.clear();
    const phoneB = await freshDb();
    const result = await dexieBackup(phoneB).importText(text);
    expect(result).toEqual({
      ok: true,
      summary: { bookmarksAdded: 2, bookmarksKept: 0, notesAdded: 1, notesUpdated: 0, notesKept: 0, notesWithTwoVersions: 0, preferencesChanged: ['lang', 'textSize'] },
      preferences: { lang: 'ja', textSize: 'xlarge' },
      preferencesSaved: true,
    });
    expect(await snapshot(phoneB)).toEqual(before);
  });

  it('keeps both texts of a note edited on both phones, and both phones’ bookmarks', async () => {
    const phoneA = await phoneWithData();
    const phoneB = await freshDb();
    await dexieBackup(phoneB).importText(await dexieBackup(phoneA).exportJson(9000));
    // Both phones edit the same note from the same text; B also bookmarks another pledge.
    const rowA = (await dexieNotes(phoneA).get('13-2'))!;
    await dexieNotes(phoneA).save({ pledgeId: '13-2', text: 'Aで追記', baseRevision: rowA.revision, writer: 'a', at: 10_000 });
    const rowB = (await dexieNotes(phoneB).get('13-2'))!;
    await dexieNotes(phoneB).save({ pledgeId: '13-2', text: 'Bで追記', baseRevision: rowB.revision, writer: 'c', at: 11_000 });
    await dexieBookmarks(phoneB).add('20', 12_000);

    const result = await dexieBackup(phoneA).importText(await dexieBackup(phoneB).exportJson(13_000));
    expect(result).toMatchObject({ ok: true, summary: { bookmarksAdded: 1, bookmarksKept: 2, notesWithTwoVersions: 1 } });
    const merged = (await dexieNotes(phoneA).get('13-2'))!;
    expect(merged.text).toBe('Aで追記');
    expect(merged.versions.map((v) => v.text)).toEqual(['別のタブの文', 'Bで追記']);
    expect((await dexieBookmarks(phoneA).list()).map((b) => b.pledgeId)).toEqual(['1', '13-2', '20']);
  });

  it('takes the other phone’s newer text when it was written from this phone’s', async () => {
    const phoneA = await phoneWithData();
    const phoneB = await freshDb();
    await dexieBackup(phoneB).importText(await dexieBackup(phoneA).exportJson(9000));
    const rowB = (await dexieNotes(phoneB).get('13-2'))!;
    await dexieNotes(phoneB).save({ pledgeId: '13-2', text: 'Bで書き直した', baseRevision: rowB.revision, writer: 'c', at: 11_000 });
    const result = await dexieBackup(phoneA).importText(await dexieBackup(phoneB).exportJson(13_000));
    expect(result).toMatchObject({ ok: true, summary: { notesUpdated: 1, notesWithTwoVersions: 0 } });
    expect(await dexieNotes(phoneA).get('13-2')).toMatchObject({ text: 'Bで書き直した', revision: 3 });
  });

  it('imports a bookmarks-only file of today’s app', async () => {
    const db = await freshDb();
    const result = await dexieBackup(db).importText(serializeExport([{ pledgeId: '2-1', addedAt: 5 }], 10));
    expect(result).toMatchObject({ ok: true, summary: { bookmarksAdded: 1 }, preferences: {} });
    expect(await dexieBookmarks(db).list()).toEqual([{ pledgeId: '2-1', addedAt: 5 }]);
  });

  it('changes nothing when a file is refused', async () => {
    const db = await phoneWithData();
    const before = await snapshot(db);
    const good = await dexieBackup(db).exportJson(9000);
    for (const bad of ['', 'not json', good.slice(0, -20), good.replace('"version": 1', '"version": 7'), good.replace('"notes": [', '"notes": [{"__proto__": {}},')]) {
      expect((await dexieBackup(db).importText(bad)).ok).toBe(false);
    }
    expect(await snapshot(db)).toEqual(before);
  });

  it('changes nothing, and says so, when the disk is full half-way', async () => {
    const db = await freshDb();
    await dexieBookmarks(db).add('1', 1);
    const before = await snapshot(db);
    const source = await phoneWithData();
    const text = await dexieBackup(source).exportJson(9000);
    localStorage.clear();
    writePref(STORAGE_KEYS.lang, 'en');
    vi.spyOn(db.notes, 'bulkPut').mockImplementation(() => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    });
    expect(await dexieBackup(db).importText(text)).toMatchObject({ ok: false, reason: 'quota' });
    vi.mocked(db.notes.bulkPut).mockRestore();
    // The bookmark written before the failure in the same transaction is gone with it; settings untouched.
    expect(await snapshot(db)).toEqual({ ...before, lang: 'en', size: null });
  });

  it('refuses a merge that would give a note too many versions, changing nothing', async () => {
    const db = await freshDb();
    const notes = dexieNotes(db);
    await notes.save({ pledgeId: '5', text: '本文', baseRevision: 0, writer: 'a', at: 1 });
    for (let i = 0; i < MAX_VERSIONS; i++) await notes.save({ pledgeId: '5', text: `版${i}`, baseRevision: 0, writer: `w${i}`, at: 2 + i });
    const before = await snapshot(db);
    const other = await freshDb();
    await dexieNotes(other).save({ pledgeId: '5', text: 'もう一台', baseRevision: 0, writer: 'x', at: 100 });
    await dexieBookmarks(other).add('9', 1);
    expect(await dexieBackup(db).importText(await dexieBackup(other).exportJson(200))).toMatchObject({ ok: false, reason: 'tooManyVersions', pledgeId: '5' });
    expect(await snapshot(db)).toEqual(before);
  });

  it('never changes stored data for random or corrupted files', async () => {
    const db = await phoneWithData();
    const good = await dexieBackup(db).exportJson(9000);
    const before = await snapshot(db);
    const store = dexieBackup(db);
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          fc.string(),
          fc.jsonValue().map((x) => JSON.stringify(x)),
          fc.integer({ min: 0, max: good.length - 2 }).map((cut) => good.slice(0, cut)),
        ),
        async (text) => {
          const result = await store.importText(text);
          expect(result.ok).toBe(false);
          expect(await snapshot(db)).toEqual(before);
        },
      ),
      { numRuns: 150 },
    );
  }, 60_000);
});

describe('memory backup', () => {
  it('exports and imports the visit’s data', async () => {
    const bookmarks = memoryBookmarks();
    const notes = memoryNotes();
    await bookmarks.add('1', 10);
    await notes.save({ pledgeId: '1', text: 'メモ', baseRevision: 0, writer: 'a', at: 20 });
    const text = await memoryBackup(bookmarks, notes).exportJson(30);

    const otherBookmarks = memoryBookmarks();
    const otherNotes = memoryNotes();
    const result = await memoryBackup(otherBookmarks, otherNotes).importText(text);
    expect(result).toMatchObject({ ok: true, summary: { bookmarksAdded: 1, notesAdded: 1 } });
    expect(await otherBookmarks.list()).toEqual([{ pledgeId: '1', addedAt: 10 }]);
    expect(await otherNotes.get('1')).toMatchObject({ text: 'メモ', revision: 1 });
    expect((await memoryBackup(otherBookmarks, otherNotes).importText('{')).ok).toBe(false);
  });
});

describe('readBackupPreferences', () => {
  it('reads the settings it knows and ignores odd values', () => {
    writePref(STORAGE_KEYS.lang, 'en');
    writePref(STORAGE_KEYS.textSize, 'gigantic');
    expect(readBackupPreferences()).toEqual({ lang: 'en' });
  });
});
