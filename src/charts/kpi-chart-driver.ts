import { createEffect, createSignal, onCleanup, type Accessor } from 'solid-js';
import type { KpiView } from '../domain/kpi-series';
import type { Chart, KpiDrawing } from './load-kpi-drawing';
import { readPalette } from './palette';
import { labelledValue, planText, unitLabel } from '../app/kpi-text';
import { createMediaQuery } from '../app/media-query';
import { textSize } from '../app/text-size';
import { whenNear } from '../app/when-near';
import { yieldToMain } from '../util/yield-to-main';
import { lang, t } from '../i18n';

export type ChartState = 'loading' | 'ready' | 'failed';

/**
 * Draws only when the figure comes within this distance below the viewport: drawing a chart is
 * one of the longest tasks of a pledge page (tens of milliseconds on a phone), and the first
 * chart sits just below the first screen. Chart.js is loaded beforehand, so the drawing is
 * done within a frame or two, before the figure scrolls into view, and its animation plays in sight.
 */
const NEAR_MARGIN = '0px 0px 100px 0px';

/**
 * Draws a KPI's chart on the canvas KpiChart rendered, once Chart.js (`drawing`, requested
 * beside this chunk) has arrived and the figure comes near the viewport (or the page is
 * printed), and again whenever the language, theme, text size or motion preference changes.
 * Called inside the component's owner, so its effects and listeners end with it.
 */
export function driveKpiChart(props: { box: HTMLDivElement; canvas: HTMLCanvasElement; view: Accessor<KpiView>; drawing: Promise<KpiDrawing>; setState: (s: ChartState) => void }): void {
  const { box, canvas, setState } = props;
  let chart: Chart | undefined;
  let printing = false;
  const [near, setNear] = createSignal(false);
  const [drawing, setDrawing] = createSignal<KpiDrawing>();
  const dark = createMediaQuery('(prefers-color-scheme: dark)');
  const reducedMotion = createMediaQuery('(prefers-reduced-motion: reduce)');

  const destroy = () => {
    chart?.destroy();
    chart = undefined;
  };
  const draw = ({ drawKpiChart }: KpiDrawing, animate: boolean) => {
    destroy();
    chart = drawKpiChart(canvas, {
      view: props.view(),
      palette: readPalette(getComputedStyle(box)),
      lang: lang(),
      baselineLabel: t('charts.baseline'),
      axisTitle: unitLabel(props.view().unit),
      planText,
      tooltipLine: labelledValue,
      animate,
    });
    setState('ready');
  };
  const beforePrint = () => {
    // Printing prints the bitmap: a chart not drawn yet is drawn now, synchronously and without
    // animation, if Chart.js has arrived.
    printing = true;
    setNear(true);
    printing = false;
    chart?.resize();
  };

  createEffect(() => {
    const d = drawing();
    if (!d || !near()) return;
    // Read here so that a change of any of them draws the chart again.
    lang();
    dark();
    textSize();
    draw(d, !reducedMotion() && !printing);
  });
  window.addEventListener('beforeprint', beforePrint);
  onCleanup(() => window.removeEventListener('beforeprint', beforePrint));
  // The observer's callback, then a task of its own per chart (several may come near at once).
  onCleanup(whenNear(box, NEAR_MARGIN, () => void yieldToMain().then(() => setNear(true))));
  props.drawing.then(
    // Evaluating Chart.js and drawing are separate tasks.
    (d) => yieldToMain().then(() => setDrawing(() => d)),
    () => setState('failed'),
  );
  onCleanup(destroy);
}
