/**
 * Where the open data files and the pages they point at live, and what the site is called:
 * every absolute URL the generators write comes from here, so a feed link and the prerendered
 * page it names cannot disagree, and every name from the data folder's site config.
 */
import type { Lang } from '../../domain/format.ts';
import { langPath } from '../../domain/lang-path.ts';
import type { SiteConfig, SiteTexts } from '../../domain/site-config.ts';
import { routeUrl } from '../page-html.ts';

export interface Site {
  /** Public origin (BIBAI_SITE_URL), e.g. `https://pledges.example`. */
  siteUrl: string;
  /** The app's base path (BIBAI_BASE), `/` or `/sub/path/`. */
  base: string;
  /** The site's names, as the app's locales interpolate them (`{{site}}`, `{{city}}`). */
  texts: SiteTexts;
  /** The Data Package's name and keywords (data/site.json). */
  dataPackage: SiteConfig['dataPackage'];
}

/**
 * The date part of every `tag:` id (RFC 4151). A constant, never the build time: feed readers
 * know an entry by its id, so it must not change from one build or report to the next.
 */
export const TAG_DATE = '2026';

/** A page's public URL in a language, folder form: `(site, 'en', '/pledges/2-1')` → `<site><base>en/pledges/2-1/`. */
export function pageUrl(site: Pick<Site, 'siteUrl' | 'base'>, lang: Lang, route: string): string {
  return routeUrl(site.siteUrl, site.base, langPath(lang, route));
}

/** A file's public URL from its path in the build (`data/pledges.csv`). */
export function fileUrl(site: Pick<Site, 'siteUrl' | 'base'>, path: string): string {
  return new URL(`${site.base}${path}`, site.siteUrl).href;
}

/** A stable, globally unique id: `tag:pledges.example,2026:/en/pledges/2-1`. */
export function tagId(site: Pick<Site, 'siteUrl' | 'base'>, specific: string): string {
  const host = new URL(site.siteUrl).hostname;
  return `tag:${host},${TAG_DATE}:${site.base}${specific.replace(/^\//, '')}`;
}
