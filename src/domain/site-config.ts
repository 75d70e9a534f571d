/**
 * The site config (`data/site.json`): what the app calls itself, as opposed to what the dataset
 * says about the roadmap (`data/meta.json`: the city, the title, the term). Read and validated
 * at build time (src/build/site-config.ts); the app gets only `SiteTexts`, the few strings its
 * locales interpolate, through the `virtual:site-texts` module.
 */
import * as v from 'valibot';
import type { Lang } from './format.ts';

const text = v.pipe(v.string('expected a string'), v.minLength(1, 'expected a non-empty string'), v.maxLength(400, 'expected at most 400 characters'));
const Bilingual = v.strictObject({ ja: text, en: text });

export const SiteConfigSchema = v.strictObject({
  /** The app's name: header, document titles, og:site_name, manifests, feeds, embed cards. */
  name: Bilingual,
  /** The name under the home-screen icon (manifest `short_name`; `ja` is also `apple-mobile-web-app-title`). */
  shortName: Bilingual,
  /** The site's description: pages without one of their own, the service worker's shell, link previews. */
  description: Bilingual,
  /** The web app manifest's description (the install sheet). */
  installDescription: Bilingual,
  /** The Frictionless Data Package's `name` (an identifier: lower case, digits, `-._`) and keywords. */
  dataPackage: v.strictObject({
    name: v.pipe(v.string(), v.regex(/^[a-z0-9._-]+$/, 'expected lower-case letters, digits, "-", "_" or "."')),
    keywords: v.pipe(v.array(text), v.minLength(1, 'expected at least one keyword')),
  }),
});

export type SiteConfig = v.InferOutput<typeof SiteConfigSchema>;

/** What the locales interpolate: `{{site}}` (the app's name), `{{city}}`, `{{siteDescription}}`. */
export interface SiteVars {
  site: string;
  city: string;
  siteDescription: string;
}
export type SiteTexts = Record<Lang, SiteVars>;

export function siteTexts(config: SiteConfig, municipality: { ja: string; en: string }): SiteTexts {
  const one = (l: Lang): SiteVars => ({ site: config.name[l], city: municipality[l], siteDescription: config.description[l] });
  return { ja: one('ja'), en: one('en') };
}
