import { For, Show } from 'solid-js';
import { A } from '@solidjs/router';
import { STATUS_IDS, type StatusId } from '../domain/ids';
import type { StatusCounts as Counts } from '../domain/pledges';
import { useNames } from '../app/names';
import { t } from '../i18n';
import { StatusBadge } from './StatusBadge';

/** Count per status, each a link into the filtered list (zero counts are shown, not linked). */
export function StatusCounts(props: { counts: Counts; href: (status: StatusId) => string; compact?: boolean }) {
  const names = useNames();
  const statuses = () => (props.compact ? STATUS_IDS.filter((s) => props.counts[s] > 0) : STATUS_IDS);
  return (
    <ul class="status-counts" classList={{ 'status-counts--compact': props.compact }}>
      <For each={statuses()}>
        {(s) => (
          <li>
            <Show
              when={props.counts[s] > 0}
              fallback={
                <span class="status-counts__item status-counts__item--zero">
                  <StatusBadge status={s} label={names.status(s)} />
                  <span class="status-counts__n">{t('list.count', { count: 0 })}</span>
                </span>
              }
            >
              <A class="status-counts__item" href={props.href(s)} aria-label={t('overview.countLink', { label: names.status(s), count: props.counts[s] })}>
                <StatusBadge status={s} label={names.status(s)} />
                <span class="status-counts__n">{t('list.count', { count: props.counts[s] })}</span>
              </A>
            </Show>
          </li>
        )}
      </For>
    </ul>
  );
}
