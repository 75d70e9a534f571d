import { For } from 'solid-js';
import type { KpiView } from '../domain/kpi-series';
import { t } from '../i18n';
import { yearText } from '../app/kpi-text';

/**
 * A qualitative KPI (無償化 …) as a row of years, each with its printed target and actual: a
 * milestone is a year with a target. The KPI table under it holds the same cells for screen
 * readers and print, so this row is hidden from assistive technology to avoid reading it twice.
 */
export function KpiMilestones(props: { view: KpiView }) {
  return (
    <ol class="milestones" aria-hidden="true" data-testid="kpi-milestones">
      <For each={props.view.milestones}>
        {(m) => (
          <li class="milestone" classList={{ 'milestone--set': m.target != null, 'milestone--done': m.actual != null }}>
            <span class="milestone__year">{yearText(m.fiscalYear)}</span>
            <span class="milestone__mark" />
            <span class="milestone__line">
              <span class="milestone__key">{t('charts.milestoneTarget')}</span>
              <span lang="ja">{m.target ?? t('pledge.kpiEmpty')}</span>
            </span>
            <span class="milestone__line">
              <span class="milestone__key">{t('charts.milestoneActual')}</span>
              <span lang="ja">{m.actual ?? t('pledge.kpiEmpty')}</span>
            </span>
          </li>
        )}
      </For>
    </ol>
  );
}
