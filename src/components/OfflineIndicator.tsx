import { Show } from 'solid-js';
import { useOffers } from '../app/offers';
import { t } from '../i18n';

/** Text and an icon, never colour alone; a live region so the change is announced. */
export function OfflineIndicator() {
  const offers = useOffers();
  return (
    <span role="status" class="offline-status">
      <Show when={!offers.online()}>
        <span class="offline-badge" data-testid="offline-indicator" title={t('pwa.offlineHint')}>
          <svg class="icon" viewBox="0 0 24 24" aria-hidden="true">
            <path d="M2 8.5a15 15 0 0 1 20 0M5.5 12a10 10 0 0 1 13 0M9 15.5a5 5 0 0 1 6 0M12 19h.01M3 3l18 18" />
          </svg>
          {t('pwa.offline')}
          <span class="visually-hidden">{t('pwa.offlineHint')}</span>
        </span>
      </Show>
    </span>
  );
}
