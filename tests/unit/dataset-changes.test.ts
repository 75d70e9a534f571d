import { describe, expect, it } from 'vitest';
import { changedTexts, diffDatasets } from '../../src/domain/dataset-changes';
import { changeCount, isEmptyChangeList } from '../../src/domain/change-list';
import { PLEDGES, makeDataset, makePledge } from './fixtures';

const years = (actual: (string | null)[]) =>
  [2023, 2024, 2025, 2026, 2027].map((fiscalYear, i) => ({ fiscalYear, target: null, actual: actual[i] ?? null }));

describe('diffDatasets', () => {
  it('finds nothing between a dataset and itself', () => {
    const c = diffDatasets(makeDataset(), makeDataset());
    expect(isEmptyChangeList(c)).toBe(true);
    expect(changeCount(c)).toBe(0);
  });

  it('names status changes old → new', () => {
    const after = makeDataset(PLEDGES.map((p) => (p.id === '2-1' ? { ...p, status: 'on-track' as const } : p)), 'v2');
    expect(diffDatasets(makeDataset(), after).statusChanges).toEqual([
      { id: '2-1', title: 'ALTの増員', from: 'delayed', to: 'on-track' },
    ]);
  });

  it('lists added and removed pledges in document order', () => {
    const extra = makePledge({ id: '4-1', title: { ja: '新しい公約', en: 'New' } });
    const after = makeDataset([...PLEDGES.filter((p) => p.id !== '2-2'), extra], 'v2');
    const c = diffDatasets(makeDataset(), after);
    expect(c.added).toEqual([{ id: '4-1', title: '新しい公約' }]);
    expect(c.removed).toEqual([{ id: '2-2', title: '給付金１万円の支給' }]);
    expect(c.statusChanges).toEqual([]);
  });

  it('reports KPI actuals that appeared or changed, not those that stayed', () => {
    const kpi = (actual: (string | null)[]) => ({ name: '利用者数', baseline: '10人', years: years(actual), series: [] });
    const before = makeDataset([makePledge({ id: '1', kpis: [kpi(['12人'])] })]);
    const after = makeDataset([makePledge({ id: '1', kpis: [kpi(['12人', '15人'])] })], 'v2');
    expect(diffDatasets(before, after).newActuals).toEqual([
      { id: '1', title: '公約1', kpi: '利用者数', fiscalYear: 2024, previous: null, actual: '15人' },
    ]);
    const corrected = makeDataset([makePledge({ id: '1', kpis: [kpi(['13人'])] })], 'v3');
    expect(diffDatasets(before, corrected).newActuals).toEqual([
      { id: '1', title: '公約1', kpi: '利用者数', fiscalYear: 2023, previous: '12人', actual: '13人' },
    ]);
  });

  it('names the pledges whose status remark or sections changed, and which texts', () => {
    const sections = { reported: ['報告した。'], sinceMeeting: [], budget: [], challenges: ['課題がある。'], nextSteps: ['検討する。'] };
    const before = makeDataset([makePledge({ id: '1', statusReason: '理由', sections }), makePledge({ id: '2', sections })]);
    const after = makeDataset(
      [
        makePledge({ id: '1', statusReason: '新しい理由', sections: { ...sections, nextSteps: ['検討する。', '実施する。'] } }),
        makePledge({ id: '2', sections: { ...sections, challenges: ['課題がある！'] } }),
      ],
      'v2',
    );
    const c = diffDatasets(before, after);
    expect(c.sectionChanges).toEqual([
      { id: '1', title: '公約1', sections: ['statusReason', 'nextSteps'] },
      { id: '2', title: '公約2', sections: ['challenges'] },
    ]);
    // The update log's count is unchanged by text changes.
    expect(changeCount(c)).toBe(0);
    expect(diffDatasets(before, before).sectionChanges).toEqual([]);
  });

  it('compares texts exactly: order, a removed paragraph and a null remark all count', () => {
    const a = makePledge({ id: '1', statusReason: null, sections: { reported: ['一。', '二。'], sinceMeeting: [], budget: [], challenges: [], nextSteps: [] } });
    expect(changedTexts(a, { ...a, sections: { ...a.sections, reported: ['二。', '一。'] } })).toEqual(['reported']);
    expect(changedTexts(a, { ...a, sections: { ...a.sections, reported: ['一。'] } })).toEqual(['reported']);
    expect(changedTexts(a, { ...a, statusReason: '理由' })).toEqual(['statusReason']);
    expect(changedTexts(a, structuredClone(a))).toEqual([]);
  });

  it('counts every kind of change', () => {
    const after = makeDataset(
      PLEDGES.filter((p) => p.id !== '3').map((p) => (p.id === '1' ? { ...p, status: 'on-track' as const } : p)),
      'v2',
    );
    expect(changeCount(diffDatasets(makeDataset(), after))).toBe(2);
  });
});
