import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { PledgeDb } from '../../src/storage/db';
import { dexieBookmarks, memoryBookmarks, parseImport, type BookmarkStore } from '../../src/storage/bookmarks';

let n = 0;
let db: PledgeDb;
beforeEach(async () => {
  db = new PledgeDb(`bookmarks-test-${n++}`);
  await db.open();
});
afterEach(async () => {
  await db.delete();
});

const validFile = (items: { pledgeId: string; addedAt: string }[]) =>
  JSON.stringify({ format: 'bibai-pledge-bookmarks', version: 1, bookmarks: items });

for (const [name, make] of [
  ['dexie', () => dexieBookmarks(db)],
  ['memory', () => memoryBookmarks()],
] as const) {
  describe(`${name} bookmarks`, () => {
    let store: BookmarkStore;
    beforeEach(() => {
      store = make();
    });

    it('adds with the time added, keeps the first time, and removes', async () => {
      await store.add('2-1', 1000);
      await store.add('1', 2000);
      await store.add('2-1', 3000);
      expect(await store.list()).toEqual([
        { pledgeId: '2-1', addedAt: 1000 },
        { pledgeId: '1', addedAt: 2000 },
      ]);
      await store.remove('2-1');
      expect(await store.list()).toEqual([{ pledgeId: '1', addedAt: 2000 }]);
    });

    it('notifies observers of changes', async () => {
      const seen: string[][] = [];
      const stop = store.observe((rows) => seen.push(rows.map((r) => r.pledgeId)));
      await store.add('5', 1);
      await new Promise((r) => setTimeout(r, 50));
      stop();
      expect(seen.at(-1)).toEqual(['5']);
    });

    it('exports a file that imports back, merging without duplicates', async () => {
      await store.add('1', Date.parse('2024-12-01T00:00:00Z'));
      const text = await store.exportJson(Date.parse('2025-01-01T00:00:00Z'));
      expect(JSON.parse(text)).toEqual({
        format: 'bibai-pledge-bookmarks',
        version: 1,
        exportedAt: '2025-01-01T00:00:00.000Z',
        bookmarks: [{ pledgeId: '1', addedAt: '2024-12-01T00:00:00.000Z' }],
      });
      const result = await store.importJson(
        validFile([
          { pledgeId: '1', addedAt: '2020-01-01T00:00:00Z' },
          { pledgeId: '13-2', addedAt: '2024-12-02T00:00:00Z' },
        ]),
      );
      expect(result).toEqual({ ok: true, added: 1, kept: 1 });
      expect(await store.list()).toEqual([
        { pledgeId: '1', addedAt: Date.parse('2024-12-01T00:00:00Z') },
        { pledgeId: '13-2', addedAt: Date.parse('2024-12-02T00:00:00Z') },
      ]);
    });

    it('refuses a bad file and changes nothing', async () => {
      await store.add('1', 10);
      const before = await store.list();
      const bad = [
        'not json',
        '[]',
        JSON.stringify({ format: 'other', version: 1, bookmarks: [] }),
        validFile([{ pledgeId: '<img src=x>', addedAt: '2024-01-01' }]),
        validFile([
          { pledgeId: '2', addedAt: '2024-01-01' },
          { pledgeId: '3', addedAt: 'yesterday' },
        ]),
        JSON.stringify({ format: 'bibai-pledge-bookmarks', version: 1, bookmarks: [], __proto__x: 1 }),
      ];
      for (const text of bad) {
        const result = await store.importJson(text);
        expect(result.ok, text).toBe(false);
      }
      expect(await store.list()).toEqual(before);
    });
  });
}

describe('parseImport', () => {
  it('names the problem', () => {
    const r = parseImport(validFile([{ pledgeId: 'x', addedAt: '2024-01-01' }]));
    expect(r).toEqual({ ok: false, reason: 'invalidEntry', message: expect.stringContaining('bookmarks.0.pledgeId') });
    expect(parseImport('{}')).toMatchObject({ ok: false, reason: 'notBookmarks' });
    expect(parseImport('{')).toMatchObject({ ok: false, reason: 'notJson' });
  });
});
