/**
 * i18next set-up and the reactive `t`. The language lives in a Solid signal so every `t(...)`
 * read inside JSX re-renders on a switch; i18next does the interpolation and plurals.
 *
 * Only Japanese ships in the entry chunk: the prerendered pages are Japanese, and the first
 * client render must match them. English is a lazy chunk, loaded when the reader's stored choice
 * or browser asks for it (`applyPreferredLang`, after hydration) or when they press the button.
 */
import i18next from 'i18next';
import { createRoot, createSignal } from 'solid-js';
import { ja, type MessageKey } from './locales/ja';
import type { Lang } from '../domain/format';
import { readPref, writePref, STORAGE_KEYS } from '../storage/preferences';

export type { MessageKey, Lang };

const i18n = i18next.createInstance();
void i18n.init({
  initAsync: false,
  resources: { ja: { translation: ja } },
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

// Japanese until the reader's choice is applied: the server rendered Japanese.
const [lang, setLangSignal] = createRoot(() => createSignal<Lang>('ja'));

export { lang };

let english: Promise<void> | undefined;
/**
 * Loads the English strings once (a separate chunk, precached by the service worker). index.tsx
 * also calls it after the first render, so the switch works offline before the worker is ready.
 */
export function loadEnglish(): Promise<void> {
  english ??= import('./locales/en').then(({ en }) => {
    i18n.addResourceBundle('en', 'translation', en);
  });
  return english;
}

/** Shows the UI in `l`; the signal changes only once its strings are there. */
async function showLang(l: Lang): Promise<void> {
  if (l === 'en') await loadEnglish();
  await i18n.changeLanguage(l);
  if (typeof document !== 'undefined') document.documentElement.lang = l;
  setLangSignal(l);
}

/** The reader chose a language: show it and remember it. */
export function setLang(l: Lang): Promise<void> {
  writePref(STORAGE_KEYS.lang, l);
  return showLang(l);
}

/** Applies the stored or browser language; called once the first render is on screen. */
export function applyPreferredLang(): Promise<void> {
  const l = preferredLang();
  return l === 'ja' ? Promise.resolve() : showLang(l);
}

export type TOptions = Record<string, string | number>;

/** Translate in the current language; tracks the language signal. */
export function t(key: MessageKey, options?: TOptions): string {
  return i18n.t(key, { lng: lang(), ...options });
}
