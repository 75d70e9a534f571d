import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { flagsFromChanges, mergeFlags, type ChangeFlag } from '../../src/domain/change-flags';
import type { ChangeList } from '../../src/domain/change-list';
import { PledgeDb } from '../../src/storage/db';
import { dexieFlags, memoryFlags, recordFlagsForUpdate } from '../../src/storage/flags';
import { dexieBookmarks } from '../../src/storage/bookmarks';
import { dexieNotes } from '../../src/storage/notes';
import { storeEdition } from '../../src/storage/dataset-store';
import { PLEDGES, makeDataset } from './fixtures';

const empty = (): ChangeList => ({ statusChanges: [], newActuals: [], sectionChanges: [], added: [], removed: [] });
const update = (at: number, from = '2024-11', to = '2025-03') => ({ at, from: { asOf: from }, to: { asOf: to } });

const CHANGES: ChangeList = {
  ...empty(),
  statusChanges: [
    { id: '2-1', title: 'ALTの増員', from: 'delayed', to: 'on-track' },
    { id: '3', title: '高齢者の見守り', from: 'unreported', to: 'on-track' },
  ],
  newActuals: [{ id: '2-1', title: 'ALTの増員', kpi: '人数', fiscalYear: 2024, previous: null, actual: '3人' }],
  sectionChanges: [
    { id: '1', title: '３歳未満児の保育料無償化', sections: ['nextSteps', 'statusReason'] },
    { id: '3', title: '高齢者の見守り', sections: ['challenges'] },
  ],
};

describe('flagsFromChanges', () => {
  it('flags only watched pledges, with old → new status, new actuals and changed texts', () => {
    expect(flagsFromChanges(CHANGES, new Set(['2-1', '1', '99']), update(5))).toEqual([
      {
        pledgeId: '2-1',
        title: 'ALTの増員',
        since: 5,
        at: 5,
        fromAsOf: '2024-11',
        toAsOf: '2025-03',
        status: { from: 'delayed', to: 'on-track' },
        actuals: [{ kpi: '人数', fiscalYear: 2024, previous: null, actual: '3人' }],
        texts: [],
      },
      // Texts in the card's order: the status remark before the sections.
      { pledgeId: '1', title: '３歳未満児の保育料無償化', since: 5, at: 5, fromAsOf: '2024-11', toAsOf: '2025-03', status: null, actuals: [], texts: ['statusReason', 'nextSteps'] },
    ]);
  });

  it('raises nothing for unwatched pledges, and reads change lists recorded before texts were compared', () => {
    expect(flagsFromChanges(CHANGES, new Set(), update(1))).toEqual([]);
    const { sectionChanges: _, ...old } = CHANGES;
    expect(flagsFromChanges(old, new Set(['1']), update(1))).toEqual([]);
  });
});

describe('mergeFlags', () => {
  const flag = (over: Partial<ChangeFlag>): ChangeFlag => ({
    pledgeId: '2-1',
    title: 'ALTの増員',
    since: 1,
    at: 1,
    fromAsOf: '2024-11',
    toAsOf: '2025-03',
    status: null,
    actuals: [],
    texts: [],
    ...over,
  });

  it('adds two updates up from the oldest value to the newest', () => {
    const older = flag({ status: { from: 'delayed', to: 'on-track' }, actuals: [{ kpi: 'k', fiscalYear: 2024, previous: null, actual: '1' }], texts: ['nextSteps'] });
    const newer = flag({
      since: 9,
      at: 9,
      fromAsOf: '2025-03',
      toAsOf: '2025-09',
      title: '新しい題',
      status: { from: 'on-track', to: 'ahead' },
      actuals: [
        { kpi: 'k', fiscalYear: 2024, previous: '1', actual: '2' },
        { kpi: 'k', fiscalYear: 2025, previous: null, actual: '5' },
      ],
      texts: ['statusReason', 'nextSteps'],
    });
    expect(mergeFlags(older, newer)).toEqual({
      pledgeId: '2-1',
      title: '新しい題',
      since: 1,
      at: 9,
      fromAsOf: '2024-11',
      toAsOf: '2025-09',
      status: { from: 'delayed', to: 'ahead' },
      actuals: [
        { kpi: 'k', fiscalYear: 2024, previous: null, actual: '2' },
        { kpi: 'k', fiscalYear: 2025, previous: null, actual: '5' },
      ],
      texts: ['statusReason', 'nextSteps'],
    });
  });

  it('keeps a status change from one side, and drops what went back to where it was', () => {
    expect(mergeFlags(flag({ status: { from: 'delayed', to: 'on-track' } }), flag({ texts: ['budget'] }))?.status).toEqual({ from: 'delayed', to: 'on-track' });
    expect(mergeFlags(flag({ texts: ['budget'] }), flag({ status: { from: 'delayed', to: 'ahead' } }))?.status).toEqual({ from: 'delayed', to: 'ahead' });
    const back = mergeFlags(
      flag({ status: { from: 'delayed', to: 'on-track' }, actuals: [{ kpi: 'k', fiscalYear: 2023, previous: '1', actual: '2' }] }),
      flag({ status: { from: 'on-track', to: 'delayed' }, actuals: [{ kpi: 'k', fiscalYear: 2023, previous: '2', actual: '1' }] }),
    );
    expect(back).toBeNull();
  });
});

describe('flag storage', () => {
  let n = 0;
  let db: PledgeDb;
  beforeEach(async () => {
    db = new PledgeDb(`flags-test-${n++}`);
    await db.open();
  });
  afterEach(async () => {
    await db.delete();
  });

  it('records flags for bookmarked and annotated pledges, merges a later update, and clears', async () => {
    await dexieBookmarks(db).add('2-1', 1);
    await dexieNotes(db).save({ pledgeId: '1', text: '質問する', baseRevision: 0, writer: 'w', at: 1 });
    // A blank note does not make a pledge watched.
    await dexieNotes(db).save({ pledgeId: '3', text: '  ', baseRevision: 0, writer: 'w', at: 1 });
    await recordFlagsForUpdate(db, { ...update(10), changes: CHANGES });
    const store = dexieFlags(db);
    expect((await store.list()).map((f) => f.pledgeId).sort()).toEqual(['1', '2-1']);

    const later: ChangeList = { ...empty(), statusChanges: [{ id: '2-1', title: 'ALTの増員', from: 'on-track', to: 'ahead' }] };
    await recordFlagsForUpdate(db, { ...update(20, '2025-03', '2025-09'), changes: later });
    expect(await store.get('2-1')).toMatchObject({ since: 10, at: 20, status: { from: 'delayed', to: 'ahead' }, fromAsOf: '2024-11', toAsOf: '2025-09' });
    expect((await store.list())[0]!.pledgeId).toBe('2-1');

    await store.clear('2-1');
    expect(await store.get('2-1')).toBeNull();
    expect((await store.list()).map((f) => f.pledgeId)).toEqual(['1']);
  });

  it('are written with the dataset update itself', async () => {
    await storeEdition(db, makeDataset());
    await dexieBookmarks(db).add('2-1', 1);
    const next = makeDataset(PLEDGES.map((p) => (p.id === '2-1' ? { ...p, status: 'ahead' as const, sections: { ...p.sections, nextSteps: ['新しい予定'] } } : p)), 'v2');
    await storeEdition(db, next, 'network', 77);
    expect(await dexieFlags(db).list()).toEqual([
      { pledgeId: '2-1', title: 'ALTの増員', since: 77, at: 77, fromAsOf: '2024-11', toAsOf: '2024-11', status: { from: 'delayed', to: 'ahead' }, actuals: [], texts: ['nextSteps'] },
    ]);
  });

  it('the memory store holds none', async () => {
    const seen: ChangeFlag[][] = [];
    memoryFlags().observe((f) => seen.push(f));
    expect(seen).toEqual([[]]);
    expect(await memoryFlags().list()).toEqual([]);
  });
});
