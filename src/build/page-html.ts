/**
 * Pure string work for the prerenderer (plugins/prerender.ts): the Content-Security-Policy, a
 * page's <head> tags (title, description, canonical, Open Graph, Twitter card), the page file
 * around the rendered app, the sitemap and robots.txt. No file system, so tests can call it.
 */

/**
 * Every page's policy. Scripts, styles, images, data, the worker and the manifests come from the
 * app's own origin only; no inline script or style (Solid's hydration bootstrap is a file, bar
 * widths are classes), no eval. `data:` images: the browser's own SVG form controls and icons.
 * `frame-ancestors` cannot be set in a <meta>: the host sends it (public/_headers).
 */
export const CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "worker-src 'self'",
  "manifest-src 'self'",
  "base-uri 'self'",
  "form-action 'self'",
  "object-src 'none'",
].join('; ');

export const SOCIAL_IMAGE = { width: 1200, height: 630 } as const;

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
export const escapeHtml = (s: string): string => s.replace(/[&<>"']/g, (c) => ESCAPES[c]!);

type Lang = 'ja' | 'en';

/** Open Graph names locales with a region. */
const OG_LOCALE: Record<Lang, string> = { ja: 'ja_JP', en: 'en_US' };

export interface HeadInput {
  /** The page's language. */
  lang: Lang;
  /** Full document title. */
  title: string;
  description: string;
  /** Absolute canonical URL; omitted for pages that must not be indexed. */
  canonical?: string;
  /** The page's absolute URL in each language (hreflang links; Japanese is also the default). */
  alternates?: Partial<Record<Lang, string>>;
  /** Keep out of search results (404, the reader's own bookmarks). */
  noindex?: boolean;
  /** The Atom feeds the page offers (absolute URLs): its language's site feed, a pledge's policy feed. */
  feeds?: { href: string; title: string }[];
  social: { title: string; description: string; image: string; imageAlt: string; type: 'website' | 'article' };
  siteName: string;
  /** Hashed URL of the boot script (hydration bootstrap + stored text size). */
  bootScript: string;
  /** The app's entry, for the boot script to start after the first paint (prerendered pages). */
  entry?: string;
}

export function headTags(h: HeadInput): string {
  const meta = (attr: 'name' | 'property', key: string, value: string) => `<meta ${attr}="${key}" content="${escapeHtml(value)}" />`;
  const tags = [
    `<meta http-equiv="Content-Security-Policy" content="${CSP}" />`,
    `<title>${escapeHtml(h.title)}</title>`,
    meta('name', 'description', h.description),
    h.canonical ? `<link rel="canonical" href="${escapeHtml(h.canonical)}" />` : '',
    ...Object.entries(h.alternates ?? {}).map(([l, href]) => `<link rel="alternate" hreflang="${l}" href="${escapeHtml(href)}" />`),
    h.alternates?.ja ? `<link rel="alternate" hreflang="x-default" href="${escapeHtml(h.alternates.ja)}" />` : '',
    h.noindex ? meta('name', 'robots', 'noindex') : '',
    ...(h.feeds ?? []).map((f) => `<link rel="alternate" type="application/atom+xml" title="${escapeHtml(f.title)}" href="${escapeHtml(f.href)}" />`),
    meta('property', 'og:type', h.social.type),
    meta('property', 'og:site_name', h.siteName),
    meta('property', 'og:locale', OG_LOCALE[h.lang]),
    ...Object.keys(h.alternates ?? {})
      .filter((l) => l !== h.lang)
      .map((l) => meta('property', 'og:locale:alternate', OG_LOCALE[l as Lang])),
    meta('property', 'og:title', h.social.title),
    meta('property', 'og:description', h.social.description),
    h.canonical ? meta('property', 'og:url', h.canonical) : '',
    meta('property', 'og:image', h.social.image),
    meta('property', 'og:image:width', String(SOCIAL_IMAGE.width)),
    meta('property', 'og:image:height', String(SOCIAL_IMAGE.height)),
    meta('property', 'og:image:alt', h.social.imageAlt),
    meta('name', 'twitter:card', 'summary_large_image'),
    meta('name', 'twitter:title', h.social.title),
    meta('name', 'twitter:description', h.social.description),
    meta('name', 'twitter:image', h.social.image),
    meta('name', 'twitter:image:alt', h.social.imageAlt),
    // Classic and blocking on purpose: it sets the stored text size before the first paint.
    `<script src="${escapeHtml(h.bootScript)}"${h.entry ? ` data-entry="${escapeHtml(h.entry)}"` : ''}></script>`,
  ];
  return tags.filter(Boolean).join('\n    ');
}

/** The markers index.html holds for the prerenderer. */
export const HEAD_MARK = '<!--app-head-->';
export const ROOT_MARK = '<div id="root"></div>';

export interface PageInput {
  /** The page's language, for `<html lang>` (the template's is Japanese). */
  lang?: Lang;
  /** The web app manifest for the page's language (replaces the template's link). */
  manifest?: string;
  head: string;
  /** The server-rendered app; omitted for the service worker's shell. */
  /** `editions`: the versions of the editions the page was rendered from, when it used more than the current one. */
  body?: { html: string; route: string; datasetHash: string; editions?: string[] };
  /** Replaces the template's <noscript> text on prerendered pages (they read without JS). */
  noscript?: string;
}

export function pageHtml(template: string, page: PageInput): string {
  if (!template.includes(HEAD_MARK) || !template.includes(ROOT_MARK)) throw new Error(`index.html lacks ${HEAD_MARK} or ${ROOT_MARK}`);
  // The template's own title and description are for `vite dev`; the page brings its own.
  let html = template
    .replace(/\s*<!-- The build replaces[^>]*-->/, '')
    .replace(/\s*<meta name="description"[^>]*>/, '')
    .replace(/\s*<title>[\s\S]*?<\/title>/, '')
    .replace(HEAD_MARK, () => page.head);
  if (page.lang) html = html.replace(/<html lang="[^"]*"/, `<html lang="${page.lang}"`);
  if (page.manifest) html = html.replace(/<link rel="manifest" href="[^"]*"/, () => `<link rel="manifest" href="${escapeHtml(page.manifest!)}"`);
  if (page.body) {
    const b = page.body;
    const editions = b.editions ? ` data-editions="${escapeHtml(b.editions.join(' '))}"` : '';
    html = html.replace(ROOT_MARK, () => `<div id="root" data-route="${escapeHtml(b.route)}" data-dataset="${b.datasetHash}"${editions}>${b.html}</div>`);
  }
  if (page.noscript !== undefined) html = html.replace(/<noscript>[\s\S]*?<\/noscript>/, () => `<noscript><p class="noscript">${escapeHtml(page.noscript!)}</p></noscript>`);
  return html;
}

/** Where a route's HTML goes: a folder with index.html, which every static host serves as is. */
export function routeFile(route: string): string {
  return route === '/' ? 'index.html' : `${route.replace(/^\//, '')}/index.html`;
}

/** The public URL of a route: the folder form (`/pledges/2-1/`), the one hosts serve without a redirect. */
export function routeUrl(siteUrl: string, base: string, route: string): string {
  return new URL(`${base}${route === '/' ? '' : `${route.replace(/^\//, '')}/`}`, siteUrl).href;
}

/**
 * One `<url>` per page and language, each listing every language's version (Google's hreflang
 * sitemap form), Japanese also as the default.
 */
export function sitemapXml(pages: readonly Partial<Record<Lang, string>>[], lastmod: string): string {
  const entries = pages.flatMap((versions) => {
    const links = [
      ...Object.entries(versions).map(([l, href]) => `    <xhtml:link rel="alternate" hreflang="${l}" href="${escapeHtml(href!)}"/>`),
      ...(versions.ja ? [`    <xhtml:link rel="alternate" hreflang="x-default" href="${escapeHtml(versions.ja)}"/>`] : []),
    ].join('\n');
    return Object.values(versions).map((loc) => `  <url>\n    <loc>${escapeHtml(loc!)}</loc>\n    <lastmod>${lastmod}</lastmod>\n${links}\n  </url>`);
  });
  return `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">\n${entries.join('\n')}\n</urlset>\n`;
}

export function robotsTxt(sitemapUrl: string): string {
  return `User-agent: *\nAllow: /\n\nSitemap: ${sitemapUrl}\n`;
}
