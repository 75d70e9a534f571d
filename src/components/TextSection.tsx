import { For, Show, type JSX } from 'solid-js';
import { t } from '../i18n';

/** A titled section of the card; an empty one says "nothing stated" rather than vanishing. */
export function TextSection(props: { id: string; heading: string; paragraphs: readonly string[]; children?: JSX.Element }) {
  return (
    <section class="pledge-section" aria-labelledby={props.id}>
      <h2 id={props.id}>{props.heading}</h2>
      <Show when={props.paragraphs.length > 0} fallback={<p class="none">{t('pledge.none')}</p>}>
        <For each={props.paragraphs}>{(text) => <p lang="ja">{text}</p>}</For>
      </Show>
      {props.children}
    </section>
  );
}
