/**
 * Which language a URL is in. Japanese, the source document's language, lives at the root
 * (`/pledges/20`); English under `/en` (`/en/pledges/20`). The URL decides, not the browser: a
 * shared link opens in the language it was shared in, each language has its own prerendered
 * HTML and link preview, and the page never re-renders in another language after it is shown.
 * Paths here are app paths: no base, no origin.
 */
import type { Lang } from './format';

export const LANGS: readonly Lang[] = ['ja', 'en'];

/** The path prefix of each language's pages. */
export const LANG_PREFIX: Record<Lang, string> = { ja: '', en: '/en' };

/**
 * The app path of a URL's pathname: without the deployment base (`/` or `/sub/path/`) and without
 * a trailing slash (a static host serves folders as `/pledges/20/`).
 */
export function appPathOf(pathname: string, base: string): string {
  const b = base.replace(/\/$/, '');
  return (pathname.startsWith(b) ? pathname.slice(b.length) : pathname).replace(/\/+$/, '') || '/';
}

/** `/en/pledges/20` → en, `/pledges/20`; `/pledges/20` → ja, `/pledges/20`; `/english` stays Japanese. */
export function splitLangPath(path: string): { lang: Lang; path: string } {
  const m = /^\/en(?=\/|$)(.*)$/.exec(path);
  return m ? { lang: 'en', path: m[1] || '/' } : { lang: 'ja', path: path || '/' };
}

/** The app path of `path` (a path without a language prefix) in `lang`: `('en', '/')` → `/en`. */
export function langPath(lang: Lang, path: string): string {
  return `${LANG_PREFIX[lang]}${path === '/' ? '' : path}` || '/';
}

/**
 * The same page in the other language, as the URL a static host serves without a redirect (the
 * folder form, `/en/pledges/20/`): `/en/pledges?q=x` ⇄ `/pledges/?q=x`, query and hash kept.
 */
export function otherLangHref(pathname: string, search: string, hash: string, base: string): string {
  const { lang, path } = splitLangPath(appPathOf(pathname, base));
  const target = langPath(lang === 'ja' ? 'en' : 'ja', path);
  return `${base.replace(/\/$/, '')}${target === '/' ? '/' : `${target}/`}${search}${hash}`;
}
