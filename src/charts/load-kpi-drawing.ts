/**
 * The one place the app loads Chart.js: kpi-drawing.ts, fetched when a chart is about to be
 * needed so it sits in a chunk of its own. The list page never loads it and the first paint of
 * a pledge page never waits for it. Each chart calls this; the browser fetches and evaluates
 * the chunk once.
 */
export type { Chart, KpiDrawingInput } from './kpi-drawing';

export type KpiDrawing = typeof import('./kpi-drawing');

export function loadKpiDrawing(): Promise<KpiDrawing> {
  return import('./kpi-drawing');
}
