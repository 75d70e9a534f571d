/**
 * i18next set-up and the reactive `t`. The language lives in a Solid signal so every `t(...)`
 * read inside JSX follows it; i18next does the interpolation and plurals.
 *
 * A page's language comes from its URL (domain/lang-path.ts) and is set once, before the first
 * render, so a prerendered page hydrates in the language its HTML is in. Each locale is a lazy
 * chunk: a page loads its own language only (both are precached for offline use). The other
 * language is a different URL; the header links to it.
 *
 * The locales never name the city or the app: `{{site}}`, `{{city}}` and `{{siteDescription}}`
 * come from the data folder's site config (`virtual:site-texts/<lang>`, made at build time, in
 * the language's chunk), so `t('site.name')` needs no options at its call sites.
 */
import i18next from 'i18next';
import { createRoot, createSignal } from 'solid-js';
import { lazy, type Component } from 'solid-js';
import type { Messages } from './locales/ja';
import type { MoreMessages } from './locales/ja-more';
import type { MessageKey } from './keys';
import type { Lang } from '../domain/format';
import type { SiteVars } from '../domain/site-config';
import { readPref, writePref, STORAGE_KEYS } from '../storage/preferences';

export type { MessageKey, Lang };

const i18n = i18next.createInstance();
void i18n.init({
  initAsync: false,
  resources: {},
  lng: 'ja',
  fallbackLng: 'ja',
  keySeparator: false,
  nsSeparator: false,
  // Solid renders text nodes, never HTML, so i18next's own escaping would double-escape.
  interpolation: { escapeValue: false },
  returnNull: false,
});

/** `en` for English browsers, `ja` for everything else (the rule). */
export function detectLang(stored: string | null, languages: readonly string[]): Lang {
  if (stored === 'ja' || stored === 'en') return stored;
  const first = languages[0]?.toLowerCase() ?? 'ja';
  return first.startsWith('en') ? 'en' : 'ja';
}

/** The reader's language: the stored choice, else the browser's. */
export function preferredLang(): Lang {
  return detectLang(readPref(STORAGE_KEYS.lang), typeof navigator === 'undefined' ? [] : (navigator.languages ?? [navigator.language]));
}

/** Remembers the reader's choice (they followed a link to the other language, or declined it). */
export function rememberLang(l: Lang): void {
  writePref(STORAGE_KEYS.lang, l);
}

const [lang, setLangSignal] = createRoot(() => createSignal<Lang>('ja'));

export { lang };

/** A language's chunk (src/i18n/chunks/): its UI strings and the site's names in it. */
export interface LocaleChunk {
  messages: Messages;
  site: SiteVars;
}

/** The site's names per language, filled in `t` (they arrive with the language's strings). */
const siteVars = new Map<Lang, SiteVars>();

/** Registers a language's strings (the prerenderer and the unit tests import both up front). */
export function addLocale(l: Lang, chunk: LocaleChunk): void {
  i18n.addResourceBundle(l, 'translation', chunk.messages, true, true);
  siteVars.set(l, chunk.site);
}

const LOCALE_CHUNKS: Record<Lang, () => Promise<LocaleChunk>> = {
  ja: () => import('./chunks/ja'),
  en: () => import('./chunks/en'),
};
const loading = new Map<Lang, Promise<void>>();

/** Loads a language's strings once (a chunk of its own, precached by the service worker). */
export function loadLocale(l: Lang): Promise<void> {
  let p = loading.get(l);
  if (!p) {
    p = i18n.hasResourceBundle(l, 'translation') ? Promise.resolve() : LOCALE_CHUNKS[l]().then((m) => addLocale(l, m));
    // A failed chunk (offline before the worker cached it) may be retried later.
    p.catch(() => loading.delete(l));
    loading.set(l, p);
  }
  return p;
}

/** Registers the strings of the features with chunks of their own (see `lazyWithStrings`). */
export function addMoreStrings(l: Lang, messages: MoreMessages): void {
  i18n.addResourceBundle(l, 'translation', messages, true, true);
}

const MORE_CHUNKS: Record<Lang, () => Promise<MoreMessages>> = {
  ja: () => import('./locales/ja-more').then((m) => m.jaMore),
  en: () => import('./locales/en-more').then((m) => m.enMore),
};
const loadingMore = new Map<Lang, Promise<void>>();

/** Loads the strings of the features with chunks of their own (comparison, notes, brief …), once. */
export function loadMoreStrings(l: Lang): Promise<void> {
  let p = loadingMore.get(l);
  if (!p) {
    p = MORE_CHUNKS[l]().then((m) => addMoreStrings(l, m));
    p.catch(() => loadingMore.delete(l));
    loadingMore.set(l, p);
  }
  return p;
}

/**
 * A lazy component whose strings load with it: a feature that only some readers open does not
 * put its words into every page's first download.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- Solid's own `lazy` takes any component props
export function lazyWithStrings<T extends Component<any>>(load: () => Promise<{ default: T }>) {
  return lazy(() => Promise.all([load(), loadMoreStrings(lang())]).then(([m]) => m));
}

/** Shows the UI in `l`, whose strings must be there (`loadLocale`). */
export function showLang(l: Lang): void {
  if (typeof document !== 'undefined') document.documentElement.lang = l;
  setLangSignal(l);
}

/**
 * Loads `l` and shows it: what a page does before its first render (nothing renders until this
 * resolves). The language is set at once, so the page chunks loading beside it load their
 * feature strings in this language too (`lazyWithStrings`).
 */
export async function startInLang(l: Lang): Promise<void> {
  showLang(l);
  await loadLocale(l);
}

export type TOptions = Record<string, string | number>;

/** Translate in the current language; tracks the language signal. */
export function t(key: MessageKey, options?: TOptions): string {
  const l = lang();
  return i18n.t(key, { lng: l, ...siteVars.get(l), ...options });
}
