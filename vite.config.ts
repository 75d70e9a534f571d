import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { defineConfig } from 'vite';
import solid from 'vite-plugin-solid';
import { VitePWA } from 'vite-plugin-pwa';
import { MANIFEST_FILE, webManifest } from './src/pwa/manifest.config.ts';
import { prerender } from './src/build/plugins/prerender.ts';
import { datasetFile } from './src/build/plugins/dataset-file.ts';
import { englishManifest } from './src/build/plugins/english-manifest.ts';
import { staticHostPreview } from './src/build/plugins/static-host-preview.ts';
import { openData, openDataIndex, type OpenDataOptions } from './src/build/plugins/open-data.ts';
import { siteTexts } from './src/build/plugins/site-texts.ts';
import { phraseBreaks } from './src/build/plugins/phrase-breaks.ts';
import { readings } from './src/build/plugins/readings.ts';
import { readSite } from './src/build/site-config.ts';

/**
 * The one data folder of the build: the dataset, its editions, the metadata and the site config
 * (the app's names). BIBAI_DATA_DIR=path/to/folder builds the app for another municipality's
 * roadmap (tests/fixtures/municipality/ is a made-up one).
 */
const DATA_DIR = resolve(import.meta.dirname, process.env.BIBAI_DATA_DIR ?? 'data');
/** Validated here, once: a broken site.json stops the build with the field named. */
const SITE = readSite(DATA_DIR);
/** The app's base path; set BIBAI_BASE=/sub/path/ to serve it from a sub-path. */
const BASE = process.env.BIBAI_BASE ?? '/';
/**
 * The public origin, for canonical URLs, link previews and the sitemap. The default is the local
 * preview (`npm start`); a deployment sets BIBAI_SITE_URL=https://its.host.
 */
const SITE_URL = process.env.BIBAI_SITE_URL ?? 'http://127.0.0.1:4173';
/** Shown on /about; BIBAI_BUILD_LABEL marks a build (the update test builds two that differ). */
const pkg = JSON.parse(readFileSync(resolve(import.meta.dirname, 'package.json'), 'utf8')) as { version: string };
const APP_VERSION = process.env.BIBAI_BUILD_LABEL ? `${pkg.version}+${process.env.BIBAI_BUILD_LABEL}` : pkg.version;
const OPEN_DATA: OpenDataOptions = { root: import.meta.dirname, dataDir: DATA_DIR, siteUrl: SITE_URL, base: BASE, site: SITE };

// Unit tests have their own config (vitest.config.ts): none of these plugins belongs there.
export default defineConfig(({ isSsrBuild, mode }) => ({
  base: BASE,
  define: { 'import.meta.env.VITE_APP_VERSION': JSON.stringify(APP_VERSION) },
  // The server build (src/entry-server.tsx, run by the prerender plugin) needs Solid alone;
  // `ssr: true` makes both builds hydratable: the client adopts the prerendered HTML.
  plugins: isSsrBuild
    ? [solid({ ssr: true }), siteTexts(SITE), openDataIndex(OPEN_DATA), phraseBreaks(DATA_DIR), readings({ dataDir: DATA_DIR, site: SITE, server: true })]
    : [
        solid({ ssr: true }),
        siteTexts(SITE),
        openDataIndex(OPEN_DATA),
        phraseBreaks(DATA_DIR),
        prerender({ root: import.meta.dirname, base: BASE, siteUrl: SITE_URL, dataDir: DATA_DIR, configFile: resolve(import.meta.dirname, 'vite.config.ts'), mode }),
        datasetFile(DATA_DIR),
        readings({ dataDir: DATA_DIR, site: SITE }),
        openData(OPEN_DATA),
        englishManifest(BASE, SITE.config),
        staticHostPreview(),
        VitePWA({
          // injectManifest: the dataset needs its own network-first route registered before the
          // precache route, falling back to the precached copy marked as such (src/sw/).
          strategies: 'injectManifest',
          srcDir: 'src/sw',
          filename: 'sw.ts',
          // src/pwa/register.ts registers the worker with workbox-window.
          injectRegister: false,
          manifestFilename: MANIFEST_FILE.ja,
          manifest: webManifest('ja', BASE, SITE.config),
          // The icons are in globPatterns already; listing them twice would duplicate entries.
          includeManifestIcons: false,
          injectManifest: {
            // Everything the app needs offline. Of the HTML only the shell: the worker answers
            // every navigation with it (the prerendered pages are for first visits, crawlers
            // and link previews, and would add ~35 files to every device's download).
            globPatterns: ['**/*.{js,css,svg,png,webmanifest,json}', 'shell.html'],
            // manifest.webmanifest is added by the plugin itself; the screenshots and the
            // manifest's PNG icons and the home-screen icon are fetched by the browser when
            // installing (online), the social images only by link previews: none is needed offline.
            // The dataset is not precached: the page fetches it anyway, the worker keeps the last
            // copy the network gave (src/sw/dataset-route.ts) and the app keeps every edition in
            // IndexedDB, so precaching would only download it a second time.
            globIgnores: ['screenshots/**', 'social/**', '.vite/**', 'manifest.webmanifest', 'icons/icon-*.png', 'icons/maskable-*.png', 'icons/apple-touch-icon.png', 'data/**',
              // Open data (downloads, feeds, embeds for other sites) is fetched online by others.
              'data/*.csv', 'data/datapackage.json', '**/feed.xml', 'embed/**', 'en/embed/**',
              // Furigana's dictionary and chunk: only for readers who switch it on (the worker
              // keeps them then: src/sw/readings-route.ts).
              'readings/**', 'assets/furigana-load-*'],
          },
          devOptions: { enabled: false },
        }),
      ],
  // The Vite manifest lets the build test find every route chunk without guessing hashes.
  build: {
    target: 'es2022',
    manifest: true,
    rolldownOptions: {
      output: {
        codeSplitting: {
          groups: [
            { name: 'app', tags: ['$initial'], priority: 3 },
            // Small modules every page's first render shares: one file instead of a dozen, since
            // each file costs its own request and its own import/export code.
            { name: 'pages', test: /src\/(components\/(StatusBadge|BookmarkButton|ShareButton)|domain\/(ids|pledges|url-state|editions|first-sentence)|storage\/quota|app\/(share|names))\./, minShareCount: 2, priority: 2 },
            // The pledge page's numbers in words (the overview's progress uses them too).
            { name: 'figures', test: /src\/(app\/kpi-text|components\/KpiTable|domain\/(glance|kpi-series|format|dates))\./, minShareCount: 2, priority: 1 },
          ],
        },
      },
    },
  },
}));
