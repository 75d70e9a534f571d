/**
 * A pledge across the reports: its status in each, the KPI actuals as each printed them, and
 * what the texts said differently from one report to the next. Its own chunk: a pledge page
 * paints without it, and it renders once the device's editions are read.
 */
import { For, Show, createMemo } from 'solid-js';
import { A } from '@solidjs/router';
import { pledgeHistory, type HistoryEntry } from '../../domain/pledge-history';
import { findEdition, type EditionRef } from '../../domain/editions';
import { formatAsOf, formatFiscalYear } from '../../domain/dates';
import type { Dataset } from '../../domain/schema';
import { changesHref } from '../../domain/changes-href';
import { useNames } from '../../app/names';
import { lang, t } from '../../i18n';
import { StatusBadge } from '../StatusBadge';
import { TextDiff } from './TextDiff';
import '../../styles/history.css';

function reportName(e: EditionRef): string {
  return t('history.report', { asOf: formatAsOf(e.asOf, lang()), report: e.report[lang()] });
}

/** Each edition's status, newest first, with how it moved since the one before. */
function StatusTable(props: { entries: readonly HistoryEntry[] }) {
  const names = useNames();
  return (
    <div class="table-wrap">
      <table class="history-table" data-testid="history-status">
        <caption>{t('history.statusCaption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('history.reportCol')}</th>
            <th scope="col">{t('history.statusCol')}</th>
            <th scope="col">{t('history.moveCol')}</th>
          </tr>
        </thead>
        <tbody>
          <For each={[...props.entries].reverse()}>
            {(e) => (
              <tr>
                <th scope="row">{reportName(e.edition)}</th>
                <td>
                  <StatusBadge status={e.status} label={names.status(e.status)} />
                </td>
                <td>{e.statusChange ? t(`history.move.${e.statusChange.move}`) : e.previous ? t('history.move.same') : t('history.move.first')}</td>
              </tr>
            )}
          </For>
        </tbody>
      </table>
    </div>
  );
}

/** One KPI row's actuals as each edition printed them; a new or revised cell is said so in words. */
function ActualsTable(props: { name: string; entries: readonly HistoryEntry[] }) {
  const rows = () => props.entries.map((e) => ({ edition: e.edition, kpi: e.kpis.find((k) => k.name === props.name) })).filter((r) => r.kpi);
  const years = () => [...new Set(rows().flatMap((r) => r.kpi!.years.map((y) => y.fiscalYear)))].sort();
  return (
    <div class="table-wrap">
      <table class="history-table" data-testid="history-actuals">
        <caption>
          {t('history.actualsCaption')} <span lang="ja">{props.name}</span>
        </caption>
        <thead>
          <tr>
            <th scope="col">{t('history.reportCol')}</th>
            <For each={years()}>{(fy) => <th scope="col">{formatFiscalYear(fy, lang())}</th>}</For>
          </tr>
        </thead>
        <tbody>
          <For each={[...rows()].reverse()}>
            {(r) => (
              <tr>
                <th scope="row">{reportName(r.edition)}</th>
                <For each={years()}>
                  {(fy) => {
                    const cell = () => r.kpi!.years.find((y) => y.fiscalYear === fy);
                    return (
                      <td lang="ja">
                        {cell()?.actual ?? <span aria-label={t('pledge.kpiEmptyLabel')}>{t('pledge.kpiEmpty')}</span>}
                        <Show when={cell()?.change}>
                          {(c) => (
                            <span class="history-change" lang={lang()}>
                              {' '}
                              {t(`history.actual.${c()}`)}
                            </span>
                          )}
                        </Show>
                      </td>
                    );
                  }}
                </For>
              </tr>
            )}
          </For>
        </tbody>
      </table>
    </div>
  );
}

export default function PledgeHistory(props: { id: string; editions: readonly Dataset[] }) {
  const names = useNames();
  const history = createMemo(() => pledgeHistory(props.editions, props.id));
  const kpiNames = () => [...new Set(history()?.entries.flatMap((e) => e.kpis.map((k) => k.name)) ?? [])];
  const compared = () => [...(history()?.entries ?? [])].reverse().filter((e) => e.previous && e.textChanges.length > 0);
  return (
    <Show when={history()}>
      {(h) => (
        <Show when={!h().isFirstReport} fallback={<p data-testid="history-first">{t('history.first', { report: reportName(h().lastListed) })}</p>}>
          <p>{t('history.intro', { count: h().entries.length })}</p>
          <StatusTable entries={h().entries} />
          <Show when={kpiNames().length > 0}>
            <h3>{t('history.actualsHeading')}</h3>
            <For each={kpiNames()}>{(name) => <ActualsTable name={name} entries={h().entries} />}</For>
          </Show>
          <h3>{t('history.textsHeading')}</h3>
          <Show when={compared().length > 0} fallback={<p>{t('history.noTextChanges')}</p>}>
            <For each={compared()}>
              {(e) => (
                <section class="history-texts" data-testid="history-texts" aria-label={t('history.textsBetween', { from: reportName(e.previous!), to: reportName(e.edition) })}>
                  <h4>
                    {t('history.textsBetween', { from: formatAsOf(e.previous!.asOf, lang()), to: formatAsOf(e.edition.asOf, lang()) })}{' '}
                    <A href={changesHref({ from: e.previous!.asOf, to: e.edition.asOf })}>{t('history.compareAll')}</A>
                  </h4>
                  <For each={e.textChanges}>
                    {(c) => (
                      <>
                        <h5>{names.text(c.key, findEdition(props.editions, e.edition.asOf))}</h5>
                        <TextDiff items={c.items} />
                      </>
                    )}
                  </For>
                </section>
              )}
            </For>
          </Show>
        </Show>
      )}
    </Show>
  );
}
