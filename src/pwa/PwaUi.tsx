/**
 * The service worker's UI, all non-blocking and in the page flow (nothing covers the content):
 * the header's offline indicator and install button, and the bar under the navigation that says
 * "ready to work offline" once and "a new version is available" with its reload button.
 */
import { Show } from 'solid-js';
import { t } from '../i18n';
import { online } from './network';
import { canInstall, promptInstall } from './install';
import { applyUpdate, dismissOfflineReady, dismissUpdate, offlineReady, updateWaiting } from './worker';

/** Text and an icon, never colour alone; a live region so the change is announced. */
export function OfflineIndicator() {
  return (
    <span role="status" class="offline-status">
      <Show when={!online()}>
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

export function InstallButton() {
  return (
    <Show when={canInstall()}>
      <button type="button" class="btn btn--small" onClick={() => void promptInstall()}>
        {t('install.button')}
      </button>
    </Show>
  );
}

export function PwaPrompts() {
  return (
    <div class="pwa-bar" role="status">
      <Show when={updateWaiting()}>
        <div class="pwa-bar__item" data-testid="update-prompt">
          <p>
            <strong>{t('pwa.updateAvailable')}</strong> {t('pwa.updateHint')}
          </p>
          <div class="pwa-bar__actions">
            <button type="button" class="btn btn--small btn--primary" onClick={() => void applyUpdate()}>
              {t('pwa.updateReload')}
            </button>
            <button type="button" class="btn btn--small" onClick={dismissUpdate}>
              {t('pwa.later')}
            </button>
          </div>
        </div>
      </Show>
      <Show when={offlineReady() && !updateWaiting()}>
        <div class="pwa-bar__item" data-testid="offline-ready">
          <p>{t('pwa.offlineReady')}</p>
          <div class="pwa-bar__actions">
            <button type="button" class="btn btn--small" onClick={dismissOfflineReady}>
              {t('pwa.dismiss')}
            </button>
          </div>
        </div>
      </Show>
    </div>
  );
}
