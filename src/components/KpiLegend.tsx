import { For } from 'solid-js';
import type { KpiView } from '../domain/kpi-series';
import { chartPlan } from '../charts/plan';
import { planText } from '../app/kpi-text';
import { t } from '../i18n';

/** A chart's legend, in HTML: each series with its colour and mark, so it also reads while the chart loads. */
export function KpiLegend(props: { view: KpiView }) {
  const plan = () => chartPlan(props.view, planText);
  return (
    <ul class="kpi-legend" aria-label={t('charts.legend')}>
      <For each={plan().datasets}>
        {(d) => (
          <li class="kpi-legend__item">
            <span class={`kpi-legend__swatch kpi-legend__swatch--${d.type} chart-${d.colour}`} data-point={d.pointStyle} aria-hidden="true" />
            <span>{d.label}</span>
          </li>
        )}
      </For>
    </ul>
  );
}
