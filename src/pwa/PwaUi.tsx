/**
 * The service worker's UI, all non-blocking: the header's offline indicator, and a bar fixed to the
 * bottom of the screen that offers to install, says "ready to work offline" once, says "a new
 * version is available" with its reload button, and offers the reader's language when the page is
 * in the other one (app/lang-offer.ts). The bar floats over the page instead of pushing it
 * down: these offers arrive seconds after the page is read, and content that jumps under the
 * reader's thumb is worse than a dismissible bar (it is also what layout-shift budgets measure).
 */
import { Match, Show, Switch, createMemo, createSignal, type JSX, type ParentProps } from 'solid-js';
import { t } from '../i18n';
import { useOtherLangHref } from '../app/other-lang';
import { acceptLangOffer, declineLangOffer, offeredLang } from '../app/lang-offer';
import { online } from './network';
import { canInstall, promptInstall } from './install';
import { applyUpdate, dismissOfflineReady, dismissUpdate, offlineReady, updateWaiting } from './worker';
import { chooseOffer, type Offer } from './offer-choice';

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

/** "Later" hides the install offer for this visit; the browser offers it again on a later one. */
const [installDeferred, setInstallDeferred] = createSignal(false);

/** Whether each offer applies right now; which one shows is offer-choice.ts's decision. */
const applies: Record<Offer, () => boolean> = {
  update: updateWaiting,
  lang: () => offeredLang() !== null,
  ready: offlineReady,
  install: () => canInstall() && !installDeferred(),
};

/** The frame every offer shares: one line of text and its actions. */
function OfferCard(props: ParentProps<{ testId: string; text: JSX.Element; lang?: string }>) {
  return (
    <div class="pwa-bar__item" data-testid={props.testId} lang={props.lang}>
      <p>{props.text}</p>
      <div class="pwa-bar__actions">{props.children}</div>
    </div>
  );
}

export function PwaPrompts() {
  const otherHref = useOtherLangHref();
  // The memo sees the offer on screen, so a later, more urgent one waits its turn.
  const offer = createMemo<Offer | null>((shown) => chooseOffer(shown, (o) => applies[o]()), null);
  /** The offer's own language: its strings are the offered language's (lang-offer.ts). */
  const inOffered = (key: 'lang.offer' | 'lang.offerOpen' | 'lang.offerKeep') => t(key, { lng: offeredLang() ?? '' });
  return (
    <div class="pwa-bar" role="status">
      <Switch>
        <Match when={offer() === 'lang'}>
          <OfferCard testId="lang-offer" lang={offeredLang() ?? undefined} text={inOffered('lang.offer')}>
            <a class="btn btn--small btn--primary" href={otherHref()} hreflang={offeredLang() ?? undefined} target="_self" onClick={acceptLangOffer}>
              {inOffered('lang.offerOpen')}
            </a>
            <button type="button" class="btn btn--small" onClick={declineLangOffer}>
              {inOffered('lang.offerKeep')}
            </button>
          </OfferCard>
        </Match>
        <Match when={offer() === 'update'}>
          <OfferCard
            testId="update-prompt"
            text={
              <>
                <strong>{t('pwa.updateAvailable')}</strong> {t('pwa.updateHint')}
              </>
            }
          >
            <button type="button" class="btn btn--small btn--primary" onClick={() => void applyUpdate()}>
              {t('pwa.updateReload')}
            </button>
            <button type="button" class="btn btn--small" onClick={dismissUpdate}>
              {t('pwa.later')}
            </button>
          </OfferCard>
        </Match>
        <Match when={offer() === 'ready'}>
          <OfferCard testId="offline-ready" text={t('pwa.offlineReady')}>
            <button type="button" class="btn btn--small" onClick={dismissOfflineReady}>
              {t('pwa.dismiss')}
            </button>
          </OfferCard>
        </Match>
        <Match when={offer() === 'install'}>
          <OfferCard testId="install-offer" text={t('install.intro')}>
            <button type="button" class="btn btn--small btn--primary" onClick={() => void promptInstall()}>
              {t('install.button')}
            </button>
            <button type="button" class="btn btn--small" onClick={() => setInstallDeferred(true)}>
              {t('pwa.later')}
            </button>
          </OfferCard>
        </Match>
      </Switch>
    </div>
  );
}
