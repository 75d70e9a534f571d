/**
 * Offers the reader's own language when a page is in the other one: an English browser that
 * opens a shared Japanese link is told, in English, that the page is also in English. The page
 * itself stays as its URL says (no redirect, no re-render); the offer floats over it (PwaUi).
 */
import { createRoot, createSignal } from 'solid-js';
import { lang, loadLocale, preferredLang, rememberLang, type Lang } from '../i18n';

const [offered, setOffered] = createRoot(() => createSignal<Lang | null>(null));

/** The language on offer, once its strings are loaded (the offer is written in it). */
export { offered as offeredLang };

/** Called once the page is on screen. */
export async function offerPreferredLang(): Promise<void> {
  const want = preferredLang();
  if (want === lang()) return;
  // Without its strings (offline before the worker cached them) there is nothing to say.
  if (await loadLocale(want).then(() => true, () => false)) setOffered(want);
}

/** Following the offer remembers the choice, so the other language stops offering itself back. */
export function acceptLangOffer(): void {
  const l = offered();
  if (l) rememberLang(l);
}

/** Declining keeps this page's language as the reader's choice: the offer does not come back. */
export function declineLangOffer(): void {
  rememberLang(lang());
  setOffered(null);
}
