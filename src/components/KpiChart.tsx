import { Show, createSignal, getOwner, onCleanup, onMount, runWithOwner } from 'solid-js';
import type { KpiView } from '../domain/kpi-series';
import type { ChartState } from '../charts/kpi-chart-driver';
import { loadKpiDrawing } from '../charts/load-kpi-drawing';
import { t } from '../i18n';

const loadKpiChartDriver = () => import('../charts/kpi-chart-driver');

/**
 * A numeric KPI's chart, on a canvas. It reserves its space at once (no layout shift); the
 * drawing (charts/kpi-chart-driver.ts) comes in its own chunk. `label` is the chart's accessible
 * name (the caption sentence); the table under it holds the data.
 */
export function KpiChart(props: { view: KpiView; label: string }) {
  let box!: HTMLDivElement;
  let canvas!: HTMLCanvasElement;
  let disposed = false;
  const owner = getOwner();
  const [state, setState] = createSignal<ChartState>('loading');
  onMount(() => {
    // The code that draws (and Chart.js with it) arrives after the first render: the page's
    // first load carries only this placeholder.
    // Both chunks are requested at once: Chart.js does not wait for the code that uses it.
    const drawing = loadKpiDrawing();
    loadKpiChartDriver().then(
      ({ driveKpiChart }) => {
        if (!disposed) runWithOwner(owner, () => driveKpiChart({ box, canvas, view: () => props.view, drawing, setState }));
      },
      () => setState('failed'),
    );
  });
  onCleanup(() => (disposed = true));

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
