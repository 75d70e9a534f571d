import { announce } from '../app/announcer';
import { absoluteUrl, shareLink } from '../app/share';
import { t } from '../i18n';

/** Shares the canonical deep link given by `path` (app-relative, e.g. `/pledges?policy=1`). */
export function ShareButton(props: { path: () => string; title: () => string }) {
  const onClick = async () => {
    const url = absoluteUrl(props.path());
    const outcome = await shareLink(url, props.title());
    if (outcome === 'copied') announce(t('share.copied'));
    else if (outcome === 'manual') announce(t('share.manual', { url }));
  };
  return (
    <button type="button" class="btn" onClick={onClick}>
      <svg class="icon" viewBox="0 0 24 24" aria-hidden="true">
        <path d="M12 3v12M7 8l5-5 5 5M5 13v7h14v-7" fill="none" stroke="currentColor" stroke-width="2" />
      </svg>
      <span>{t('share.button')}</span>
    </button>
  );
}
