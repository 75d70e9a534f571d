import { For } from 'solid-js';
import type { Kpi } from '../domain/schema';
import { formatFiscalYear } from '../domain/format';
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

/** One KPI as printed: baseline, then target and actual per fiscal year (years as rows fit a phone). */
export function KpiTable(props: { kpi: Kpi }) {
  return (
    <div class="table-wrap">
      <table class="kpi-table">
        <caption lang="ja">{props.kpi.name}</caption>
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
            {(y) => (
              <tr>
                <th scope="row">{formatFiscalYear(y.fiscalYear, lang())}</th>
                <td lang="ja">
                  <Cell value={y.target} />
                </td>
                <td lang="ja">
                  <Cell value={y.actual} />
                </td>
              </tr>
            )}
          </For>
        </tbody>
      </table>
    </div>
  );
}
