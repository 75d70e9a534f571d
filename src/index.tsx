/**
 * The client entry. A prerendered page (its root carries `data-route` and the dataset's hash) is
 * hydrated: the app first fetches the dataset and checks that it is the very file the HTML was
 * rendered from, so the first client render matches the server's. Any other case renders afresh:
 * the service worker's shell (no prerendered content), a URL with a query (the HTML shows the
 * unfiltered list), a host that answered with another page's HTML, or a dataset published after
 * the build. On the shell (a returning reader) the first render uses the dataset file this device
 * validated last, read from the worker's cache without waiting for the network; the loader
 * (network, validation, IndexedDB) runs after it, as it does after hydration.
 */
import { hydrate, render } from 'solid-js/web';
import { startInLang } from './i18n';
import { appPathOf, splitLangPath } from './domain/lang-path';
import { createLangOffer } from './app/lang-offer';
import { createInstallOffer } from './pwa/install';
import { createWorkerBridge } from './pwa/worker';
import { followLanguageInManifest } from './pwa/manifest-link';
import { createOnlineState } from './pwa/network';
import { applyStoredTextSize } from './app/text-size';
import { applyStoredFurigana } from './app/furigana';
import { createHydration } from './app/hydration';
import { createBrowserServices } from './app/services';
import type { Offers } from './app/offers';
import { requestPersistence } from './storage/persist';
import { readValidatedCopy } from './storage/validated-copy';
import { sha256Hex } from './util/sha256';
import { fetchDatasetText, type FetchedText } from './storage/dataset-fetch';
import type { Dataset } from './domain/schema';
import { preloadRoute } from './routes';
import './styles/main.css';
import './styles/print.css';
import { App } from './App';

/** The dataset's folder: fetched at run time (never bundled), so a report is published without a release. */
const DATA_URL = `${import.meta.env.BASE_URL}data/`;
const APP_VERSION = import.meta.env.VITE_APP_VERSION ?? 'dev';
const root = document.getElementById('root')!;
const path = appPathOf(location.pathname, import.meta.env.BASE_URL);
/** The URL's language (`/en/…` is English) and the route inside it. */
const page = splitLangPath(path);

const { hydrated, markHydrated } = createHydration();
const services = createBrowserServices({
  dataUrl: DATA_URL,
  // A newer app in another tab upgraded the database: this tab reloads into it.
  onVersionChange: () => location.reload(),
  appVersion: APP_VERSION,
});
const online = createOnlineState();
const offers: Offers = {
  worker: createWorkerBridge({ base: import.meta.env.BASE_URL, enabled: import.meta.env.PROD }),
  // Listening from the start: the browser fires beforeinstallprompt early.
  install: createInstallOffer(window, () => void requestPersistence(true)),
  lang: createLangOffer(),
  online: online.online,
};

/** The dataset the prerendered HTML was rendered from, if this fetch returned exactly that file. */
async function sameAsPrerendered(fetched: FetchedText, expected: string): Promise<Dataset | undefined> {
  // Same bytes as the file validated at build time, so parsing is enough; the loader validates
  // it again (lazily, with the IndexedDB sync) after hydration.
  return (await sha256Hex(fetched.text)) === expected ? (JSON.parse(fetched.text) as Dataset) : undefined;
}

/**
 * The editions a page was rendered from (root's `data-editions`, their versions), fetched as the
 * server had them, or undefined when the server now publishes others: the current one is the
 * dataset in hand, the others come from `data/editions/`. Parsing is enough for the same reason
 * as above; the loader validates what it stores.
 */
async function prerenderedEditions(versions: string[], current: Dataset): Promise<Dataset[] | undefined> {
  const index = JSON.parse((await fetchDatasetText(`${DATA_URL}editions.json`)).text) as { editions: { version: string; file: string }[] };
  if (index.editions.map((e) => e.version).join(' ') !== versions.join(' ')) return undefined;
  return Promise.all(
    index.editions.map(async (e) =>
      e.version === current.version ? current : (JSON.parse((await fetchDatasetText(`${DATA_URL}${e.file}`)).text) as Dataset),
    ),
  ).then((all) => (all.every((d, i) => d.version === versions[i]) ? all : undefined));
}

async function start(): Promise<void> {
  const prerendered = root.dataset.route === path && location.search === '' && root.dataset.dataset;
  // The page's strings, its chunk and the dataset load side by side.
  const strings = startInLang(page.lang);
  const chunk = preloadRoute(page.path);
  // Without prerendered HTML to adopt, the validated copy is read beside the chunks.
  const validated = prerendered ? undefined : readValidatedCopy(`${DATA_URL}pledges.json`, APP_VERSION).catch(() => undefined);
  let fetched: FetchedText | undefined;
  let dataset: Dataset | undefined;
  let editions: Dataset[] | undefined;
  if (prerendered) {
    fetched = await fetchDatasetText(`${DATA_URL}pledges.json`).catch(() => undefined);
    dataset = fetched && (await sameAsPrerendered(fetched, prerendered));
    const versions = root.dataset.editions?.split(' ');
    if (dataset && versions) {
      editions = await prerenderedEditions(versions, dataset).catch(() => undefined);
      // Without the very editions the page shows, it cannot be adopted: it is rendered afresh.
      if (!editions) dataset = undefined;
    }
    await chunk.catch(() => undefined);
  }
  // Cannot fail short of a broken deployment; the page then shows its keys rather than nothing.
  await strings.catch(() => undefined);
  if (dataset && '_$HY' in globalThis) {
    hydrate(() => <App lang={page.lang} services={services} offers={offers} boot={{ fetched, dataset, editions, hydrated }} />, root);
  } else {
    const known = await validated;
    // Rendered in one go with its page's chunk, not a "loading" line first.
    if (known) await chunk.catch(() => undefined);
    // Nothing to adopt: the prerendered nodes (if any) give way to a fresh render, in the
    // reader's text size from the start.
    root.textContent = '';
    applyStoredTextSize();
    render(() => <App lang={page.lang} services={services} offers={offers} boot={known ? { dataset: known, hydrated } : { fetched, hydrated }} />, root);
  }
  markHydrated();
}

// Evaluating this chunk and starting the app are two tasks, not one long one.
setTimeout(() => void start());
void hydrated.then(() => {
  // The reader's own state, applied once the first render is on screen (see app/hydration.ts).
  applyStoredTextSize();
  // Never before this: annotating changes the text nodes that hydration adopts.
  applyStoredFurigana();
  online.watch();
  followLanguageInManifest();
  void offers.worker.register();
  void offers.lang.offer();
  // Outside the app's root, so no render depends on it: says the page is interactive (the
  // browser tests and the benchmark wait for it; a prerendered page is visible long before).
  document.documentElement.dataset.app = 'ready';
});
