/**
 * KPI numbers in words in the current UI language (src/app/kpi-text.ts): unit names with their
 * singulars, values, tooltip lines, and the caption sentence of each kind of KPI.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { parseDataset } from '../../src/domain/validate-dataset';
import { kpiView } from '../../src/domain/kpi-series';
import { formatKpiValue, kpiSummary, labelledValue, partName, planText, rateText, unitLabel, yearText } from '../../src/app/kpi-text';
import { showLang } from '../../src/i18n';

const result = parseDataset(readFileSync(resolve(process.cwd(), 'data/pledges.json'), 'utf8'));
if (!result.ok) throw new Error(result.message);
const pledges = result.dataset.pledges;
const view = (id: string, i = 0) => kpiView(pledges.find((p) => p.id === id)!.kpis[i]!, i);

afterEach(() => showLang('ja'));

describe('kpi text', () => {
  it('names units in the reader language, singular for one, as printed when unknown', () => {
    expect(unitLabel('億円')).toBe('億円');
    expect(unitLabel(null)).toBeNull();
    showLang('en');
    expect(unitLabel('回', 2)).toBe('times');
    expect(unitLabel('回', 1)).toBe('time');
    expect(unitLabel('％', 1)).toBe('%');
    expect(unitLabel('トン')).toBe('トン');
  });

  it('writes values, rates, years and tooltip lines in the current language', () => {
    expect(formatKpiValue(23.6, '億円')).toBe('23.6億円');
    expect(formatKpiValue(46.4, '偏差値')).toBe('偏差値46.4');
    expect(rateText(26 / 27)).toBe('96.3%');
    expect(yearText(2023)).toBe('2023年度（R5）');
    expect(labelledValue('実績', 23.6, '億円')).toBe('実績：23.6億円');
    showLang('en');
    expect(formatKpiValue(1, '回')).toBe('1 time');
    expect(formatKpiValue(100, '％')).toBe('100%');
    expect(yearText(2023)).toBe('FY2023');
    expect(labelledValue('Actual', 3, 'か所')).toBe('Actual: 3 sites');
  });

  it('names parts by label and name, a total as the total', () => {
    expect(partName({ label: '②', name: '市長との対話の日', total: false })).toBe('② 市長との対話の日');
    expect(partName({ label: '小6', name: null, total: false })).toBe('小6');
    expect(partName({ label: null, name: null, total: false })).toBeNull();
    expect(partName({ label: null, name: null, total: true })).toBe('合計');
  });

  it('gives a chart plan the current language', () => {
    expect([planText.t('charts.baseline'), planText.rateText(1.18), planText.unitLabel('件')]).toEqual(['現状値', '118%', '件']);
    showLang('en');
    expect([planText.t('charts.baseline'), planText.unitLabel('件')]).toEqual(['Baseline', 'cases']);
  });

  it('captions state the latest actual against its target in both languages', () => {
    expect(kpiSummary(view('20'))).toBe('2023年度（R5）の実績は23.6億円で、目標20億円に対する達成率は118%です。');
    expect(kpiSummary(view('25'))).toBe('2024年度（R6）の合計の実績は26回で、目標27回に対する達成率は96.3%です。');
    expect(kpiSummary(view('5'))).toBe('2023年度（R5）の偏差値平均の実績は偏差値46.4で、目標偏差値50に対する達成率は92.8%です。');
    expect(kpiSummary(view('7'))).toBe('2023年度（R5）の実績は0回で、目標は0回です。');
    expect(kpiSummary(view('3'))).toBe('実績はまだ報告されていません。最終の目標は2027年度（R9）にピパの子保育園 60名、認定こども園ひまわり 10名です。');
    expect(kpiSummary(view('18'))).toBe('2023年度（R5）の実績は38.56で、目標35に対する達成率は110.2%です。');
    showLang('en');
    expect(kpiSummary(view('20'))).toBe('In FY2023 the actual was 23.6 × ¥100 million against a target of 20 × ¥100 million: 118% achieved.');
    expect(kpiSummary(view('10'))).toBe('No actual has been reported yet. The final target is 3 sites in FY2027.');
    expect(kpiSummary(view('26', 1))).toBe('No actual has been reported yet. The final target is 1 time in FY2027.');
  });
});
