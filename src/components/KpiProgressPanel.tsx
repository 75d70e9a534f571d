import { For, Show } from 'solid-js';
import { A } from '@solidjs/router';
import type { Pledge } from '../domain/schema';
import { kpiProgress, type PledgeProgress } from '../domain/kpi-series';
import { wholePercent } from '../domain/whole-percent';
import { formatKpiValue, partName, rateText, yearText } from '../app/kpi-text';
import { t } from '../i18n';
import '../styles/charts.css';

/** What the row says about the pledge's main KPI: rate, or why there is none. */
function Detail(props: { row: PledgeProgress }) {
  const l = () => props.row.main.latest;
  const f = () => props.row.main.finalTarget;
  return (
    <Show
      when={l()}
      fallback={
        <>
          <span class="kpi-progress__rate">{t('charts.progressNoActual')}</span>
          <Show when={f()}>
            {(ft) => (
              <span class="kpi-progress__detail">{t('charts.progressFinal', { year: yearText(ft().fiscalYear), target: formatKpiValue(ft().value, ft().unit) })}</span>
            )}
          </Show>
        </>
      }
    >
      {(latest) => (
        <>
          <span class="kpi-progress__rate">
            {latest().rate != null
              ? t('charts.progressRate', { rate: rateText(latest().rate!) })
              : t('charts.progressNoRate', { target: latest().target != null ? formatKpiValue(latest().target!, latest().unit) : t('pledge.kpiEmpty') })}
          </span>
          <span class="kpi-progress__detail">
            <Show when={latest().label}>{(label) => <span lang="ja">{partName({ label: label(), name: null, total: false })} </span>}</Show>
            {t('charts.progressDetail', {
              year: yearText(latest().fiscalYear),
              actual: formatKpiValue(latest().actual, latest().unit),
              target: latest().target != null ? formatKpiValue(latest().target!, latest().unit) : t('pledge.kpiEmpty'),
            })}
          </span>
        </>
      )}
    </Show>
  );
}

/**
 * The overview's "KPI progress" panel: every pledge with a numeric KPI and the latest actual as a
 * share of its target, highest first, each linking to its pledge. The meter is decoration (hidden
 * from assistive technology); the rate is written out.
 */
export function KpiProgressPanel(props: { pledges: readonly Pledge[] }) {
  const rows = () => kpiProgress(props.pledges);
  const title = (id: string) => props.pledges.find((p) => p.id === id)?.title.ja ?? id;
  return (
    <ol class="kpi-progress" data-testid="kpi-progress">
      <For each={rows()}>
        {(row) => (
          <li class="kpi-progress__row">
            <A href={`/pledges/${row.pledgeId}`} class="kpi-progress__link">
              <span>{row.pledgeId}. </span>
              <span lang="ja">{title(row.pledgeId)}</span>
            </A>
            <p class="kpi-progress__kpi hint" lang="ja">
              {row.main.name.split('\n')[0]}
            </p>
            <p class="kpi-progress__value">
              <Detail row={row} />
            </p>
            <Show when={row.rate != null}>
              <div class="kpi-progress__meter" aria-hidden="true">
                <div class={`kpi-progress__fill pct-${wholePercent(Math.min(1, row.rate!), 1)}`} />
              </div>
            </Show>
          </li>
        )}
      </For>
    </ol>
  );
}
