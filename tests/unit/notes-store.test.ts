import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { PledgeDb } from '../../src/storage/db';
import { dexieNotes, makeWriterId, memoryNotes, type NoteStore, type NoteWrite } from '../../src/storage/notes';

let n = 0;
let db: PledgeDb;
beforeEach(async () => {
  db = new PledgeDb(`notes-test-${n++}`);
  await db.open();
});
afterEach(async () => {
  vi.restoreAllMocks();
  await db.delete();
});

const write = (over: Partial<NoteWrite>): NoteWrite => ({ pledgeId: '13-2', text: 'メモ', baseRevision: 0, writer: 'tab-a', at: 1000, ...over });
const settle = () => new Promise((r) => setTimeout(r, 50));

for (const [name, make] of [
  ['dexie', () => dexieNotes(db)],
  ['memory', () => memoryNotes()],
] as const) {
  describe(`${name} notes`, () => {
    let store: NoteStore;
    beforeEach(() => {
      store = make();
    });

    it('says whether notes outlive the visit', () => {
      expect(store.persistent).toBe(name === 'dexie');
    });

    it('saves, replaces from the stored revision, lists most recent first, and deletes', async () => {
      const first = await store.save(write({ text: '一' }));
      expect(first).toMatchObject({ ok: true, outcome: 'saved', row: { text: '一', revision: 1 } });
      expect(await store.save(write({ text: '二', baseRevision: 1, at: 2000 }))).toMatchObject({ ok: true, outcome: 'saved', row: { revision: 2 } });
      await store.save(write({ pledgeId: '1', text: '別', at: 1500 }));
      expect((await store.list()).map((r) => r.pledgeId)).toEqual(['13-2', '1']);
      expect((await store.get('13-2'))?.text).toBe('二');
      expect(await store.remove('13-2', { revision: 2, versions: [] })).toEqual({ ok: true });
      expect(await store.get('13-2')).toBeNull();
    });

    it('keeps both texts when two tabs edit from the same revision, and settles them', async () => {
      await store.save(write({ text: '共通' }));
      await store.save(write({ text: 'A', baseRevision: 1, writer: 'a', at: 2 }));
      const b = await store.save(write({ text: 'B', baseRevision: 1, writer: 'b', at: 3 }));
      expect(b).toMatchObject({ ok: true, outcome: 'conflict', row: { text: 'A', versions: [{ writer: 'b', text: 'B', savedAt: 3 }] } });
      // A delete that did not see the other version is refused.
      expect(await store.remove('13-2', { revision: 2, versions: [] })).toMatchObject({ ok: false, reason: 'changed' });
      const settled = await store.resolve({ pledgeId: '13-2', text: 'AとB', baseRevision: 2, settled: [{ writer: 'b', savedAt: 3 }], writer: 'a', at: 4 });
      expect(settled).toMatchObject({ ok: true, outcome: 'saved', row: { text: 'AとB', revision: 3, versions: [] } });
    });

    it('refuses a text that is too long and keeps the stored one', async () => {
      await store.save(write({ text: '短い' }));
      expect(await store.save(write({ text: 'あ'.repeat(20_001), baseRevision: 1 }))).toMatchObject({ ok: false, reason: 'tooLong' });
      expect((await store.get('13-2'))?.text).toBe('短い');
    });

    it('tells observers of one note and of all notes', async () => {
      const one: (string | null)[] = [];
      const all: string[][] = [];
      const stopOne = store.observe('13-2', (row) => one.push(row?.text ?? null));
      const stopAll = store.observeAll((rows) => all.push(rows.map((r) => r.pledgeId)));
      await settle();
      await store.save(write({ text: '見える' }));
      await store.save(write({ pledgeId: '5', text: '他', at: 2000 }));
      await settle();
      stopOne();
      stopAll();
      expect(one[0]).toBeNull();
      expect(one.at(-1)).toBe('見える');
      expect(all.at(-1)).toEqual(['5', '13-2']);
    });
  });
}

describe('dexie notes across connections', () => {
  it('a second connection (another tab) sees the note and its write from an old revision is kept as a version', async () => {
    const tabA = dexieNotes(db);
    const other = new PledgeDb(db.name);
    await other.open();
    const tabB = dexieNotes(other);
    await tabA.save(write({ text: '最初', writer: 'a' }));
    expect((await tabB.get('13-2'))?.text).toBe('最初');
    await tabA.save(write({ text: 'Aの続き', baseRevision: 1, writer: 'a' }));
    const b = await tabB.save(write({ text: 'Bの続き', baseRevision: 1, writer: 'b' }));
    expect(b).toMatchObject({ ok: true, outcome: 'conflict' });
    const row = await tabA.get('13-2');
    expect([row?.text, row?.versions.map((v) => v.text)]).toEqual(['Aの続き', ['Bの続き']]);
    other.close();
  });
});

describe('dexie notes when storage fails', () => {
  const quotaError = () => new DOMException('The quota has been exceeded.', 'QuotaExceededError');

  it('reports a full disk as a result, never throws, and leaves the stored text', async () => {
    const store = dexieNotes(db);
    await store.save(write({ text: '保存済み' }));
    vi.spyOn(db.notes, 'put').mockImplementation(() => {
      throw quotaError();
    });
    const result = await store.save(write({ text: '新しい文', baseRevision: 1 }));
    expect(result).toMatchObject({ ok: false, reason: 'quota' });
    vi.mocked(db.notes.put).mockRestore();
    expect(await store.get('13-2')).toMatchObject({ text: '保存済み', revision: 1 });
  });

  it('reports a quota error hidden in an AbortError', async () => {
    const store = dexieNotes(db);
    vi.spyOn(db.notes, 'put').mockImplementation(() => {
      throw Object.assign(new Error('aborted'), { name: 'AbortError', inner: quotaError() });
    });
    expect(await store.save(write({}))).toMatchObject({ ok: false, reason: 'quota' });
  });

  it('reports a closed database as unavailable', async () => {
    const store = dexieNotes(db);
    db.close();
    expect(await store.save(write({}))).toMatchObject({ ok: false, reason: 'unavailable' });
    expect(await store.remove('13-2', { revision: 0, versions: [] })).toMatchObject({ ok: false, reason: 'unavailable' });
    await db.open();
  });
});

describe('makeWriterId', () => {
  it('gives each tab its own id', () => {
    expect(makeWriterId()).not.toBe(makeWriterId());
    expect(makeWriterId()).toMatch(/^tab-/);
  });
});
