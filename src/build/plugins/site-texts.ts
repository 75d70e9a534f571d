/**
 * The site's names for the app: `virtual:site-texts/ja` and `/en` (the strings its locales
 * interpolate, in each language's lazy chunk: src/i18n/chunks/) and index.html's title,
 * description and home-screen title, filled from the data folder's site config at build time
 * (and in dev).
 */
import type { Plugin } from 'vite';
import { escapeHtml } from '../page-html.ts';
import type { SiteData } from '../site-config.ts';
import type { Lang } from '../../domain/format.ts';

const MODULE = /^virtual:site-texts\/(ja|en)$/;

/** index.html's placeholders and what fills them. */
const PLACEHOLDERS: Record<string, (site: SiteData) => string> = {
  __SITE_NAME__: (s) => s.config.name.ja,
  __SITE_SHORT_NAME__: (s) => s.config.shortName.ja,
  __SITE_DESCRIPTION__: (s) => s.config.description.ja,
};

export function fillIndexHtml(html: string, site: SiteData): string {
  const filled = html.replace(/__SITE_[A-Z_]+__/g, (mark) => {
    const fill = PLACEHOLDERS[mark];
    if (!fill) throw new Error(`index.html: unknown placeholder ${mark} (known: ${Object.keys(PLACEHOLDERS).join(', ')})`);
    return escapeHtml(fill(site));
  });
  return filled;
}

export function siteTexts(site: SiteData): Plugin {
  return {
    name: 'bibai-site-texts',
    resolveId: (id) => (MODULE.test(id) ? `\0${id}` : undefined),
    load(id) {
      const lang = MODULE.exec(id.replace(/^\0/, ''))?.[1] as Lang | undefined;
      return id.startsWith('\0') && lang ? `export default ${JSON.stringify(site.texts[lang])};\n` : undefined;
    },
    transformIndexHtml: { order: 'pre', handler: (html) => fillIndexHtml(html, site) },
  };
}
