/**
 * What draws a KPI chart, loaded with a dynamic `import()` after the page has rendered (see
 * load-kpi-drawing.ts): Chart.js and everything that only matters once there is a canvas (the
 * configuration, column-label fitting, the rate labels) sit in one chunk, so a pledge page's
 * first render carries none of it. Only what the KPI charts use is registered (bar and line
 * controllers and elements, category and linear scales, the tooltip) so the rest is
 * tree-shaken; the legend is HTML, so it follows the text size and reads without the canvas.
 */
import { BarController, BarElement, CategoryScale, Chart, LinearScale, LineController, LineElement, PointElement, Tooltip } from 'chart.js';
import type { KpiView } from '../domain/kpi-series';
import type { Lang } from '../domain/format';
import { categoryChoices } from './category-labels';
import { chartConfig } from './config';
import type { Palette } from './palette';
import { chartPlan, type PlanText } from './plan';

// Registering what is registered already is a no-op in Chart.js, and the module runs once.
Chart.register(BarController, BarElement, LineController, LineElement, PointElement, CategoryScale, LinearScale, Tooltip);

export { Chart };

/** What a chart is drawn from besides its canvas: the data, the page's palette and its words. */
export interface KpiDrawingInput {
  view: KpiView;
  palette: Palette;
  lang: Lang;
  /** The baseline column's label (現状値 / Baseline). */
  baselineLabel: string;
  /** The value axis's title (the unit's name); null when no unit is printed. */
  axisTitle: string | null;
  planText: PlanText;
  tooltipLine: (label: string, value: number, unit: string | null) => string;
  animate: boolean;
}

/** A KPI chart drawn on `canvas`; the caller destroys it before drawing again. */
export function drawKpiChart(canvas: HTMLCanvasElement, input: KpiDrawingInput): Chart {
  const plan = chartPlan(input.view, input.planText);
  const categories = categoryChoices(input.view.fiscalYears, input.lang, input.baselineLabel);
  return new Chart(canvas, chartConfig({ plan, palette: input.palette, categories, axisTitle: input.axisTitle, tooltipLine: input.tooltipLine, animate: input.animate }));
}
