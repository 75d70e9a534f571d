import { Show, Suspense, createSignal, createUniqueId } from 'solid-js';
import { lazyWithStrings, t } from '../i18n';

/** Most readers never open it: its panel is a chunk of its own, not part of the pledge page's first load. */
const EmbedPanel = lazyWithStrings(() => import('./EmbedPanel'));

/**
 * 埋め込む / Embed, beside the share button: a disclosure button that shows the pledge card's
 * `<iframe>` code (EmbedPanel); closing it returns focus to the button.
 */
export function EmbedButton(props: { pledgeId: string }) {
  const [open, setOpen] = createSignal(false);
  const panel = createUniqueId();
  let toggle!: HTMLButtonElement;
  const close = () => {
    setOpen(false);
    toggle.focus();
  };
  return (
    <>
      <button
        ref={toggle}
        type="button"
        class="btn"
        aria-expanded={open() ? 'true' : 'false'}
        aria-controls={open() ? panel : undefined}
        onClick={() => setOpen(!open())}
      >
        <svg class="icon" viewBox="0 0 24 24" aria-hidden="true">
          <path d="M8 7l-5 5 5 5M16 7l5 5-5 5" fill="none" stroke="currentColor" stroke-width="2" />
        </svg>
        <span>{t('embedShare.button')}</span>
      </button>
      {/* Closed in the prerendered HTML, so the panel is only ever rendered on the device. */}
      <Show when={open()}>
        <Suspense>
          <EmbedPanel pledgeId={props.pledgeId} id={panel} onClose={close} />
        </Suspense>
      </Show>
    </>
  );
}
