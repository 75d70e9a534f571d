// @vitest-environment node
/**
 * The chart data is derived from the real dataset: every one of the 29 pledges, with the numbers
 * asserted as printed on the cards (see data/README.md for the reading of each).
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parseDataset } from '../../src/domain/validate-dataset';
import type { Pledge } from '../../src/domain/schema';
import { achievementRate, kpiProgress, kpiView, kpiViews, pledgeProgress, type KpiView } from '../../src/domain/kpi-series';
import { formatRate } from '../../src/domain/format';

const result = parseDataset(readFileSync(fileURLToPath(new URL('../../data/pledges.json', import.meta.url)), 'utf8'));
if (!result.ok) throw new Error(`data/pledges.json is invalid: ${result.message}`);
const pledges = result.dataset.pledges;
const byId = new Map(pledges.map((p) => [p.id, p]));
const pledge = (id: string): Pledge => byId.get(id) ?? expect.fail(`pledge ${id} missing`);
const view = (id: string, i = 0): KpiView => kpiView(pledge(id).kpis[i]!, i);
const YEARS = [2023, 2024, 2025, 2026, 2027];

/** Pledge id → kind of each KPI: the expected reading of all 29 cards. */
const KINDS: Record<string, string[]> = {
  '1': ['qualitative'],
  '2-1': ['qualitative'],
  '2-2': ['qualitative'],
  '3': ['numeric'],
  '4-1': ['none'],
  '4-2': [],
  '5': ['numeric'],
  '6': [],
  '7': ['numeric'],
  '8': [],
  '9': [],
  '10': ['numeric'],
  '11': [],
  '12': [],
  '13-1': [],
  '13-2': [],
  '14': [],
  '15': [],
  '16': [],
  '17': [],
  '18': ['numeric'],
  '19': ['numeric'],
  '20': ['numeric'],
  '21': [],
  '22': [],
  '23': [],
  '24': [],
  '25': ['numeric'],
  '26': ['numeric', 'numeric'],
};

describe('every pledge', () => {
  it('covers the 29 pledges of the dataset', () => {
    expect(pledges.map((p) => p.id)).toEqual(Object.keys(KINDS).sort((a, b) => pledges.findIndex((p) => p.id === a) - pledges.findIndex((p) => p.id === b)));
    expect(pledges).toHaveLength(29);
  });

  it.each(pledges.map((p) => [p.id, p] as const))('pledge %s: KPI kinds, years and points match the cells', (id, p) => {
    const views = kpiViews(p);
    expect(views.map((v) => v.kind)).toEqual(KINDS[id]);
    for (const [i, v] of views.entries()) {
      const kpi = p.kpis[i]!;
      expect(v.index).toBe(i);
      expect(v.name).toBe(kpi.name);
      expect(v.fiscalYears).toEqual(YEARS);
      for (const s of [...v.parts, ...(v.total ? [v.total] : [])]) {
        // One point per fiscal year, each the number the card gives that year (dataset-fidelity
        // checks those against the printed cells).
        const card = kpi.series.find((c) => c.label === s.label && c.name === s.name && c.total === s.total)!;
        expect(s.baseline).toBe(card.baseline?.value ?? null);
        expect(s.years.map((y) => y.fiscalYear)).toEqual(YEARS);
        for (const y of s.years) {
          const printed = card.years.find((c) => c.fiscalYear === y.fiscalYear);
          expect(y.target).toBe(printed?.target?.value ?? null);
          expect(y.actual).toBe(printed?.actual?.value ?? null);
          expect(y.rate).toBe(y.actual != null && y.target ? y.actual / y.target : null);
        }
      }
      if (v.kind === 'qualitative') expect(v.milestones.map((m) => m.fiscalYear)).toEqual(YEARS);
      else expect(v.milestones).toEqual([]);
      if (v.kind !== 'numeric') {
        expect(v.parts).toEqual([]);
        expect(v.latest).toBeNull();
      }
    }
    const progress = pledgeProgress(p);
    expect(progress === null).toBe(!views.some((v) => v.kind === 'numeric'));
  });
});

describe('single-series KPIs', () => {
  it('20 furusato nozei: baseline 17.2億円, FY2023 23.6 against 20 = 118 %', () => {
    const v = view('20');
    expect(v.kind).toBe('numeric');
    expect(v.layout).toBe('single');
    expect(v.unit).toBe('億円');
    const s = v.parts[0]!;
    expect(s.baseline).toBe(17.2);
    expect(s.years.map((y) => y.target)).toEqual([20, 25, 30, 40, 40]);
    expect(s.years.map((y) => y.actual)).toEqual([23.6, null, null, null, null]);
    expect(s.years[0]!.rate).toBeCloseTo(1.18, 10);
    expect(v.latest).toMatchObject({ fiscalYear: 2023, actual: 23.6, target: 20, unit: '億円' });
    expect(v.latest!.rate).toBeCloseTo(1.18, 10);
    expect(formatRate(v.latest!.rate!, 'ja')).toBe('118%');
    expect(v.finalTarget).toEqual({ fiscalYear: 2027, value: 40, text: '40億円', unit: '億円' });
  });

  it('18 smart farming: bare numbers (no unit), 38.56 against 35', () => {
    const v = view('18');
    expect(v.unit).toBeNull();
    expect(v.parts[0]!.unit).toBeNull();
    expect(v.parts[0]!.baseline).toBe(31);
    expect(v.parts[0]!.years.map((y) => y.target)).toEqual([35, 40, 45, 50, 60]);
    expect(v.latest!.actual).toBe(38.56);
    expect(v.latest!.rate).toBeCloseTo(38.56 / 35, 10);
    expect(formatRate(v.latest!.rate!, 'en')).toBe('110.2%');
  });

  it('7 youth council: a target of 0 met by 0 has no rate', () => {
    const v = view('7');
    expect(v.unit).toBe('回');
    expect(v.parts[0]!.years.map((y) => y.target)).toEqual([0, 1, 1, 1, 1]);
    expect(v.latest).toMatchObject({ fiscalYear: 2023, actual: 0, target: 0, rate: null });
  });

  it('10 and 19: missing years stay null, no actual yet', () => {
    const ten = view('10');
    expect(ten.unit).toBe('か所');
    expect(ten.parts[0]!.baseline).toBe(0);
    expect(ten.parts[0]!.years.map((y) => y.target)).toEqual([null, null, 1, 2, 3]);
    expect(ten.latest).toBeNull();
    expect(ten.finalTarget).toMatchObject({ fiscalYear: 2027, value: 3 });
    const nineteen = view('19');
    expect(nineteen.unit).toBe('社');
    expect(nineteen.parts[0]!.years.map((y) => y.target)).toEqual([null, 2, 2, 2, 2]);
    expect(nineteen.latest).toBeNull();
  });

  it('26: two KPIs with their own units', () => {
    expect(pledge('26').kpis).toHaveLength(2);
    const [reg, training] = [view('26', 0), view('26', 1)];
    expect(reg.unit).toBe('％');
    expect(reg.parts[0]!.years.map((y) => y.target)).toEqual([100, 100, 100, 100, 100]);
    expect(training.unit).toBe('回');
    expect(training.parts[0]!.years.map((y) => y.target)).toEqual([1, 1, 1, 1, 1]);
    expect(training.index).toBe(1);
  });
});

describe('multi-part KPIs', () => {
  it('3: one series per nursery school', () => {
    const v = view('3');
    expect(v.layout).toBe('parts');
    expect(v.unit).toBe('名');
    expect(v.parts.map((s) => s.label)).toEqual(['ピパの子保育園', '認定こども園ひまわり']);
    expect(v.parts.map((s) => s.baseline)).toEqual([50, 6]);
    expect(v.parts[0]!.years.map((y) => y.target)).toEqual([null, null, null, 60, 60]);
    expect(v.parts[1]!.years.map((y) => y.target)).toEqual([null, null, null, 10, 10]);
    expect(v.sharedTargets).toBe(false);
    expect(v.total).toBeNull();
    expect(v.latest).toBeNull();
  });

  it('5: average and per grade, sharing the target 50; the average has the FY2023 actual', () => {
    const v = view('5');
    expect(v.layout).toBe('parts');
    expect(v.unit).toBe('偏差値');
    expect(v.parts.map((s) => s.label)).toEqual(['偏差値平均', '小6', '中1', '中2']);
    expect(v.parts.map((s) => s.baseline)).toEqual([null, 48, 46.2, 46.9]);
    expect(v.sharedTargets).toBe(true);
    expect(v.headline!.label).toBe('偏差値平均');
    expect(v.latest).toMatchObject({ label: '偏差値平均', fiscalYear: 2023, actual: 46.4, target: 50 });
    expect(v.latest!.rate).toBeCloseTo(0.928, 10);
    expect(formatRate(v.latest!.rate!, 'ja')).toBe('92.8%');
  });

  it('25: parts ②–⑥ stacked, adding up to the printed total, against the total target', () => {
    const v = view('25');
    expect(v.layout).toBe('stacked');
    expect(v.unit).toBe('回');
    expect(v.parts.map((s) => s.label)).toEqual(['②', '③', '④', '⑤', '⑥']);
    expect(v.parts.map((s) => s.name)).toEqual(['市長との対話の日', '地域懇談会オープンディスカッション', 'まちづくり勉強会', 'まちづくり目安箱', 'その他']);
    expect(v.parts[3]!.unit).toBe('件');
    expect(v.parts.map((s) => s.years[1]!.actual)).toEqual([3, 10, 2, 7, 4]);
    expect(v.parts.map((s) => s.years[0]!.actual)).toEqual([17, 9, 0, null, null]);
    const total = v.total!;
    expect(total.baseline).toBe(21);
    expect(total.years.map((y) => y.target)).toEqual([24, 27, 34, 40, 40]);
    expect(total.years.map((y) => y.actual)).toEqual([26, 26, null, null, null]);
    // The stacked parts reach the printed total.
    expect(total.years.map((_, i) => v.parts.reduce((n, s) => n + (s.years[i]!.actual ?? 0), 0))).toEqual([26, 26, 0, 0, 0]);
    expect(v.headline).toBe(total);
    expect(v.latest).toMatchObject({ total: true, label: null, fiscalYear: 2024, actual: 26, target: 27 });
    expect(v.latest!.rate).toBeCloseTo(26 / 27, 10);
    expect(v.finalTarget).toMatchObject({ fiscalYear: 2027, value: 40 });
  });
});

describe('qualitative and empty KPIs', () => {
  it('1, 2-1, 2-2: a milestone row with 無償化 in FY2026 and FY2027', () => {
    for (const id of ['1', '2-1', '2-2']) {
      const v = view(id);
      expect(v.kind).toBe('qualitative');
      expect(v.milestones.map((m) => m.target)).toEqual([null, null, null, '無償化', '無償化']);
      expect(v.milestones.every((m) => m.actual === null)).toBe(true);
      expect(pledgeProgress(pledge(id))).toBeNull();
    }
  });

  it('4-1: only dashes, so nothing to chart or list', () => {
    const v = view('4-1');
    expect(v.kind).toBe('none');
    expect(v.milestones).toEqual([]);
    expect(v.parts).toEqual([]);
  });
});

describe('overview progress panel', () => {
  it('lists the pledges with numeric KPIs, highest latest rate first', () => {
    const rows = kpiProgress(pledges);
    expect(rows.map((r) => r.pledgeId)).toEqual(['20', '18', '25', '5', '7', '3', '10', '19', '26']);
    const rates = rows.map((r) => (r.rate == null ? null : Math.round(r.rate * 1000) / 10));
    expect(rates).toEqual([118, 110.2, 96.3, 92.8, null, null, null, null, null]);
    expect(rows.find((r) => r.pledgeId === '7')!.main.latest).toMatchObject({ actual: 0, target: 0 });
    expect(rows.find((r) => r.pledgeId === '26')!.entries).toHaveLength(2);
  });
});

describe('helpers', () => {
  it('computes rates only where both exist and the target is not 0', () => {
    expect(achievementRate(23.6, 20)).toBeCloseTo(1.18, 10);
    expect(achievementRate(null, 20)).toBeNull();
    expect(achievementRate(5, null)).toBeNull();
    expect(achievementRate(0, 0)).toBeNull();
  });
});
