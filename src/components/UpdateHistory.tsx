import { For, Show } from 'solid-js';
import { A } from '@solidjs/router';
import { useAppData } from '../app/data';
import { useNames } from '../app/names';
import { formatAsOf, formatFiscalYear } from '../domain/format';
import { isEmptyChangeList } from '../domain/dataset-changes';
import type { UpdateRow } from '../storage/update-history';
import { lang, t } from '../i18n';

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
        <Show when={c().statusChanges.length}>
          <h3>{t('updates.statusChanges')}</h3>
          <ul>
            <For each={c().statusChanges}>
              {(s) => (
                <li data-testid="status-change">
                  <A href={`/pledges/${s.id}`}>{t('updates.statusChange', { id: s.id, title: s.title, from: names.status(s.from), to: names.status(s.to) })}</A>
                </li>
              )}
            </For>
          </ul>
        </Show>
        <Show when={c().newActuals.length}>
          <h3>{t('updates.newActuals')}</h3>
          <ul>
            <For each={c().newActuals}>
              {(a) => (
                <li>
                  <A href={`/pledges/${a.id}`}>{t('updates.newActual', { id: a.id, kpi: a.kpi, year: formatFiscalYear(a.fiscalYear, lang()), actual: a.actual })}</A>
                </li>
              )}
            </For>
          </ul>
        </Show>
        <Show when={c().added.length}>
          <h3>{t('updates.added')}</h3>
          <ul>
            <For each={c().added}>
              {(p) => (
                <li>
                  <A href={`/pledges/${p.id}`}>{t('updates.pledge', { id: p.id, title: p.title })}</A>
                </li>
              )}
            </For>
          </ul>
        </Show>
        <Show when={c().removed.length}>
          <h3>{t('updates.removed')}</h3>
          <ul>
            <For each={c().removed}>{(p) => <li>{t('updates.pledge', { id: p.id, title: p.title })}</li>}</For>
          </ul>
        </Show>
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
