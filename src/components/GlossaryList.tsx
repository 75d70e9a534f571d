import { For, Show } from 'solid-js';
import { STATUS_IDS } from '../domain/ids';
import { termAnchor, type TermId } from '../domain/glossary';
import { useNames } from '../app/names';
import { t, type MessageKey } from '../i18n';

/** Every term with its definition, for the about page (anchors `term-<id>` for the links above). */
export function GlossaryList(props: { terms: readonly TermId[] }) {
  const names = useNames();
  return (
    <dl class="glossary" data-testid="glossary">
      <For each={props.terms}>
        {(term) => (
          <div class="glossary__entry" id={termAnchor(term)}>
            <dt>{t(`glossary.term.${term}` as MessageKey)}</dt>
            <dd>
              {t(`glossary.def.${term}` as MessageKey)}
              <Show when={term === 'status'}>
                <dl class="glossary__statuses">
                  <For each={STATUS_IDS}>
                    {(s) => (
                      <div>
                        <dt>{names.status(s)}</dt>
                        <dd>{t(`glossary.status.${s}` as MessageKey)}</dd>
                      </div>
                    )}
                  </For>
                </dl>
              </Show>
            </dd>
          </div>
        )}
      </For>
    </dl>
  );
}
