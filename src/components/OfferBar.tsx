/**
 * A bar fixed to the bottom of the screen that offers, one at a time, to install, says "ready to
 * work offline" once, says "a new version is available" with its reload button, and offers the
 * reader's language when the page is in the other one. It floats over the page instead of
 * pushing it down: these offers arrive seconds after the page is read, and content that jumps
 * under the reader's thumb is worse than a dismissible bar (it is also what layout-shift budgets
 * measure).
 * This is the bar's content; OfferSlot.tsx holds the bar itself and loads this after the page
 * is up, since no offer can apply before then.
 */
import { Match, Switch, createMemo, createSignal, type JSX, type ParentProps } from 'solid-js';
import { t } from '../i18n';
import { useOtherLangHref } from '../app/other-lang';
import { useOffers } from '../app/offers';
import { chooseOffer, type Offer } from '../app/offer-choice';

/** The frame every offer shares: one line of text and its actions. */
function OfferCard(props: ParentProps<{ testId: string; text: JSX.Element; lang?: string }>) {
  return (
    <div class="pwa-bar__item" data-testid={props.testId} lang={props.lang}>
      <p>{props.text}</p>
      <div class="pwa-bar__actions">{props.children}</div>
    </div>
  );
}

export function OfferBar() {
  const { worker, install, lang } = useOffers();
  const otherHref = useOtherLangHref();
  /** "Later" hides the install offer for this visit; the browser offers it again on a later one. */
  const [installDeferred, setInstallDeferred] = createSignal(false);
  /** Whether each offer applies right now; which one shows is chooseOffer's decision. */
  const applies: Record<Offer, () => boolean> = {
    update: worker.updateWaiting,
    lang: () => lang.offered() !== null,
    ready: worker.offlineReady,
    install: () => install.canInstall() && !installDeferred(),
  };
  // The memo sees the offer on screen, so a later, more urgent one waits its turn.
  const offer = createMemo<Offer | null>((shown) => chooseOffer(shown, (o) => applies[o]()), null);
  /** The offer's own language: its strings are the offered language's (app/lang-offer.ts). */
  const inOffered = (key: 'lang.offer' | 'lang.offerOpen' | 'lang.offerKeep') => t(key, { lng: lang.offered() ?? '' });
  return (
    <Switch>
      <Match when={offer() === 'lang'}>
        <OfferCard testId="lang-offer" lang={lang.offered() ?? undefined} text={inOffered('lang.offer')}>
          <a class="btn btn--small btn--primary" href={otherHref()} hreflang={lang.offered() ?? undefined} target="_self" onClick={() => lang.accept()}>
            {inOffered('lang.offerOpen')}
          </a>
          <button type="button" class="btn btn--small" onClick={() => lang.decline()}>
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
          <button type="button" class="btn btn--small btn--primary" onClick={() => void worker.applyUpdate()}>
            {t('pwa.updateReload')}
          </button>
          <button type="button" class="btn btn--small" onClick={() => worker.dismissUpdate()}>
            {t('pwa.later')}
          </button>
        </OfferCard>
      </Match>
      <Match when={offer() === 'ready'}>
        <OfferCard testId="offline-ready" text={t('pwa.offlineReady')}>
          <button type="button" class="btn btn--small" onClick={() => worker.dismissOfflineReady()}>
            {t('pwa.dismiss')}
          </button>
        </OfferCard>
      </Match>
      <Match when={offer() === 'install'}>
        <OfferCard testId="install-offer" text={t('install.intro')}>
          <button type="button" class="btn btn--small btn--primary" onClick={() => void install.prompt()}>
            {t('install.button')}
          </button>
          <button type="button" class="btn btn--small" onClick={() => setInstallDeferred(true)}>
            {t('pwa.later')}
          </button>
        </OfferCard>
      </Match>
    </Switch>
  );
}
