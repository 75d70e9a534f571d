import { Match, Switch, createMemo, createUniqueId } from 'solid-js';
import type { Kpi } from '../domain/schema';
import { kpiView } from '../domain/kpi-series';
import { t } from '../i18n';
import { kpiSummary } from '../app/kpi-text';
import { KpiChart } from './KpiChart';
import { KpiLegend } from './KpiLegend';
import { KpiMilestones } from './KpiMilestones';
import { KpiTable } from './KpiTable';
import '../styles/charts.css';

/**
 * One KPI in the form that suits its data: a chart (numeric), a milestone row (qualitative) or
 * nothing (only dashes), always followed by the KPI table, which is the chart's data table.
 */
export function KpiBlock(props: { kpi: Kpi; index: number }) {
  const view = createMemo(() => kpiView(props.kpi, props.index));
  const captionId = createUniqueId();
  const summary = () => kpiSummary(view());
  return (
    <div class="kpi" data-kind={view().kind} data-testid="kpi">
      <h3 class="kpi__name" lang="ja">
        {props.kpi.name}
      </h3>
      <Switch>
        <Match when={view().kind === 'numeric'}>
          <figure class="kpi-figure" aria-labelledby={captionId}>
            <KpiLegend view={view()} />
            <KpiChart view={view()} label={t('charts.image', { name: props.kpi.name, summary: summary() })} />
            <figcaption id={captionId} class="kpi-figure__caption" data-testid="kpi-caption">
              {summary()}
            </figcaption>
          </figure>
        </Match>
        <Match when={view().kind === 'qualitative'}>
          <KpiMilestones view={view()} />
        </Match>
      </Switch>
      <KpiTable kpi={props.kpi} view={view()} />
    </div>
  );
}
