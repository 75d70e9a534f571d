import { createUniqueId } from 'solid-js';
import { announce } from '../app/announcer';
import { absoluteUrl, copyText } from '../app/share';
import { embedCardPath, embedSnippet } from '../domain/embed-snippet';
import { t } from '../i18n';

/**
 * The embed code of a pledge's card (this deployment's URL, the page's language) in a read-only
 * field, with Copy and Close; Escape closes it too. Its own chunk: loaded when first opened.
 */
export default function EmbedPanel(props: { pledgeId: string; id: string; onClose: () => void }) {
  const field = createUniqueId();
  let area: HTMLTextAreaElement | undefined;
  const code = () => embedSnippet(absoluteUrl(embedCardPath(props.pledgeId)), t('embedShare.frameTitle', { id: props.pledgeId }));
  const copy = async () => {
    if (await copyText(code())) announce(t('embedShare.copied'));
    else {
      area?.focus();
      area?.select();
      announce(t('embedShare.copyFailed'));
    }
  };
  return (
    <div
      class="embed-code"
      id={props.id}
      role="group"
      aria-labelledby={`${field}-label`}
      onKeyDown={(e) => {
        if (e.key === 'Escape') props.onClose();
      }}
    >
      <label id={`${field}-label`} for={field}>
        {t('embedShare.label')}
      </label>
      <p class="hint" id={`${field}-hint`}>
        {t('embedShare.hint')}
      </p>
      <textarea ref={area} id={field} readOnly rows={4} aria-describedby={`${field}-hint`} value={code()} onFocus={(e) => e.currentTarget.select()} />
      <div class="embed-code__actions">
        <button type="button" class="btn btn--primary" onClick={copy}>
          {t('embedShare.copy')}
        </button>
        <button type="button" class="btn" onClick={() => props.onClose()}>
          {t('embedShare.close')}
        </button>
      </div>
    </div>
  );
}
