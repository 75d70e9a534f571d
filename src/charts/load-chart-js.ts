/**
 * The one place the app loads Chart.js (the other chart modules import only its types). It is
 * fetched with a dynamic `import()` after the page has rendered, so it sits in a chunk of its
 * own: the list page never loads it and the first paint of a pledge page never waits for it.
 * Only what the KPI charts use is registered (bar and line controllers and elements, category
 * and linear scales, the tooltip) so the rest is tree-shaken; the legend is HTML, so it follows
 * the text size and reads without the canvas.
 */
import type { Chart } from 'chart.js';

export type { Chart };

export type ChartConstructor = typeof Chart;

/**
 * Chart.js, ready to draw a KPI chart. Each chart calls it: the browser fetches and evaluates
 * the chunk once, and registering what is registered already is a no-op in Chart.js.
 */
export async function loadChartJs(): Promise<ChartConstructor> {
  const { Chart, BarController, BarElement, LineController, LineElement, PointElement, CategoryScale, LinearScale, Tooltip } = await import('chart.js');
  Chart.register(BarController, BarElement, LineController, LineElement, PointElement, CategoryScale, LinearScale, Tooltip);
  return Chart;
}
