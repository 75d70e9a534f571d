import { For, Show } from 'solid-js';
import { A } from '@solidjs/router';
import { useAppData } from '../app/data';
import { useNames } from '../app/names';
import { formatAsOf, formatFiscalYear } from '../domain/dates';
import { isEmptyChangeList } from '../domain/dataset-changes';
import type { UpdateRow } from '../storage/update-history';
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

/** One update: which reports, and the change list (status old → new, actuals, added, removed). */
function UpdateEntry(props: { update: UpdateRow }) {
  const names = useNames();
  const u = () => props.update;
  const c = () => u().changes;
  const date = () => new Date(u().at).toLocaleDateString(lang() === 'ja' ? 'ja-JP' : 'en-GB', { dateStyle: 'medium' });
  return (
    <li data-testid="update-entry">
      <p>
        <strong>{t('updates.entry', { from: formatAsOf(u().from.asOf, lang()), to: formatAsOf(u().to.asOf, lang()), date: date() })}</strong>
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
        {/* a removed pledge has no page to link to */}
        <ChangeGroup heading={t('updates.removed')} items={c().removed} link={false}>
          {(p) => t('updates.pledge', { id: p.id, title: p.title })}
        </ChangeGroup>
      </Show>
    </li>
  );
}

/** The change list of every dataset update this device received (newest first). */
export function UpdateHistory() {
  const data = useAppData();
  const rows = () => (data.updates.state === 'ready' ? data.updates() : []);
  return (
    <section aria-labelledby="updates" data-testid="update-history">
      <h2 id="updates">{t('updates.heading')}</h2>
      <p>{t('updates.intro')}</p>
      <Show when={rows().length} fallback={<p>{t('updates.none')}</p>}>
        <ol class="update-log">
          <For each={rows()}>{(u) => <UpdateEntry update={u} />}</For>
        </ol>
      </Show>
    </section>
  );
}
