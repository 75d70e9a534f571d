/**
 * KPI data for charts, derived from the dataset by pure functions (dataset → chart-ready series).
 *
 * Nothing here knows Chart.js or the UI language: the page turns these views into a chart, a
 * caption, a milestone row or a progress list. Values are never converted (`17.2` stays `17.2`
 * in 億円); the achievement rate is actual ÷ target as a ratio (`1.18` = 118 %), null where
 * either is missing or the target is 0.
 */
import type { Kpi, KpiSeries, NumericPoint, Pledge } from './schema';

/** numeric: has chartable series; qualitative: text targets/actuals only; none: nothing but dashes. */
export type KpiKind = 'numeric' | 'qualitative' | 'none';

/** single: one series; parts: one series per part; stacked: parts that add up to a printed total. */
export type KpiLayout = 'single' | 'parts' | 'stacked';

export interface YearPoint {
  fiscalYear: number;
  target: number | null;
  /** The printed fragment the target was read from: what a quotation of the report says. */
  targetText: string | null;
  actual: number | null;
  actualText: string | null;
  /** actual ÷ target (ratio), where both exist and the target is not 0. */
  rate: number | null;
}

export interface ChartSeries {
  label: string | null;
  name: string | null;
  total: boolean;
  unit: string | null;
  baseline: number | null;
  /** One point per fiscal year of the KPI, in order (a year missing from the series is all null). */
  years: YearPoint[];
}

export interface LatestActual {
  /** Part label (`②`, `偏差値平均`); null for a single series or a total. */
  label: string | null;
  total: boolean;
  fiscalYear: number;
  actual: number;
  /** As printed (`23.6億円`): the facts block and the embedded card quote these, not the numbers. */
  actualText: string;
  target: number | null;
  targetText: string | null;
  rate: number | null;
  unit: string | null;
}

export interface FinalTarget {
  fiscalYear: number;
  value: number;
  /** As printed. */
  text: string;
  unit: string | null;
}

export interface Milestone {
  fiscalYear: number;
  target: string | null;
  actual: string | null;
}

export interface KpiView {
  index: number;
  name: string;
  kind: KpiKind;
  layout: KpiLayout;
  fiscalYears: number[];
  /** Unit for the value axis: the total's, else the most common among the parts; null if none printed. */
  unit: string | null;
  /** Parts (or the one series), in printed order; the total is separate. */
  parts: ChartSeries[];
  total: ChartSeries | null;
  /** True when every part has the same targets (one target line says it all: pledge 5). */
  sharedTargets: boolean;
  /** The series the caption and the overview talk about: the total, else the latest-reported part. */
  headline: ChartSeries | null;
  latest: LatestActual | null;
  finalTarget: FinalTarget | null;
  /** Per-year printed target/actual, for qualitative KPIs (empty for the others). */
  milestones: Milestone[];
}

/** actual ÷ target, or null when it cannot be computed. */
export function achievementRate(actual: number | null | undefined, target: number | null | undefined): number | null {
  if (actual == null || target == null || target === 0) return null;
  return actual / target;
}

const value = (p: NumericPoint | null | undefined) => p?.value ?? null;
const text = (p: NumericPoint | null | undefined) => p?.text ?? null;

/** The fiscal years a KPI covers: its printed years, else the ones of its series. */
function kpiYears(kpi: Kpi): number[] {
  const ys = kpi.years.length > 0 ? kpi.years.map((y) => y.fiscalYear) : kpi.series.flatMap((s) => s.years.map((y) => y.fiscalYear));
  return [...new Set(ys)].sort((a, b) => a - b);
}

function toChartSeries(s: KpiSeries, fiscalYears: number[]): ChartSeries {
  const byYear = new Map(s.years.map((y) => [y.fiscalYear, y]));
  return {
    label: s.label,
    name: s.name,
    total: s.total,
    unit: s.unit,
    baseline: value(s.baseline),
    years: fiscalYears.map((fy) => {
      const y = byYear.get(fy);
      const target = value(y?.target);
      const actual = value(y?.actual);
      return { fiscalYear: fy, target, targetText: text(y?.target), actual, actualText: text(y?.actual), rate: achievementRate(actual, target) };
    }),
  };
}

function hasValues(s: ChartSeries): boolean {
  return s.baseline != null || s.years.some((y) => y.target != null || y.actual != null);
}

function mostCommon<T>(xs: T[]): T | null {
  const counts = new Map<T, number>();
  for (const x of xs) counts.set(x, (counts.get(x) ?? 0) + 1);
  let best: T | null = null;
  let n = 0;
  for (const [x, c] of counts) if (c > n) [best, n] = [x, c];
  return best;
}

/** Latest fiscal year with an actual in a series, with its target and rate. */
function latestActual(s: ChartSeries): LatestActual | null {
  for (let i = s.years.length - 1; i >= 0; i--) {
    const y = s.years[i]!;
    if (y.actual == null) continue;
    return {
      label: s.total ? null : s.label,
      total: s.total,
      fiscalYear: y.fiscalYear,
      actual: y.actual,
      actualText: y.actualText ?? String(y.actual),
      target: y.target,
      targetText: y.targetText,
      rate: y.rate,
      unit: s.unit,
    };
  }
  return null;
}

function finalTarget(s: ChartSeries): FinalTarget | null {
  for (let i = s.years.length - 1; i >= 0; i--) {
    const y = s.years[i]!;
    if (y.target != null) return { fiscalYear: y.fiscalYear, value: y.target, text: y.targetText ?? String(y.target), unit: s.unit };
  }
  return null;
}

const sameTargets = (a: ChartSeries, b: ChartSeries) => a.unit === b.unit && a.years.every((y, i) => y.target === b.years[i]!.target);

/** Everything the page needs to show one KPI. */
export function kpiView(kpi: Kpi, index = 0): KpiView {
  const fiscalYears = kpiYears(kpi);
  const all = kpi.series.map((s) => toChartSeries(s, fiscalYears)).filter(hasValues);
  const parts = all.filter((s) => !s.total);
  const total = all.find((s) => s.total) ?? null;
  const numeric = all.length > 0;
  const printed = kpi.years.some((y) => y.target != null || y.actual != null);
  const kind: KpiKind = numeric ? 'numeric' : printed ? 'qualitative' : 'none';
  const layout: KpiLayout = total && parts.length > 0 ? 'stacked' : parts.length > 1 ? 'parts' : 'single';

  // Headline: the total; else the part whose latest actual is the most recent (first on a tie).
  let headline: ChartSeries | null = total ?? null;
  if (!headline && parts.length > 0) {
    let best: { s: ChartSeries; fy: number } | null = null;
    for (const s of parts) {
      const l = latestActual(s);
      if (l && (!best || l.fiscalYear > best.fy)) best = { s, fy: l.fiscalYear };
    }
    headline = best?.s ?? parts[0]!;
  }

  return {
    index,
    name: kpi.name,
    kind,
    layout,
    fiscalYears,
    unit: total ? total.unit : mostCommon(parts.map((s) => s.unit).filter((u): u is string => u != null)),
    parts,
    total,
    sharedTargets: parts.length > 1 && parts.every((s) => sameTargets(s, parts[0]!)),
    headline,
    latest: headline ? latestActual(headline) : null,
    finalTarget: headline ? finalTarget(headline) : null,
    milestones: kind === 'qualitative' ? kpi.years.map((y) => ({ fiscalYear: y.fiscalYear, target: y.target, actual: y.actual })) : [],
  };
}

export function kpiViews(pledge: Pledge): KpiView[] {
  return pledge.kpis.map((k, i) => kpiView(k, i));
}

export interface KpiProgressEntry {
  kpiIndex: number;
  name: string;
  latest: LatestActual | null;
  finalTarget: FinalTarget | null;
}

export interface PledgeProgress {
  pledgeId: string;
  /** One entry per numeric KPI. */
  entries: KpiProgressEntry[];
  /** The entry the overview shows: the lowest rate, else the first reported actual, else the first KPI. */
  main: KpiProgressEntry;
  /** The main entry's rate (null: no actual yet, or a target of 0). */
  rate: number | null;
}

/** Latest achievement of a pledge's numeric KPIs; null when it has none. */
export function pledgeProgress(pledge: Pledge): PledgeProgress | null {
  const entries = kpiViews(pledge)
    .filter((v) => v.kind === 'numeric')
    .map((v) => ({ kpiIndex: v.index, name: v.name, latest: v.latest, finalTarget: v.finalTarget }));
  if (entries.length === 0) return null;
  const rated = entries.filter((e) => e.latest?.rate != null).sort((a, b) => a.latest!.rate! - b.latest!.rate!);
  const main = rated[0] ?? entries.find((e) => e.latest) ?? entries[0]!;
  return { pledgeId: pledge.id, entries, main, rate: main.latest?.rate ?? null };
}

/**
 * Pledges with numeric KPIs for the overview's progress panel: highest rate first, then those
 * with an actual but no rate, then those with no actual yet; document order breaks ties.
 */
export function kpiProgress(pledges: readonly Pledge[]): PledgeProgress[] {
  const rows = pledges.map(pledgeProgress).filter((r): r is PledgeProgress => r != null);
  const group = (r: PledgeProgress) => (r.rate != null ? 0 : r.main.latest ? 1 : 2);
  return rows
    .map((r, i) => ({ r, i }))
    .sort((a, b) => group(a.r) - group(b.r) || (b.r.rate ?? 0) - (a.r.rate ?? 0) || a.i - b.i)
    .map(({ r }) => r);
}
