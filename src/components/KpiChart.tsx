import { Show, createEffect, createSignal, onCleanup, onMount } from 'solid-js';
import type { KpiView } from '../domain/kpi-series';
import { loadKpiDrawing, type Chart, type KpiDrawing } from '../charts/load-kpi-drawing';
import { readPalette } from '../charts/palette';
import { labelledValue, planText, unitLabel } from '../app/kpi-text';
import { createMediaQuery } from '../app/media-query';
import { textSize } from '../app/text-size';
import { whenNear } from '../app/when-near';
import { yieldToMain } from '../util/yield-to-main';
import { lang, t } from '../i18n';

/**
 * Draws only when the figure comes within this distance below the viewport: drawing a chart is
 * one of the longest tasks of a pledge page (tens of milliseconds on a phone), and the first
 * chart sits just below the first screen. Chart.js is loaded beforehand, so the drawing is
 * done within a frame or two, before the figure scrolls into view, and its animation plays in sight.
 */
const NEAR_MARGIN = '0px 0px 100px 0px';

/**
 * A numeric KPI's chart, on a canvas. It reserves its space at once (no layout shift), loads
 * Chart.js, and draws when it comes near the viewport (or the page is printed), again whenever
 * the language, theme, text size or motion preference changes. `label` is the chart's accessible
 * name (the caption sentence); the table under it holds the data.
 */
export function KpiChart(props: { view: KpiView; label: string }) {
  let box!: HTMLDivElement;
  let canvas!: HTMLCanvasElement;
  let chart: Chart | undefined;
  let printing = false;
  const [state, setState] = createSignal<'loading' | 'ready' | 'failed'>('loading');
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
      view: props.view,
      palette: readPalette(getComputedStyle(box)),
      lang: lang(),
      baselineLabel: t('charts.baseline'),
      axisTitle: unitLabel(props.view.unit),
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
  onMount(() => {
    window.addEventListener('beforeprint', beforePrint);
    // Here, not below: the server render never mounts, but it does run cleanups (no window).
    onCleanup(() => window.removeEventListener('beforeprint', beforePrint));
    // The observer's callback, then a task of its own per chart (several may come near at once).
    onCleanup(whenNear(box, NEAR_MARGIN, () => void yieldToMain().then(() => setNear(true))));
    loadKpiDrawing().then(
      // Evaluating Chart.js and drawing are separate tasks.
      (d) => yieldToMain().then(() => setDrawing(() => d)),
      () => setState('failed'),
    );
  });
  onCleanup(destroy);

  return (
    <div class="kpi-chart" ref={box} data-state={state()}>
      <canvas ref={canvas} role="img" aria-label={props.label} data-testid="kpi-chart" />
      <Show when={state() !== 'ready'}>
        <p class="kpi-chart__status" aria-hidden={state() === 'loading' ? 'true' : undefined}>
          {state() === 'failed' ? t('charts.failed') : t('charts.loading')}
        </p>
      </Show>
    </div>
  );
}
