import { For, Show, type JSX } from 'solid-js';
import { useAppData } from '../app/data';
import { A } from '@solidjs/router';
import type { Pledge, SectionKey } from '../domain/schema';
import { SECTION_KEYS } from '../domain/ids';
import { excerpt, type FieldMatch } from '../domain/search';
import { useNames } from '../app/names';
import { t, type MessageKey } from '../i18n';
import { StatusBadge } from './StatusBadge';
import { firstSentence } from '../domain/first-sentence';
import { BookmarkButton } from './BookmarkButton';
import { Highlighted } from './Highlighted';

/** Where a match was found; the narrative sections are named as the report prints them. */
const FIELD_LABEL: Record<Exclude<FieldMatch['kind'], SectionKey>, MessageKey> = {
  title: 'field.title',
  titleEn: 'field.titleEn',
  department: 'field.department',
  summary: 'field.summary',
  relatedProgram: 'field.relatedProgram',
  kpi: 'field.kpi',
  plan: 'field.plan',
  statusReason: 'field.statusReason',
};

/** One pledge in a list: number and title link, policy, departments, status, bookmark. */
export function PledgeItem(props: { pledge: Pledge; matches?: FieldMatch[]; children?: JSX.Element }) {
  const names = useNames();
  const data = useAppData();
  const fieldLabel = (kind: FieldMatch['kind']) =>
    (SECTION_KEYS as readonly string[]).includes(kind) ? names.section(kind as SectionKey) : t(FIELD_LABEL[kind as Exclude<FieldMatch['kind'], SectionKey>]);
  const titleRanges = () => props.matches?.find((m) => m.kind === 'title')?.ranges;
  // Show where the query matched when that is not the visible title; first such field only.
  const context = () => props.matches?.find((m) => m.kind !== 'title');
  return (
    <li class="pledge-item" data-testid="pledge-item">
      <h3 class="pledge-item__title">
        <A href={`/pledges/${props.pledge.id}`}>
          <span class="pledge-item__num">{props.pledge.id}.</span>{' '}
          <span lang="ja">
            <Highlighted text={props.pledge.title.ja} ranges={titleRanges()} />
          </span>
        </A>
      </h3>
      <p class="pledge-item__meta">
        <span>{names.policy(props.pledge.policy)}</span>
        <span aria-hidden="true"> · </span>
        <For each={props.pledge.departments}>
          {(d, i) => (
            <>
              <Show when={i() > 0}>、</Show>
              {names.dept(d.name)}
            </>
          )}
        </For>
      </p>
      <Show when={context()}>
        {(m) => {
          const ex = () => excerpt(m().text, m().ranges);
          return (
            <p class="pledge-item__match">
              <span class="pledge-item__match-label">{t('list.foundIn', { section: fieldLabel(m().kind) })}</span>{' '}
              <span lang={m().kind === 'titleEn' ? 'en' : 'ja'}>
                {ex().cutStart ? '…' : ''}
                <Highlighted text={ex().text} ranges={ex().ranges} />
                {ex().cutEnd ? '…' : ''}
              </span>
            </p>
          );
        }}
      </Show>
      <Show when={firstSentence(props.pledge.statusReason)}>
        {(reason) => (
          <p class="pledge-item__reason" lang="ja" data-testid="item-reason">
            {reason()}
          </p>
        )}
      </Show>
      <div class="pledge-item__actions">
        <StatusBadge status={props.pledge.status} label={names.status(props.pledge.status)} />
        <Show when={data.hasNote(props.pledge.id)}>
          <span class="tag tag--note" data-testid="has-note">
            {t('item.hasNote')}
          </span>
        </Show>
        <Show when={data.flagFor(props.pledge.id)}>
          <span class="tag tag--changed" data-testid="has-flag">
            {t('flag.changed')}
          </span>
        </Show>
        <BookmarkButton pledgeId={props.pledge.id} withId />
      </div>
      {props.children}
    </li>
  );
}
