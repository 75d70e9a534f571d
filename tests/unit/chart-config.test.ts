/**
 * The Chart.js configuration of a KPI chart (src/charts/config.ts), without a canvas: datasets,
 * colours from a given palette, scales and stacking, the tooltip, and the column labels it picks.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Chart, ChartConfiguration, TooltipItem } from 'chart.js';
import { parseDataset } from '../../src/domain/validate-dataset';
import { kpiView } from '../../src/domain/kpi-series';
import { chartPlan } from '../../src/charts/plan';
import { categoryChoices } from '../../src/charts/category-labels';
import { chartConfig, withAlpha, type ChartInput } from '../../src/charts/config';
import type { Palette } from '../../src/charts/palette';
import { planText } from '../../src/app/kpi-text';

const result = parseDataset(readFileSync(resolve(process.cwd(), 'data/pledges.json'), 'utf8'));
if (!result.ok) throw new Error(result.message);
const view = (id: string) => kpiView(result.dataset.pledges.find((p) => p.id === id)!.kpis[0]!);

const PALETTE: Palette = {
  colours: { 'part-0': '#1f5fa8', 'part-1': '#b84a00', 'part-2': '#2a7d3a', 'part-3': '#8a3ea0', 'part-4': '#6e5c00', target: '#1a1a1a', neutral: '#676d75' },
  text: '#111111',
  muted: '#444444',
  grid: 'rgba(0, 0, 0, 0.12)',
  bg: '#ffffff',
  font: 'sans-serif',
  fontSize: 13,
};

function configOf(id: string, options: Partial<ChartInput> = {}) {
  const v = view(id);
  const input: ChartInput = {
    plan: chartPlan(v, planText),
    palette: PALETTE,
    categories: categoryChoices(v.fiscalYears, 'ja', '現状値'),
    axisTitle: '億円',
    tooltipLine: (label, value, unit) => `${label}=${value}${unit ?? ''}`,
    animate: false,
    ...options,
  };
  return { input, config: chartConfig(input) as ChartConfiguration<'bar'> & { data: { datasets: Record<string, unknown>[] } } };
}

/** A chart as the tick callbacks see it: a canvas whose text is 0.6 em wide per character. */
function fakeChart(width: number): Pick<Chart, 'ctx' | 'chartArea' | 'width'> {
  let size = 0;
  const ctx = {
    save() {},
    restore() {},
    set font(f: string) {
      size = parseFloat(f);
    },
    measureText: (text: string) => ({ width: text.length * size * 0.6 }),
  };
  return { ctx: ctx as unknown as CanvasRenderingContext2D, chartArea: { left: 0, right: width, top: 0, bottom: 200, width, height: 200 }, width };
}

describe('chart config', () => {
  it('20: actual bars in the first part colour, the baseline column lighter, a dashed target line on top', () => {
    const { config } = configOf('20');
    expect(config.type).toBe('bar');
    expect(config.data.labels).toEqual(['0', '1', '2', '3', '4', '5']);
    const [bars, line] = config.data.datasets;
    expect(bars).toMatchObject({ type: 'bar', label: '棒：現状値と実績', data: [17.2, 23.6, null, null, null, null], borderColor: '#1f5fa8', borderWidth: 2, skipNull: true, maxBarThickness: 48 });
    expect(bars!.backgroundColor).toEqual(['rgba(31, 95, 168, 0.35)', '#1f5fa8', '#1f5fa8', '#1f5fa8', '#1f5fa8', '#1f5fa8']);
    expect(line).toMatchObject({ type: 'line', borderColor: '#1a1a1a', borderDash: [6, 4], pointStyle: 'circle', pointBackgroundColor: '#ffffff', order: -1, spanGaps: false });
    expect(config.options!.scales!.x!.stacked).toBe(false);
    expect(config.options!.scales!.y).toMatchObject({ stacked: false, beginAtZero: true, title: { display: true, text: '億円', color: '#111111' } });
  });

  it('25: parts stacked in their colours with a background-coloured top edge, the baseline bar neutral', () => {
    const { config } = configOf('25');
    expect(config.options!.scales!.x!.stacked).toBe(true);
    expect(config.options!.scales!.y!.stacked).toBe(true);
    const datasets = config.data.datasets;
    const bars = datasets.filter((d) => d.type === 'bar');
    expect(bars.map((d) => d.stack)).toEqual(['actual', 'actual', 'actual', 'actual', 'actual', 'actual']);
    // Stacked bars are never lighter in the first column, and their segments are outlined in the background.
    expect(bars.map((d) => (d.backgroundColor as string[])[0])).toEqual(['#1f5fa8', '#b84a00', '#2a7d3a', '#8a3ea0', '#6e5c00', '#676d75']);
    expect(bars.every((d) => d.borderColor === '#ffffff' && (d as { skipNull?: boolean }).skipNull === false)).toBe(true);
    expect(bars[0]!.borderWidth).toEqual({ top: 2, right: 0, bottom: 0, left: 0 });
    expect(datasets.at(-1)).toMatchObject({ type: 'line', stack: 'target', borderColor: '#1a1a1a' });
  });

  it('animates only when asked, and titles the value axis only when there is a unit', () => {
    expect(configOf('20').config.options!.animation).toBe(false);
    expect(configOf('20', { animate: true }).config.options!.animation).toEqual({ duration: 400 });
    expect(configOf('18', { axisTitle: null }).config.options!.scales!.y!.title).toMatchObject({ display: false, text: '' });
  });

  it('lists each drawn value in the tooltip with its series colour, titled by the full column label', () => {
    const { config } = configOf('20');
    const tooltip = config.options!.plugins!.tooltip!;
    const item = (datasetIndex: number, dataIndex: number, raw: number | null) =>
      ({ datasetIndex, dataIndex, raw, dataset: config.data.datasets[datasetIndex] }) as unknown as TooltipItem<'bar'>;
    expect((tooltip.filter as (i: TooltipItem<'bar'>) => boolean)(item(0, 2, null))).toBe(false);
    expect((tooltip.filter as (i: TooltipItem<'bar'>) => boolean)(item(0, 1, 23.6))).toBe(true);
    const callbacks = tooltip.callbacks as unknown as Record<string, (x: unknown) => unknown>;
    expect(callbacks.title!([item(0, 1, 23.6)])).toBe('2023年度（R5）');
    expect(callbacks.title!([item(0, 0, 17.2)])).toBe('現状値');
    expect(callbacks.label!(item(1, 1, 20))).toBe('線と点：目標=20億円');
    expect(callbacks.labelColor!(item(1, 1, 20))).toEqual({ borderColor: '#1a1a1a', backgroundColor: '#1a1a1a' });
  });

  it('writes the rates with its own plugin', () => {
    expect(configOf('20').config.plugins!.map((p) => p.id)).toEqual(['kpiRates']);
  });

  it('labels the columns with the longest set that fits the chart, shrinking the shortest on a narrow one', () => {
    const ticks = configOf('20').config.options!.scales!.x!.ticks as unknown as {
      callback: (this: { chart: unknown }, value: unknown, index: number) => unknown;
      font: (ctx: { chart: unknown }) => { size: number };
    };
    const labelsAt = (width: number) => ({
      labels: [0, 1, 2].map((i) => ticks.callback.call({ chart: fakeChart(width) }, i, i)),
      size: ticks.font({ chart: fakeChart(width) }).size,
    });
    // Six columns, 6 px apart; `2023年度` is 6 × 13 × 0.6 = 46.8 px wide.
    expect(labelsAt(900)).toEqual({ labels: ['現状値', ['2023年度', '（R5）'], ['2024年度', '（R6）']], size: 13 });
    expect(labelsAt(318)).toEqual({ labels: ['現状値', ['2023年度', '（R5）'], ['2024年度', '（R6）']], size: 13 });
    expect(labelsAt(316)).toEqual({ labels: [['現状', '値'], ['2023', '(R5)'], ['2024', '(R6)']], size: 13 });
    expect(labelsAt(200)).toEqual({ labels: [['現状', '値'], 'R5', 'R6'], size: 13 });
    // Too narrow for any set: the shortest, shrunk, never below 10 px.
    expect(labelsAt(120)).toEqual({ labels: [['現状', '値'], 'R5', 'R6'], size: 11 });
    expect(labelsAt(60).size).toBe(10);
  });
});

describe('withAlpha', () => {
  it('turns #rrggbb into rgba with the alpha, and leaves other colours alone', () => {
    expect(withAlpha('#1f5fa8', 0.35)).toBe('rgba(31, 95, 168, 0.35)');
    expect(withAlpha('#FFFFFF', 0.5)).toBe('rgba(255, 255, 255, 0.5)');
    expect(withAlpha('rgb(1, 2, 3)', 0.5)).toBe('rgb(1, 2, 3)');
  });
});
