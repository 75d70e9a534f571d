/**
 * Offers the reader's own language when a page is in the other one: an English browser that
 * opens a shared Japanese link is told, in English, that the page is also in English. The page
 * itself stays as its URL says (no redirect, no re-render); the offer floats over it (OfferBar).
 */
import { createSignal, type Accessor } from 'solid-js';
import { lang, loadLocale, preferredLang, rememberLang, type Lang } from '../i18n';

export interface LangOffer {
  /** The language on offer, once its strings are loaded (the offer is written in it). */
  offered: Accessor<Lang | null>;
  /** Called once the page is on screen. */
  offer(): Promise<void>;
  /** Following the offer remembers the choice, so the other language stops offering itself back. */
  accept(): void;
  /** Declining keeps this page's language as the reader's choice: the offer does not come back. */
  decline(): void;
}

export function createLangOffer(): LangOffer {
  const [offered, setOffered] = createSignal<Lang | null>(null);
  return {
    offered,
    async offer() {
      const want = preferredLang();
      if (want === lang()) return;
      // Without its strings (offline before the worker cached them) there is nothing to say.
      if (await loadLocale(want).then(() => true, () => false)) setOffered(want);
    },
    accept() {
      const l = offered();
      if (l) rememberLang(l);
    },
    decline() {
      rememberLang(lang());
      setOffered(null);
    },
  };
}
