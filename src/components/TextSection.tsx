import { For, Show, type JSX } from 'solid-js';
import { t } from '../i18n';
import type { TermId } from '../domain/glossary';
import { TermHeading } from './TermHelp';

/** A titled section of the card; an empty one says "nothing stated" rather than vanishing. */
export function TextSection(props: { id: string; heading: string; paragraphs: readonly string[]; term?: TermId; children?: JSX.Element }) {
  return (
    <section class="pledge-section" aria-labelledby={props.id}>
      <Show when={props.term} fallback={<h2 id={props.id}>{props.heading}</h2>}>
        {(term) => (
          <TermHeading id={props.id} term={term()} label={props.heading}>
            {props.heading}
          </TermHeading>
        )}
      </Show>
      <Show when={props.paragraphs.length > 0} fallback={<p class="none">{t('pledge.none')}</p>}>
        <For each={props.paragraphs}>{(text) => <p lang="ja">{text}</p>}</For>
      </Show>
      {props.children}
    </section>
  );
}
