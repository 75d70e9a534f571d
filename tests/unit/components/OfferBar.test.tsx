/**
 * The floating offers (install, ready offline, new version, the reader's language): one at a
 * time, an offer on screen is never swapped for a later one, and putting one away shows the next.
 *
 * Each test makes the offers afresh, as a page does at start. The offers arrive the way the
 * browser sends them: `beforeinstallprompt` on window, and the service worker's events through
 * workbox-window — the one module replaced here, as there is no service worker under happy-dom.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fireEvent, render, screen, waitFor } from '@solidjs/testing-library';
import { MemoryRouter, Route, createMemoryHistory } from '@solidjs/router';
import { OfferBar } from '../../../src/components/OfferBar';
import { OffersProvider, type Offers } from '../../../src/app/offers';
import { createWorkerBridge } from '../../../src/pwa/worker';
import { createInstallOffer } from '../../../src/pwa/install';
import { createLangOffer } from '../../../src/app/lang-offer';
// For its afterEach: each render is unmounted after its test.
import './harness';

type Listener = (event: { isUpdate?: boolean }) => void;

/** Stands in for workbox-window's Workbox: records listeners so a test can play the worker. */
const workboxes = vi.hoisted(() => {
  class FakeWorkbox {
    readonly listeners = new Map<string, Listener[]>();
    readonly register = vi.fn(async () => undefined);
    readonly update = vi.fn(async () => undefined);
    readonly messageSkipWaiting = vi.fn();
    addEventListener(type: string, listener: Listener) {
      this.listeners.set(type, [...(this.listeners.get(type) ?? []), listener]);
    }
    fire(type: string, event: { isUpdate?: boolean } = {}) {
      for (const l of this.listeners.get(type) ?? []) l(event);
    }
  }
  return { FakeWorkbox, made: [] as InstanceType<typeof FakeWorkbox>[] };
});

vi.mock('workbox-window', () => ({
  Workbox: class extends workboxes.FakeWorkbox {
    constructor() {
      super();
      workboxes.made.push(this);
    }
  },
}));

let app: Awaited<ReturnType<typeof startPage>>;

/** What a page makes at start: the offers, with the worker registered. */
async function startPage() {
  const offers: Offers = {
    worker: createWorkerBridge({ base: '/', enabled: true }),
    install: createInstallOffer(window, () => {}),
    lang: createLangOffer(),
    online: () => true,
  };
  await offers.worker.register();
  const wb = workboxes.made.at(-1)!;
  return { offers, langOffer: offers.lang, wb };
}

/** What the bar shows: the test ids of its cards, so a test sees a second card if one appears. */
const offers = () => [...document.querySelectorAll('.pwa-bar__item')].map((el) => el.getAttribute('data-testid'));

function showPrompts(url = '/pledges?policy=2') {
  const history = createMemoryHistory();
  history.set({ value: url, scroll: false, replace: true });
  return render(() => (
    <OffersProvider offers={app.offers}>
      <MemoryRouter history={history}>
        <Route path="*" component={OfferBar} />
      </MemoryRouter>
    </OffersProvider>
  ));
}

/** What Chromium fires when the site may be installed; `prompt` shows the browser's dialog. */
function offerInstall() {
  const event = Object.assign(new Event('beforeinstallprompt', { cancelable: true }), {
    prompt: vi.fn(async () => undefined),
    userChoice: Promise.resolve({ outcome: 'dismissed' as const }),
  });
  window.dispatchEvent(event);
  return event;
}

beforeEach(async () => {
  localStorage.clear();
  Object.defineProperty(navigator, 'serviceWorker', {
    configurable: true,
    value: { getRegistration: vi.fn(async () => ({ waiting: {} })) },
  });
  app = await startPage();
});

afterEach(() => {
  Reflect.deleteProperty(navigator, 'serviceWorker');
});

describe('OfferBar', () => {

  it('offers to install once the browser allows it, and replays the browser prompt on the button', async () => {
    showPrompts();
    const event = offerInstall();
    expect(event.defaultPrevented).toBe(true);
    expect(offers()).toEqual(['install-offer']);
    expect(screen.getByTestId('install-offer').textContent).toContain('ホーム画面に追加すると');
    fireEvent.click(screen.getByRole('button', { name: 'アプリをインストール' }));
    await waitFor(() => expect(event.prompt).toHaveBeenCalledOnce());
    // The browser's event can be used once: the offer goes with it.
    expect(offers()).toEqual([]);
  });

  it('keeps the offer on screen when more urgent ones arrive, then shows them most urgent first', () => {
    showPrompts();
    offerInstall();
    app.wb.fire('installed', { isUpdate: false });
    app.wb.fire('waiting');
    expect(offers()).toEqual(['install-offer']);

    fireEvent.click(screen.getByRole('button', { name: 'あとで' }));
    expect(offers()).toEqual(['update-prompt']);
    fireEvent.click(screen.getByRole('button', { name: 'あとで' }));
    expect(offers()).toEqual(['offline-ready']);
    fireEvent.click(screen.getByRole('button', { name: '閉じる' }));
    // "Later" on the install offer holds for this visit.
    expect(offers()).toEqual([]);
  });

  it('shows the most urgent offer first when several apply before any is shown', () => {
    offerInstall();
    app.wb.fire('installed', { isUpdate: false });
    app.wb.fire('waiting');
    showPrompts();
    expect(offers()).toEqual(['update-prompt']);
    expect(screen.getByTestId('update-prompt').textContent).toContain('新しいバージョンがあります');
  });

  it('reloads into the new version only when asked: Reload activates the waiting worker', async () => {
    showPrompts();
    app.wb.fire('waiting');
    expect(app.wb.messageSkipWaiting).not.toHaveBeenCalled();
    fireEvent.click(screen.getByRole('button', { name: '再読み込み' }));
    await waitFor(() => expect(app.wb.messageSkipWaiting).toHaveBeenCalledOnce());
  });

  it('says "ready offline" once per device', async () => {
    showPrompts();
    app.wb.fire('installed', { isUpdate: false });
    expect(offers()).toEqual(['offline-ready']);
    fireEvent.click(screen.getByRole('button', { name: '閉じる' }));
    app = await startPage();
    showPrompts();
    app.wb.fire('installed', { isUpdate: false });
    expect(offers()).toEqual([]);
  });

  it("offers the reader's language in that language, linking to the same view", async () => {
    localStorage.setItem('bibai.lang', 'en');
    showPrompts('/pledges?policy=2');
    await app.langOffer.offer();
    await waitFor(() => expect(offers()).toEqual(['lang-offer']));
    const card = screen.getByTestId('lang-offer');
    expect(card.getAttribute('lang')).toBe('en');
    expect(card.textContent).toContain('This page is also available in English.');
    const link = screen.getByRole('link', { name: 'Read in English' });
    expect(link.getAttribute('href')).toBe('/en/pledges/?policy=2');
    expect(link.getAttribute('hreflang')).toBe('en');
  });

  it('keeps the page language when the offer is declined, and does not offer it again', async () => {
    localStorage.setItem('bibai.lang', 'en');
    showPrompts();
    offerInstall();
    await app.langOffer.offer();
    // The language offer came second: it waits behind the install offer on screen.
    expect(offers()).toEqual(['install-offer']);
    fireEvent.click(screen.getByRole('button', { name: 'あとで' }));
    expect(offers()).toEqual(['lang-offer']);
    fireEvent.click(screen.getByRole('button', { name: 'Keep Japanese' }));
    expect(offers()).toEqual([]);
    expect(localStorage.getItem('bibai.lang')).toBe('ja');
    await app.langOffer.offer();
    expect(offers()).toEqual([]);
  });
});
