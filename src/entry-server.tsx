/**
 * The prerenderer's entry (built for Node by vite.config.ts, run at the end of `vite build`):
 * renders one route with Solid's server renderer into HTML that the client then hydrates. The
 * page chunk is loaded before the synchronous render so the HTML holds the page, not "Loading…".
 */
import { generateHydrationScript, renderToString } from 'solid-js/web';
import { App } from './App';
import { preloadRoute } from './routes';
import { collectPageMeta, type PageMeta } from './app/page-meta';
import type { AppServices } from './app/services';
import type { Dataset } from './domain/schema';
import { splitLangPath } from './domain/lang-path';
import { addLocale, addMoreStrings, showLang } from './i18n';
import * as ja from './i18n/chunks/ja';
import * as en from './i18n/chunks/en';
import { jaMore } from './i18n/locales/ja-more';
import { enMore } from './i18n/locales/en-more';

export type { PageMeta };
export { parseDataset } from './domain/validate-dataset';
export { parseEditionIndex } from './domain/edition-index';
export { siteSocial } from './app/social';
export { t, showLang } from './i18n';

// The server renders both languages; the browser loads only its page's.
addLocale('ja', ja);
addLocale('en', en);
addMoreStrings('ja', jaMore);
addMoreStrings('en', enMore);

/**
 * `path` is the app path without the base (`/pledges/2-1`, `/en/pledges/2-1`). It also switches
 * `t` to the page's language, for the head tags the prerenderer writes next.
 */
/** The server renders from the dataset it is given and never loads or stores anything. */
const refuse = () => Promise.reject(new Error('no storage while prerendering'));
const serverServices: AppServices = {
  warmStorage: refuse,
  loadDataset: refuse,
  loadEditions: refuse,
  bookmarks: refuse,
  notes: refuse,
  flags: refuse,
  backup: refuse,
  storageStatus: refuse,
  requestPersistence: refuse,
};

export async function renderPage(path: string, dataset: Dataset, editions?: Dataset[]): Promise<{ html: string; meta: PageMeta | undefined }> {
  const page = splitLangPath(path);
  await preloadRoute(page.path);
  showLang(page.lang);
  const url = `${import.meta.env.BASE_URL.replace(/\/$/, '')}${path}`;
  const { result, meta } = collectPageMeta(() => renderToString(() => <App lang={page.lang} url={url} services={serverServices} boot={{ dataset, editions }} />));
  return { html: result, meta };
}

/**
 * Solid's hydration bootstrap (`_$HY`: the event queue that replays clicks made before the app
 * hydrated) without its <script> wrapper: the strict CSP allows no inline script, so the build
 * ships it as a file of its own.
 */
export function hydrationScript(): string {
  return generateHydrationScript()
    .replace(/^<script[^>]*>/, '')
    .replace(/<\/script>(<!--xs-->)?$/, '');
}
