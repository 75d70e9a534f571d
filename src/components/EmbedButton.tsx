import { Show, createSignal, createUniqueId } from 'solid-js';
import { announce } from '../app/announcer';
import { absoluteUrl, copyText } from '../app/share';
import { embedCardPath, embedSnippet } from '../domain/embed-snippet';
import { t } from '../i18n';

/**
 * 埋め込む / Embed, beside the share button: a disclosure that shows the `<iframe>` code for the
 * pledge's card (this deployment's URL, the page's language) in a read-only field, and copies
 * it. Escape closes it and returns focus to the button.
 */
export function EmbedButton(props: { pledgeId: string }) {
  const [open, setOpen] = createSignal(false);
  const id = createUniqueId();
  let toggle!: HTMLButtonElement;
  let field: HTMLTextAreaElement | undefined;
  // Read when shown, in the browser only (the panel is closed in the prerendered HTML).
  const code = () => embedSnippet(absoluteUrl(embedCardPath(props.pledgeId)), t('embedShare.frameTitle', { id: props.pledgeId }));
  const close = () => {
    setOpen(false);
    toggle.focus();
  };
  const copy = async () => {
    if (await copyText(code())) announce(t('embedShare.copied'));
    else {
      field?.focus();
      field?.select();
      announce(t('embedShare.copyFailed'));
    }
  };
  return (
    <>
      <button
        ref={toggle}
        type="button"
        class="btn"
        aria-expanded={open() ? 'true' : 'false'}
        aria-controls={open() ? `${id}-panel` : undefined}
        onClick={() => setOpen(!open())}
      >
        <svg class="icon" viewBox="0 0 24 24" aria-hidden="true">
          <path d="M8 7l-5 5 5 5M16 7l5 5-5 5" fill="none" stroke="currentColor" stroke-width="2" />
        </svg>
        <span>{t('embedShare.button')}</span>
      </button>
      <Show when={open()}>
        <div
          class="embed-code"
          id={`${id}-panel`}
          role="group"
          aria-labelledby={`${id}-label`}
          onKeyDown={(e) => {
            if (e.key === 'Escape') close();
          }}
        >
          <label id={`${id}-label`} for={`${id}-field`}>
            {t('embedShare.label')}
          </label>
          <p class="hint" id={`${id}-hint`}>
            {t('embedShare.hint')}
          </p>
          <textarea ref={field} id={`${id}-field`} readOnly rows={4} aria-describedby={`${id}-hint`} value={code()} onFocus={(e) => e.currentTarget.select()} />
          <div class="embed-code__actions">
            <button type="button" class="btn btn--primary" onClick={copy}>
              {t('embedShare.copy')}
            </button>
            <button type="button" class="btn" onClick={close}>
              {t('embedShare.close')}
            </button>
          </div>
        </div>
      </Show>
    </>
  );
}
