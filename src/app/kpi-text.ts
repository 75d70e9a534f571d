/**
 * KPI numbers in words, in the current UI language: unit names, values, rates, fiscal years,
 * part names, the words a chart draws, and the caption sentence that states the latest actual
 * against its target (the chart's text alternative). Each reads the language signal, so a view
 * that calls one follows a change of language. The rules themselves are pure, in domain/format.ts
 * and domain/dates.ts.
 */
import type { ChartSeries, KpiView } from '../domain/kpi-series';
import { formatFiscalYear } from '../domain/dates';
import { formatQuantity, formatRate, unitKey } from '../domain/format';
import type { PlanText } from '../charts/plan';
import { lang, t, type MessageKey } from '../i18n';

/** Units whose English name has a singular (`1 time`); the locales hold `charts.unit.<key>One`. */
const COUNTABLE = new Set(['times', 'people', 'companies', 'cases', 'places']);

/** The unit as the reader's language names it (as printed when unknown); `count` picks the singular. */
export function unitLabel(unit: string | null, count?: number): string | null {
  if (unit == null) return null;
  const key = unitKey(unit);
  if (!key) return unit;
  const one = count === 1 && COUNTABLE.has(key);
  return t(`charts.unit.${key}${one ? 'One' : ''}` as MessageKey);
}

/** `23.6億円` / `23.6 × ¥100 million`, `偏差値46.4` / `score 46.4`, `38.56` (no unit printed). */
export function formatKpiValue(value: number, unit: string | null): string {
  return formatQuantity(value, unit, unitLabel(unit, value), lang());
}

/** `実績：23.6億円` / `Actual: 23.6 × ¥100 million`: a series' value, as the chart's tooltip lists it. */
export function labelledValue(label: string, value: number, unit: string | null): string {
  return `${label}${lang() === 'ja' ? '：' : ': '}${formatKpiValue(value, unit)}`;
}

export function rateText(rate: number): string {
  return formatRate(rate, lang());
}

export function yearText(fy: number): string {
  return formatFiscalYear(fy, lang());
}

/** `② 市長との対話の日`, `小6`; for a single series the KPI itself (null). */
export function partName(s: Pick<ChartSeries, 'label' | 'name' | 'total'>): string | null {
  if (s.total) return t('charts.total');
  if (s.label && s.name) return `${s.label} ${s.name}`;
  return s.label ?? s.name;
}

/** What a chart's plan needs of the language (charts/plan.ts stays free of i18next). */
export const planText: PlanText = { t, partName, rateText, unitLabel };

/** One or two sentences: the latest actual against its target, or the final target when none yet. */
export function kpiSummary(view: KpiView): string {
  const l = view.latest;
  if (l) {
    const subject =
      l.total && view.layout === 'stacked'
        ? t('charts.subjectTotal')
        : l.label && view.parts.length > 1
          ? t('charts.subjectPart', { part: partName(view.headline!) ?? l.label })
          : '';
    const year = yearText(l.fiscalYear);
    const actual = formatKpiValue(l.actual, l.unit);
    if (l.target == null) return t('charts.latestNoTarget', { year, subject, actual });
    const target = formatKpiValue(l.target, l.unit);
    if (l.rate == null) return t('charts.latestNoRate', { year, subject, actual, target });
    return t('charts.latestRate', { year, subject, actual, target, rate: rateText(l.rate) });
  }
  const f = view.finalTarget;
  if (f && view.layout === 'parts' && !view.sharedTargets) {
    // No actual yet and targets per part (pledge 3): name each part's final target.
    const finals = view.parts.flatMap((s) => {
      const last = [...s.years].reverse().find((y) => y.target != null);
      return last ? [`${partName(s)} ${formatKpiValue(last.target!, s.unit)}`] : [];
    });
    return t('charts.noActual', { year: yearText(f.fiscalYear), target: finals.join(lang() === 'ja' ? '、' : ', ') });
  }
  if (f) return t('charts.noActual', { year: yearText(f.fiscalYear), target: formatKpiValue(f.value, f.unit) });
  return t('charts.noValues');
}
