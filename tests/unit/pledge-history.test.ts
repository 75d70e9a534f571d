// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { latestListing, pledgeHistory, type PledgeHistory } from '../../src/domain/pledge-history';
import type { DiffSegment } from '../../src/domain/text-diff';
import { kpi, laterEdition, makeEdition, realEdition } from './edition-fixtures';
import { makePledge } from './fixtures';

const show = (segs: readonly DiffSegment[]) => segs.map((s) => (s.kind === 'same' ? s.text : s.kind === 'removed' ? `[-${s.text}-]` : `{+${s.text}+}`)).join('');
const must = (h: PledgeHistory | null): PledgeHistory => h ?? expect.fail('expected a history');
const sections = (over: Partial<ReturnType<typeof makePledge>['sections']> = {}) => ({ reported: [], sinceMeeting: [], budget: [], challenges: [], nextSteps: [], ...over });

describe('pledgeHistory', () => {
  it('with one edition says it is the first report, with nothing marked as changed', () => {
    const h = must(pledgeHistory([makeEdition('2024-11', [makePledge({ id: '1', kpis: [kpi('利用者数', ['12人'])] })])], '1'));
    expect(h.isFirstReport).toBe(true);
    expect(h.listedInLatest).toBe(true);
    expect(h.lastListed.asOf).toBe('2024-11');
    expect(h.entries).toHaveLength(1);
    const [e] = h.entries;
    expect(e).toMatchObject({ previous: null, skipped: [], statusChange: null, actualChanges: [], textChanges: [] });
    expect(e!.edition).toEqual({ asOf: '2024-11', report: { ja: '2024-11報告', en: 'Report 2024-11' }, version: '2024-11.test' });
    // Printed actuals are there, but the first report makes none of them "new".
    expect(e!.kpis).toEqual([
      {
        name: '利用者数',
        years: [2023, 2024, 2025, 2026, 2027].map((fiscalYear, i) => ({ fiscalYear, actual: i === 0 ? '12人' : null, previous: null, change: null })),
      },
    ]);
  });

  it('gives each report its status, actuals and what changed against the one before', () => {
    const editions = [
      makeEdition('2024-11', [makePledge({ id: '1', status: 'delayed', kpis: [kpi('利用者数', ['12人'])], sections: sections({ nextSteps: ['研修を実施する。'] }) })]),
      makeEdition('2025-05', [
        makePledge({ id: '1', status: 'on-track', kpis: [kpi('利用者数', ['13人', '15人'])], statusReason: '順調。', sections: sections({ nextSteps: ['研修を実施する。'] }) }),
      ]),
      makeEdition('2025-11', [
        makePledge({ id: '1', status: 'on-track', kpis: [kpi('利用者数', ['13人', '15人'])], statusReason: '順調。', sections: sections({ nextSteps: ['研修を継続する。'] }) }),
      ]),
    ];
    const h = must(pledgeHistory(editions, '1'));
    expect(h.isFirstReport).toBe(false);
    expect(h.entries.map((e) => [e.edition.asOf, e.previous?.asOf ?? null, e.status])).toEqual([
      ['2024-11', null, 'delayed'],
      ['2025-05', '2024-11', 'on-track'],
      ['2025-11', '2025-05', 'on-track'],
    ]);
    const [, second, third] = h.entries;
    expect(second!.statusChange).toEqual({ from: 'delayed', to: 'on-track', move: 'improved' });
    expect(second!.actualChanges).toEqual([
      { kpi: '利用者数', fiscalYear: 2023, kind: 'revised', before: '12人', after: '13人' },
      { kpi: '利用者数', fiscalYear: 2024, kind: 'new', before: null, after: '15人' },
    ]);
    expect(second!.kpis[0]!.years.slice(0, 3)).toEqual([
      { fiscalYear: 2023, actual: '13人', previous: '12人', change: 'revised' },
      { fiscalYear: 2024, actual: '15人', previous: null, change: 'new' },
      { fiscalYear: 2025, actual: null, previous: null, change: null },
    ]);
    // Only the texts that changed, in the card's order: the status remark appeared.
    expect(second!.textChanges).toEqual([{ key: 'statusReason', items: [{ kind: 'added', text: '順調。' }] }]);
    expect(third!.statusChange).toBeNull();
    expect(third!.actualChanges).toEqual([]);
    expect(third!.textChanges.map((t) => t.key)).toEqual(['nextSteps']);
    const item = third!.textChanges[0]!.items[0]!;
    expect(item.kind === 'changed' && show(item.segments)).toBe('研修を[-実施-]{+継続+}する。');
  });

  it('keeps a pledge the latest report no longer lists readable in its last edition', () => {
    const last = makePledge({ id: '2-2', status: 'ahead', summary: '最後の版の概要。' });
    const editions = [
      makeEdition('2024-11', [makePledge({ id: '1' }), makePledge({ id: '2-2', status: 'on-track' })]),
      makeEdition('2025-05', [makePledge({ id: '1' }), last]),
      makeEdition('2025-11', [makePledge({ id: '1' })]),
    ];
    const h = must(pledgeHistory(editions, '2-2'));
    expect(h.listedInLatest).toBe(false);
    expect(h.lastListed.asOf).toBe('2025-05');
    expect(h.entries.map((e) => e.edition.asOf)).toEqual(['2024-11', '2025-05']);
    expect(h.entries[1]!.pledge).toBe(last);
    expect(latestListing(editions, '2-2')).toEqual({ pledge: last, edition: h.lastListed, listedInLatest: false });
    expect(latestListing(editions, '1')?.listedInLatest).toBe(true);
    expect(latestListing(editions, '99')).toBeNull();
  });

  it('compares across a report that skipped the pledge, and names what it skipped', () => {
    const editions = [
      makeEdition('2024-11', [makePledge({ id: '5', status: 'delayed' })]),
      makeEdition('2025-05', []),
      makeEdition('2025-11', [makePledge({ id: '5', status: 'ahead' })]),
    ];
    const [first, back] = must(pledgeHistory(editions, '5')).entries;
    expect(first!.skipped).toEqual([]);
    expect(back!.previous?.asOf).toBe('2024-11');
    expect(back!.skipped.map((e) => e.asOf)).toEqual(['2025-05']);
    expect(back!.statusChange).toEqual({ from: 'delayed', to: 'ahead', move: 'improved' });
  });

  it('starts a pledge added later at the report that first lists it', () => {
    const editions = [makeEdition('2024-11', []), makeEdition('2025-05', [makePledge({ id: '4-1', status: 'unreported' })])];
    const h = must(pledgeHistory(editions, '4-1'));
    expect(h.isFirstReport).toBe(true);
    expect(h.entries[0]).toMatchObject({ previous: null, skipped: [], statusChange: null });
    expect(pledgeHistory(editions, '9')).toBeNull();
    expect(pledgeHistory([], '1')).toBeNull();
  });

  it('follows a renamed KPI row by position and reports the actuals of a dropped row as cleared', () => {
    const editions = [
      makeEdition('2024-11', [makePledge({ id: '1', kpis: [kpi('利用者数', ['12人']), kpi('開催回数', ['3回'])] })]),
      makeEdition('2025-05', [makePledge({ id: '1', kpis: [kpi('延べ利用者数', ['12人', '20人'])] })]),
    ];
    const e = must(pledgeHistory(editions, '1')).entries[1]!;
    expect(e.kpis.map((k) => [k.name, k.years[0]!.change, k.years[1]!.change])).toEqual([['延べ利用者数', null, 'new']]);
    expect(e.actualChanges).toEqual([
      { kpi: '延べ利用者数', fiscalYear: 2024, kind: 'new', before: null, after: '20人' },
      { kpi: '開催回数', fiscalYear: 2023, kind: 'cleared', before: '3回', after: null },
    ]);
  });

  it('on the real dataset: a later report with a moved status, a new actual and reworded sections', () => {
    const first = realEdition();
    const later = laterEdition(first, '2025-05', (p) => {
      if (p.id === '20') {
        p.status = 'on-track';
        p.kpis[0]!.years[1]!.actual = '25.1億円';
      }
      if (p.id === '10') {
        p.sections.sinceMeeting[3] = 'スポットワーク（スキマワーク）の導入について市内の事業所と協議を開始した。';
        p.sections.budget = [];
      }
      return p;
    });
    const h20 = must(pledgeHistory([first, later], '20'));
    expect(h20.entries[1]!.statusChange).toEqual({ from: 'ahead', to: 'on-track', move: 'worsened' });
    expect(h20.entries[1]!.actualChanges).toEqual([{ kpi: 'ふるさと美唄応援寄附金額', fiscalYear: 2024, kind: 'new', before: null, after: '25.1億円' }]);
    expect(h20.entries[1]!.textChanges).toEqual([]);

    const h10 = must(pledgeHistory([first, later], '10')).entries[1]!;
    expect(h10.statusChange).toBeNull();
    expect(h10.textChanges.map((t) => t.key)).toEqual(['sinceMeeting', 'budget']);
    const since = h10.textChanges[0]!.items;
    expect(since.map((i) => i.kind)).toEqual(['same', 'same', 'same', 'changed']);
    const changed = since[3]!;
    expect(changed.kind === 'changed' && show(changed.segments)).toBe(
      'スポットワーク（スキマワーク）[-等の情報収集中-]{+の導入について市内の事業所と協議を開始した+}。',
    );
    expect(h10.textChanges[1]!.items).toEqual([{ kind: 'removed', text: '令和8年度以降の実施を予定。' }]);

    // Every other pledge is unchanged, and has nothing to show.
    for (const p of first.pledges.filter((x) => x.id !== '10' && x.id !== '20')) {
      const e = must(pledgeHistory([first, later], p.id)).entries[1]!;
      expect([e.statusChange, e.actualChanges, e.textChanges]).toEqual([null, [], []]);
    }
  });
});
