import { For, Show } from 'solid-js';
import { A } from '@solidjs/router';
import { useAppData } from '../app/data';
import { useNames } from '../app/names';
import { formatAsOf, formatFiscalYear } from '../domain/dates';
import { diffDatasets } from '../domain/dataset-changes';
import { isEmptyChangeList } from '../domain/change-list';
import type { Dataset } from '../domain/schema';
import { lang, t } from '../i18n';

/** One kind of change: a heading and one line per pledge, linking to it while it exists. */
function ChangeGroup<T extends { id: string }>(props: {
  heading: string;
  items: readonly T[];
  children: (item: T) => string;
  testId?: string;
  link?: boolean;
}) {
  return (
    <Show when={props.items.length}>
      <h3>{props.heading}</h3>
      <ul>
        <For each={props.items}>
          {(item) => (
            <li data-testid={props.testId}>
              <Show when={props.link !== false} fallback={props.children(item)}>
                <A href={`/pledges/${item.id}`}>{props.children(item)}</A>
              </Show>
            </li>
          )}
        </For>
      </ul>
    </Show>
  );
}

/** One report after the first: which report it followed, and what changed since then. */
function ReportEntry(props: { previous: Dataset; edition: Dataset }) {
  const names = useNames();
  const c = () => diffDatasets(props.previous, props.edition);
  const from = () => props.previous.asOf;
  const to = () => props.edition.asOf;
  return (
    <li data-testid="update-entry">
      <p>
        <strong>{t('updates.entry', { from: formatAsOf(from(), lang()), to: formatAsOf(to(), lang()) })}</strong>{' '}
        <span lang="ja">{props.edition.report.ja}</span>
      </p>
      <Show when={!isEmptyChangeList(c())} fallback={<p>{t('updates.noChanges')}</p>}>
        <ChangeGroup heading={t('updates.statusChanges')} items={c().statusChanges} testId="status-change">
          {(s) => t('updates.statusChange', { id: s.id, title: s.title, from: names.status(s.from), to: names.status(s.to) })}
        </ChangeGroup>
        <ChangeGroup heading={t('updates.newActuals')} items={c().newActuals}>
          {(a) => t('updates.newActual', { id: a.id, kpi: a.kpi, year: formatFiscalYear(a.fiscalYear, lang()), actual: a.actual })}
        </ChangeGroup>
        <ChangeGroup heading={t('updates.added')} items={c().added}>
          {(p) => t('updates.pledge', { id: p.id, title: p.title })}
        </ChangeGroup>
        {/* a removed pledge is read in its last report, from the comparison */}
        <ChangeGroup heading={t('updates.removed')} items={c().removed} link={false}>
          {(p) => t('updates.pledge', { id: p.id, title: p.title })}
        </ChangeGroup>
      </Show>
      <p>
        <A href={`/changes?from=${encodeURIComponent(from())}&to=${encodeURIComponent(to())}`}>{t('updates.compare')}</A>
      </p>
    </li>
  );
}

/** Every report this device holds, newest first, each with what changed since the one before. */
export function UpdateHistory() {
  const data = useAppData();
  const editions = () => data.editions()?.editions ?? [data.dataset()];
  const entries = () =>
    editions()
      .slice(1)
      .map((edition, i) => ({ edition, previous: editions()[i]! }))
      .reverse();
  return (
    <section aria-labelledby="updates" data-testid="update-history">
      <h2 id="updates">{t('updates.heading')}</h2>
      <p>{t('updates.intro')}</p>
      <Show when={entries().length} fallback={<p>{t('updates.none', { report: data.dataset().report[lang()], asOf: formatAsOf(data.dataset().asOf, lang()) })}</p>}>
        <ol class="update-log">
          <For each={entries()}>{(e) => <ReportEntry previous={e.previous} edition={e.edition} />}</For>
        </ol>
      </Show>
    </section>
  );
}
