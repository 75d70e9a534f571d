import { Show } from 'solid-js';
import { A } from '@solidjs/router';
import type { StatusId } from '../domain/ids';
import { termAnchor, type TermId } from '../domain/glossary';
import { useNames } from '../app/names';
import { t, type MessageKey } from '../i18n';

/**
 * A term's plain definition, shown under the control that asked for it, with the current
 * status's meaning when it explains a status.
 */
export default function TermDefinition(props: { id: string; term: TermId; status?: StatusId }) {
  const names = useNames();
  return (
    <div id={props.id} class="term-def" role="note" data-testid="term-def">
      <p>
        <strong>{t(`glossary.term.${props.term}` as MessageKey)}</strong>
        {t('glossary.sep')}
        {t(`glossary.def.${props.term}` as MessageKey)}
      </p>
      <Show when={props.status}>
        {(s) => (
          <p>
            <strong>{names.status(s())}</strong>
            {t('glossary.sep')}
            {t(`glossary.status.${s()}` as MessageKey)}
          </p>
        )}
      </Show>
      <p class="hint">
        {t('glossary.ownText')} <A href={`/about#${termAnchor(props.term)}`}>{t('glossary.toList')}</A>
        </p>
    </div>
  );
}

