/**
 * Per-route document title, meta description and link-preview data. In the browser it keeps
 * `document.title` and the description current; during prerendering (no document) it hands the
 * page's values to `collectPageMeta`, which writes them into the page's <head>.
 */
import { createEffect } from 'solid-js';
import { isServer } from 'solid-js/web';
import { t } from '../i18n';

/** Open Graph / Twitter card fields beyond the title and description. */
export interface SocialMeta {
  title: string;
  description: string;
  /** Image path under the base, e.g. `social/on-track.png`. */
  image: string;
  imageAlt: string;
}

export interface PageMeta {
  /** The full document title (`page | site`). */
  title: string;
  description: string;
  social?: SocialMeta;
}

let collector: ((meta: PageMeta) => void) | undefined;

/** Runs a synchronous server render and returns what the page declared with `usePageMeta`. */
export function collectPageMeta<T>(render: () => T): { result: T; meta: PageMeta | undefined } {
  let meta: PageMeta | undefined;
  collector = (m) => {
    meta = m;
  };
  try {
    return { result: render(), meta };
  } finally {
    collector = undefined;
  }
}

export function usePageMeta(title: () => string, description: () => string, social?: () => SocialMeta): void {
  const full = () => `${title()} | ${t('site.name')}`;
  if (isServer) {
    collector?.({ title: full(), description: description(), social: social?.() });
    return;
  }
  createEffect(() => {
    document.title = full();
    let meta = document.querySelector<HTMLMetaElement>('meta[name="description"]');
    if (!meta) {
      meta = document.createElement('meta');
      meta.name = 'description';
      document.head.append(meta);
    }
    meta.content = description();
  });
}
