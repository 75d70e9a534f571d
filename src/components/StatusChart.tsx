import { For } from 'solid-js';
import { A } from '@solidjs/router';
import { STATUS_IDS, type StatusId } from '../domain/ids';
import type { StatusCounts } from '../domain/pledges';
import { useNames } from '../app/names';
import { wholePercent } from '../domain/whole-percent';
import { t } from '../i18n';
import '../styles/charts.css';
import '../styles/steps.css';

/**
 * A stacked bar of statuses made of plain links, not a canvas: each segment is a real link into
 * the filtered list (keyboard, screen readers, 44 px targets), it costs no JavaScript library, and
 * it follows the theme and text size through CSS. Each segment shows the status's shape mark and
 * count; its accessible name says the status in words. `scale` (the largest total among bars
 * shown together) makes bars comparable in length.
 */
export function StatusChart(props: { counts: StatusCounts; href: (status: StatusId) => string; label: string; scale?: number }) {
  const names = useNames();
  const present = () => STATUS_IDS.filter((s) => props.counts[s] > 0);
  // eslint-disable-next-line solid/reactivity -- reduce's callback runs inside this accessor
  const total = () => STATUS_IDS.reduce((n, s) => n + props.counts[s], 0);
  const width = () => (props.scale ? wholePercent(total(), props.scale) : 100);
  // A segment's share in whole percent; at least 1 so a count never vanishes.
  const share = (s: StatusId) => Math.max(1, wholePercent(props.counts[s], total()));
  return (
    <ul class={`status-bar pct-${width()}`} aria-label={props.label} data-testid="status-bar">
      <For each={present()}>
        {(s) => (
          <li class={`status-bar__seg status-bar__seg--${s} grow-${share(s)}`}>
            <A href={props.href(s)} aria-label={t('charts.segment', { label: names.status(s), count: props.counts[s] })} data-status={s}>
              <span class="badge__mark" aria-hidden="true" />
              <span>{props.counts[s]}</span>
            </A>
          </li>
        )}
      </For>
    </ul>
  );
}

/** The same counts as one line of text (`計画通りに進んでいる 3件、…`). */
export function statusText(counts: StatusCounts, name: (s: StatusId) => string, sep: string): string {
  return STATUS_IDS.filter((s) => counts[s] > 0)
    .map((s) => t('charts.statusText', { label: name(s), count: counts[s] }))
    .join(sep);
}
