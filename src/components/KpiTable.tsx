import { For, Show } from 'solid-js';
import type { Kpi } from '../domain/schema';
import type { KpiView } from '../domain/kpi-series';
import { formatKpiValue, partName, rateText, yearText } from '../app/kpi-text';
import { lang, t } from '../i18n';

/** An empty cell says so in words for screen readers, and shows a dash. */
function Cell(props: { value: string | null }) {
  return (
    <>
      {props.value ?? (
        <>
          <span aria-hidden="true">{t('pledge.kpiEmpty')}</span>
          <span class="visually-hidden">{t('pledge.kpiEmptyLabel')}</span>
        </>
      )}
    </>
  );
}

/** Achievement rates of one fiscal year (`達成率 118%`): the total's, the single series', or each part's. */
function yearRates(view: KpiView, i: number): string[] {
  if (view.total) {
    const r = view.total.years[i]?.rate;
    return r != null ? [t('charts.rateOf', { part: t('charts.totalRate'), rate: rateText(r) })] : [];
  }
  return view.parts.flatMap((s) => {
    const r = s.years[i]?.rate;
    if (r == null) return [];
    const part = view.parts.length > 1 ? `${partName(s) ?? ''} ${t('charts.rate')}` : t('charts.rate');
    return [t('charts.rateOf', { part, rate: rateText(r) })];
  });
}

/**
 * One KPI as printed: baseline, then target and actual per fiscal year (years as rows fit a
 * phone). It is also the chart's data table: the printed total of a stacked KPI under its
 * cells, and the achievement rate under each actual that has a target. Its caption names it for
 * screen readers only; the heading above it shows the name.
 */
export function KpiTable(props: { kpi: Kpi; view: KpiView }) {
  const total = () => props.view.total;
  const totalAt = (fy: number) => total()?.years.find((y) => y.fiscalYear === fy);
  return (
    <div class="table-wrap">
      <table class="kpi-table" data-testid="kpi-table">
        <caption lang="ja" class="visually-hidden">
          {props.kpi.name}
        </caption>
        <thead>
          <tr>
            <th scope="col">{t('pledge.kpiYear')}</th>
            <th scope="col">{t('pledge.kpiTarget')}</th>
            <th scope="col">{t('pledge.kpiActual')}</th>
          </tr>
        </thead>
        <tbody>
          <tr class="kpi-table__baseline">
            <th scope="row">{t('pledge.kpiBaseline')}</th>
            <td colSpan={2} lang="ja">
              <Cell value={props.kpi.baseline} />
            </td>
          </tr>
          <For each={props.kpi.years}>
            {(y) => {
              const tot = () => totalAt(y.fiscalYear);
              const rates = () => yearRates(props.view, props.view.fiscalYears.indexOf(y.fiscalYear));
              return (
                <tr>
                  <th scope="row">{yearText(y.fiscalYear)}</th>
                  <td lang="ja">
                    <Cell value={y.target} />
                    <Show when={tot()?.target != null}>
                      <span class="kpi-table__total" lang={lang()}>{t('charts.totalValue', { value: formatKpiValue(tot()!.target!, total()!.unit) })}</span>
                    </Show>
                  </td>
                  <td lang="ja">
                    <Cell value={y.actual} />
                    <Show when={tot()?.actual != null}>
                      <span class="kpi-table__total" lang={lang()}>{t('charts.totalValue', { value: formatKpiValue(tot()!.actual!, total()!.unit) })}</span>
                    </Show>
                    <For each={rates()}>
                      {(r) => (
                        <span class="kpi-table__rate" lang={lang()}>
                          {r}
                        </span>
                      )}
                    </For>
                  </td>
                </tr>
              );
            }}
          </For>
        </tbody>
      </table>
    </div>
  );
}
