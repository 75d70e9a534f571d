/**
 * The labels under the chart's columns. There are several sets, longest first, and the first
 * whose widest line fits a column is drawn, so a 320 px screen gets `2023`/`(R5)` where a wide
 * one gets `2023年度`/`（R5）` (or `FY2023`). Pure: the text is measured by a function passed in.
 */
import type { Lang } from '../domain/format';

/** A label; an array is drawn one line per item. */
export type CategoryLabel = string | string[];

/** Sets a font size and returns what measures text in it, in pixels (a canvas; tests pass a stand-in). */
export type Measure = (size: number) => (text: string) => number;

/** Labels of the baseline column and each fiscal year, longest set first. */
export function categoryChoices(fiscalYears: readonly number[], lang: Lang, baseline: string): CategoryLabel[][] {
  const ja = lang === 'ja';
  const baseShort = ja ? [baseline.slice(0, 2), baseline.slice(2)].filter(Boolean) : baseline.length > 5 ? [baseline.slice(0, 4), baseline.slice(4)] : [baseline];
  return [
    [baseline, ...fiscalYears.map((fy) => (ja ? [`${fy}年度`, `（R${fy - 2018}）`] : `FY${fy}`))],
    [baseShort, ...fiscalYears.map((fy) => (ja ? [`${fy}`, `(R${fy - 2018})`] : ['FY', `${fy}`]))],
    [baseShort, ...fiscalYears.map((fy) => (ja ? `R${fy - 2018}` : `'${String(fy).slice(2)}`))],
  ];
}

/** The smallest font size the labels shrink to before they are allowed to overflow. */
const MIN_SIZE = 10;

/**
 * The longest set that fits `perColumn` pixels at `fontSize`; else the shortest set, in the
 * largest smaller size that fits (not below 10 px).
 */
export function fitLabels(choices: CategoryLabel[][], perColumn: number, fontSize: number, measure: Measure): { labels: CategoryLabel[]; size: number } {
  const widest = (labels: CategoryLabel[], size: number) => Math.max(...labels.flatMap((l) => (Array.isArray(l) ? l : [l])).map(measure(size)));
  const fit = choices.find((c) => widest(c, fontSize) <= perColumn);
  if (fit) return { labels: fit, size: fontSize };
  const shortest = choices[choices.length - 1]!;
  let size = fontSize;
  while (size > MIN_SIZE && widest(shortest, size) > perColumn) size--;
  return { labels: shortest, size };
}
