/**
 * What a KPI chart draws, without Chart.js: its series (bars and target lines, with colour roles
 * and labels), the achievement rates written over the bars, and whether the bars stack. The
 * same plan drives the canvas (config.ts) and the HTML legend, so the two cannot disagree.
 */
import type { ChartSeries, KpiView } from '../domain/kpi-series';
import type { MessageKey, TOptions } from '../i18n';

const PART_COLOURS = ['part-0', 'part-1', 'part-2', 'part-3', 'part-4'] as const;
/** Colour roles; styles/charts.css gives each a `--chart-<role>` colour per theme. */
export const COLOUR_TOKENS = [...PART_COLOURS, 'target', 'neutral'] as const;
export type ColourToken = (typeof COLOUR_TOKENS)[number];

/** Point marks of per-part target lines, so they differ by shape as well as colour. */
const POINT_STYLES = ['circle', 'rect', 'triangle', 'rectRot', 'crossRot'] as const;

export interface PlanDataset {
  type: 'bar' | 'line';
  colour: ColourToken;
  label: string;
  unit: string | null;
  /** One value per category: the baseline column first, then each fiscal year. */
  data: (number | null)[];
  stack?: string;
  pointStyle?: (typeof POINT_STYLES)[number];
}

export interface RateLabel {
  /** Category index (0 is the baseline column). */
  index: number;
  /** Datasets whose bars make up the column; the label sits above the highest. */
  datasets: number[];
  text: string;
}

export interface ChartPlan {
  datasets: PlanDataset[];
  rates: RateLabel[];
  stacked: boolean;
}

/** The UI language, as a plan's labels need it (app/kpi-text.ts `planText` is the app's). */
export interface PlanText {
  t: (key: MessageKey, options?: TOptions) => string;
  partName: (s: ChartSeries) => string | null;
  rateText: (rate: number) => string;
  unitLabel: (unit: string) => string | null;
}

const colourOf = (i: number): ColourToken => PART_COLOURS[i % PART_COLOURS.length]!;

/** Datasets for a numeric KPI. */
export function chartPlan(view: KpiView, { t, partName, rateText, unitLabel }: PlanText): ChartPlan {
  const datasets: PlanDataset[] = [];
  const rates: RateLabel[] = [];
  const axisUnit = view.unit;
  // A part whose unit differs from the axis's says its own: `⑤ まちづくり目安箱（単位：件）`.
  const withUnit = (label: string, unit: string | null) =>
    unit !== axisUnit && unit != null ? t('charts.partUnit', { part: label, unit: unitLabel(unit) ?? unit }) : label;

  if (view.layout === 'stacked') {
    view.parts.forEach((s, i) => {
      datasets.push({
        type: 'bar',
        colour: colourOf(i),
        label: withUnit(partName(s) ?? String(i + 1), s.unit),
        unit: s.unit,
        data: [null, ...s.years.map((y) => y.actual)],
        stack: 'actual',
      });
    });
    const total = view.total!;
    const bars = datasets.map((_, i) => i);
    if (total.baseline != null) {
      datasets.push({ type: 'bar', colour: 'neutral', label: t('charts.baseline'), unit: total.unit, data: [total.baseline, ...total.years.map(() => null)], stack: 'actual' });
    }
    datasets.push({ type: 'line', colour: 'target', label: t('charts.targetTotal'), unit: total.unit, data: [null, ...total.years.map((y) => y.target)], stack: 'target', pointStyle: 'circle' });
    total.years.forEach((y, i) => {
      if (y.rate != null) rates.push({ index: i + 1, datasets: bars, text: rateText(y.rate) });
    });
    return { datasets, rates, stacked: true };
  }

  const single = view.layout === 'single';
  view.parts.forEach((s, i) => {
    const di = datasets.length;
    datasets.push({
      type: 'bar',
      colour: colourOf(i),
      label: single ? t('charts.keyBars') : withUnit(partName(s) ?? String(i + 1), s.unit),
      unit: s.unit,
      data: [s.baseline, ...s.years.map((y) => y.actual)],
    });
    s.years.forEach((y, yi) => {
      if (y.rate != null) rates.push({ index: yi + 1, datasets: [di], text: rateText(y.rate) });
    });
  });
  if (single || view.sharedTargets) {
    const s = view.parts[0]!;
    datasets.push({
      type: 'line',
      colour: 'target',
      label: single ? t('charts.keyLine') : t('charts.targetShared'),
      unit: s.unit,
      data: [null, ...s.years.map((y) => y.target)],
      pointStyle: 'circle',
    });
  } else {
    view.parts.forEach((s, i) => {
      if (s.years.every((y) => y.target == null)) return;
      datasets.push({
        type: 'line',
        colour: colourOf(i),
        label: t('charts.targetOf', { part: partName(s) ?? String(i + 1) }),
        unit: s.unit,
        data: [null, ...s.years.map((y) => y.target)],
        pointStyle: POINT_STYLES[i % POINT_STYLES.length]!,
      });
    });
  }
  return { datasets, rates, stacked: false };
}
