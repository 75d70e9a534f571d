/**
 * i18next set-up and the reactive `t`. The language lives in a Solid signal so every `t(...)`
 * read inside JSX re-renders on a switch; i18next does the interpolation and plurals.
 */
import i18next from 'i18next';
import { createRoot, createSignal } from 'solid-js';
import { ja, type MessageKey } from './locales/ja';
import { en } from './locales/en';
import type { Lang } from '../domain/format';
import { readPref, writePref, STORAGE_KEYS } from '../storage/preferences';

export type { MessageKey, Lang };

const i18n = i18next.createInstance();
void i18n.init({
  initAsync: false,
  resources: { ja: { translation: ja }, en: { translation: en } },
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

const initial = detectLang(
  readPref(STORAGE_KEYS.lang),
  typeof navigator === 'undefined' ? [] : navigator.languages ?? [navigator.language],
);

const [lang, setLangSignal] = createRoot(() => createSignal<Lang>(initial));
void i18n.changeLanguage(initial);

function applyLang(l: Lang) {
  if (typeof document !== 'undefined') document.documentElement.lang = l;
}
applyLang(initial);

export { lang };

export function setLang(l: Lang): void {
  void i18n.changeLanguage(l);
  writePref(STORAGE_KEYS.lang, l);
  applyLang(l);
  setLangSignal(l);
}

export type TOptions = Record<string, string | number>;

/** Translate in the current language; tracks the language signal. */
export function t(key: MessageKey, options?: TOptions): string {
  return i18n.t(key, { lng: lang(), ...options });
}
