/**
 * The web app manifests, Japanese (the default `manifest.webmanifest`) and English
 * (`manifest.en.webmanifest`, linked by the English pages; it opens the app in English).
 * Build-time data only:
 * `vite.config.ts` imports it; no page code does. The app's names come from the data folder's
 * site config; the words of the shortcuts and screenshots are the app's own.
 */
import type { SiteConfig } from '../domain/site-config.ts';

export type ManifestLang = 'ja' | 'en';

export const THEME = {
  /** The brand blue of the icon; also the light `theme-color`. */
  light: '#0b4f8a',
  /** The dark theme's page background (`--bg` in main.css). */
  dark: '#121417',
  background: '#ffffff',
} as const;

const TEXT = {
  ja: {
    bookmarks: 'ブックマーク',
    list: '一覧',
    narrow: '公約一覧（スマートフォン）',
    wide: '公約一覧（パソコン）',
  },
  en: {
    bookmarks: 'Bookmarks',
    list: 'Pledges',
    narrow: 'The pledge list on a phone',
    wide: 'The pledge list on a computer',
  },
} as const;

export const MANIFEST_FILE: Record<ManifestLang, string> = { ja: 'manifest.webmanifest', en: 'manifest.en.webmanifest' };

/** `base` is Vite's base (`/` or `/sub/path/`); every URL is relative to it. */
export function webManifest(lang: ManifestLang, base: string, site: SiteConfig) {
  const t = TEXT[lang];
  // Where the installed app opens: its language's pages (English lives under en/, domain/lang-path.ts).
  const home = lang === 'en' ? `${base}en/` : base;
  return {
    id: base,
    name: site.name[lang],
    short_name: site.shortName[lang],
    description: site.installDescription[lang],
    lang,
    dir: 'ltr' as const,
    start_url: home,
    scope: base,
    display: 'standalone' as const,
    orientation: 'any' as const,
    theme_color: THEME.light,
    background_color: THEME.background,
    categories: ['government', 'news'],
    icons: [
      { src: `${base}icons/icon-192.png`, sizes: '192x192', type: 'image/png', purpose: 'any' },
      { src: `${base}icons/icon-512.png`, sizes: '512x512', type: 'image/png', purpose: 'any' },
      { src: `${base}icons/maskable-192.png`, sizes: '192x192', type: 'image/png', purpose: 'maskable' },
      { src: `${base}icons/maskable-512.png`, sizes: '512x512', type: 'image/png', purpose: 'maskable' },
    ],
    shortcuts: [
      { name: t.bookmarks, short_name: t.bookmarks, url: `${home}bookmarks/`, icons: [{ src: `${base}icons/icon-192.png`, sizes: '192x192', type: 'image/png' }] },
      { name: t.list, short_name: t.list, url: `${home}pledges/`, icons: [{ src: `${base}icons/icon-192.png`, sizes: '192x192', type: 'image/png' }] },
    ],
    screenshots: [
      { src: `${base}screenshots/narrow.png`, sizes: '390x844', type: 'image/png', form_factor: 'narrow' as const, label: t.narrow },
      { src: `${base}screenshots/wide.png`, sizes: '1280x800', type: 'image/png', form_factor: 'wide' as const, label: t.wide },
    ],
  };
}
