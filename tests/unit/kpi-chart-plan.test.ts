/**
 * What each numeric KPI's chart draws (the plan behind the canvas and its HTML legend): single
 * series, parts, shared targets and pledge 25's stack, on the real dataset.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseDataset } from '../../src/domain/validate-dataset';
import { kpiView } from '../../src/domain/kpi-series';
import { chartPlan as planOf, type PlanText } from '../../src/charts/plan';
import { planText } from '../../src/app/kpi-text';
import { showLang } from '../../src/i18n';

const result = parseDataset(readFileSync(resolve(process.cwd(), 'data/pledges.json'), 'utf8'));
if (!result.ok) throw new Error(result.message);
const pledges = result.dataset.pledges;
const view = (id: string, i = 0) => kpiView(pledges.find((p) => p.id === id)!.kpis[i]!, i);
/** The plan in the current UI language. */
const chartPlan = (v: ReturnType<typeof view>) => planOf(v, planText);

describe('chart plan', () => {
  it('20: actual bars with the baseline column, a target line, the rate over FY2023', () => {
    showLang('ja');
    const plan = chartPlan(view('20'));
    expect(plan.stacked).toBe(false);
    expect(plan.datasets.map((d) => [d.type, d.colour])).toEqual([
      ['bar', 'part-0'],
      ['line', 'target'],
    ]);
    expect(plan.datasets[0]!.data).toEqual([17.2, 23.6, null, null, null, null]);
    expect(plan.datasets[1]!.data).toEqual([null, 20, 25, 30, 40, 40]);
    expect(plan.rates).toEqual([{ index: 1, datasets: [0], text: '118%' }]);
  });

  it('3: one bar and one target line per nursery school', () => {
    const plan = chartPlan(view('3'));
    expect(plan.datasets.map((d) => `${d.type}:${d.label}`)).toEqual([
      'bar:ピパの子保育園',
      'bar:認定こども園ひまわり',
      'line:目標：ピパの子保育園',
      'line:目標：認定こども園ひまわり',
    ]);
    expect(plan.datasets[0]!.data).toEqual([50, null, null, null, null, null]);
    expect(plan.datasets[3]!.data).toEqual([null, null, null, null, 10, 10]);
  });

  it('5: one bar per grade and the average, one shared target line', () => {
    const plan = chartPlan(view('5'));
    expect(plan.datasets.filter((d) => d.type === 'bar').map((d) => d.label)).toEqual(['偏差値平均', '小6', '中1', '中2']);
    expect(plan.datasets.filter((d) => d.type === 'line').map((d) => d.label)).toEqual(['目標（共通）']);
    expect(plan.rates).toEqual([{ index: 1, datasets: [0], text: '92.8%' }]);
  });

  it('25: parts stacked, the ⑤ unit named, the baseline total, the total target line and rates', () => {
    const plan = chartPlan(view('25'));
    expect(plan.stacked).toBe(true);
    const bars = plan.datasets.filter((d) => d.type === 'bar');
    expect(bars.map((d) => d.label)).toEqual([
      '② 市長との対話の日',
      '③ 地域懇談会オープンディスカッション',
      '④ まちづくり勉強会',
      '⑤ まちづくり目安箱（単位：件）',
      '⑥ その他',
      '現状値',
    ]);
    expect(bars.every((d) => d.stack === 'actual')).toBe(true);
    // Each year's stack reaches the printed total.
    for (const [i, total] of [26, 26].entries()) expect(bars.slice(0, 5).reduce((n, d) => n + (d.data[i + 1] ?? 0), 0)).toBe(total);
    expect(plan.datasets.at(-1)).toMatchObject({ type: 'line', label: '目標（合計）', data: [null, 24, 27, 34, 40, 40] });
    expect(plan.rates.map((r) => [r.index, r.text])).toEqual([
      [1, '108.3%'],
      [2, '96.3%'],
    ]);
  });

  it('takes every word from the text it is given, never from i18next itself', () => {
    // Keys and their options as text, so the labels show which message each one is.
    const fake: PlanText = {
      t: (key, options) => (options ? `${key}${JSON.stringify(options)}` : key),
      partName: (s) => s.label,
      rateText: (r) => `${Math.round(r * 100)}`,
      unitLabel: (u) => `<${u}>`,
    };
    showLang('en');
    expect(planOf(view('20'), fake).datasets.map((d) => d.label)).toEqual(['charts.keyBars', 'charts.keyLine']);
    expect(planOf(view('20'), fake).rates.map((r) => r.text)).toEqual(['118']);
    expect(planOf(view('3'), fake).datasets.map((d) => d.label)).toEqual([
      'ピパの子保育園',
      '認定こども園ひまわり',
      'charts.targetOf{"part":"ピパの子保育園"}',
      'charts.targetOf{"part":"認定こども園ひまわり"}',
    ]);
    expect(planOf(view('5'), fake).datasets.at(-1)!.label).toBe('charts.targetShared');
    expect(planOf(view('25'), fake).datasets.map((d) => d.label)).toEqual([
      '②',
      '③',
      '④',
      'charts.partUnit{"part":"⑤","unit":"<件>"}',
      '⑥',
      'charts.baseline',
      'charts.targetTotal',
    ]);
    showLang('ja');
  });

  it('marks per-part target lines by shape as well as colour', () => {
    const lines = chartPlan(view('3')).datasets.filter((d) => d.type === 'line');
    expect(lines.map((d) => [d.colour, d.pointStyle])).toEqual([
      ['part-0', 'circle'],
      ['part-1', 'rect'],
    ]);
  });
});
