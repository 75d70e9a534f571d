/// <reference types="vitest/config" />
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { defineConfig, type Plugin } from 'vite';
import solid from 'vite-plugin-solid';
import { VitePWA } from 'vite-plugin-pwa';
import { MANIFEST_FILE, webManifest } from './src/pwa/manifest.config.ts';
import { prerender } from './scripts/prerender.ts';

const DATA_DIR = resolve(import.meta.dirname, 'data');
const DATASET = resolve(DATA_DIR, 'pledges.json');
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

/** The dataset's published files, by their path under the data folder. */
function datasetFiles(): string[] {
  return ['pledges.json', 'editions.json', ...readdirSync(resolve(DATA_DIR, 'editions')).filter((f) => f.endsWith('.json')).map((f) => `editions/${f}`)];
}

/**
 * Serves the dataset's files (the current edition `data/pledges.json`, the index
 * `data/editions.json` and every edition `data/editions/<asOf>.json`) under `<base>data/` in dev
 * and copies them into the build. They are deliberately not imported into the bundle: a new
 * report can be published on the server without releasing a new app, and the app fetches and
 * validates them at run time.
 */
function datasetFile(): Plugin {
  return {
    name: 'bibai-dataset-file',
    configureServer(server) {
      const prefix = `${server.config.base}data/`;
      server.middlewares.use((req, res, next) => {
        const path = req.url?.split('?')[0] ?? '';
        const file = path.startsWith(prefix) ? path.slice(prefix.length) : '';
        if (!datasetFiles().includes(file)) return next();
        res.setHeader('Content-Type', 'application/json; charset=utf-8');
        res.setHeader('Cache-Control', 'no-cache');
        res.end(readFileSync(resolve(DATA_DIR, file)));
      });
    },
    generateBundle() {
      for (const file of datasetFiles()) this.emitFile({ type: 'asset', fileName: `data/${file}`, source: readFileSync(resolve(DATA_DIR, file)) });
    },
  };
}

/** The English manifest, linked by the page while the UI is English (src/pwa/manifest-link.ts). */
function englishManifest(): Plugin {
  return {
    name: 'bibai-english-manifest',
    apply: 'build',
    generateBundle() {
      this.emitFile({ type: 'asset', fileName: MANIFEST_FILE.en, source: JSON.stringify(webManifest('en', BASE), null, 2) });
    },
  };
}

/**
 * `vite preview` (what `npm start` serves) behaves like the static hosts the app is made for:
 * `/pledges/20` redirects to `/pledges/20/`, whose prerendered `index.html` it then serves. Without
 * this, preview's SPA fallback answers with the overview's HTML, which the client must throw away
 * and re-render (a layout shift, and the wrong page with JavaScript off).
 */
function staticHostPreview(): Plugin {
  return {
    name: 'bibai-static-host-preview',
    configurePreviewServer(server) {
      const outDir = resolve(server.config.root, server.config.build.outDir);
      const base = server.config.base;
      server.middlewares.use((req, res, next) => {
        const [path = '/', query] = (req.url ?? '/').split('?');
        if (path.endsWith('/') || /\.[a-z0-9]+$/i.test(path) || !path.startsWith(base)) return next();
        if (!existsSync(resolve(outDir, `.${decodeURIComponent(path.slice(base.length - 1))}`, 'index.html'))) return next();
        res.statusCode = 301;
        res.setHeader('Location', `${path}/${query ? `?${query}` : ''}`);
        res.end();
      });
    },
  };
}

export default defineConfig(({ isSsrBuild, mode }) => ({
  base: BASE,
  define: { 'import.meta.env.VITE_APP_VERSION': JSON.stringify(APP_VERSION) },
  // The server build (src/entry-server.tsx, run by the prerender plugin) needs Solid alone;
  // `ssr: true` makes both builds hydratable: the client adopts the prerendered HTML.
  // (Not under vitest: there `ssr: true` would resolve solid-js/web to its server build.)
  plugins: isSsrBuild
    ? [solid({ ssr: true })]
    : [
        solid({ ssr: mode !== 'test' }),
        prerender({ root: import.meta.dirname, base: BASE, siteUrl: SITE_URL, dataset: DATASET, configFile: resolve(import.meta.dirname, 'vite.config.ts'), mode }),
        datasetFile(),
        englishManifest(),
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
          manifest: webManifest('ja', BASE),
          // The icons are in globPatterns already; listing them twice would duplicate entries.
          includeManifestIcons: false,
          injectManifest: {
            // Everything the app needs offline. Of the HTML only the shell: the worker answers
            // every navigation with it (the prerendered pages are for first visits, crawlers
            // and link previews, and would add ~35 files to every device's download).
            globPatterns: ['**/*.{js,css,svg,png,webmanifest,json}', 'shell.html'],
            // manifest.webmanifest is added by the plugin itself; the screenshots and the
            // manifest's PNG icons are fetched by the browser when installing (online), the
            // social images only by link previews: none is needed offline.
            // Of the dataset only the current edition and the index: the app fetches older
            // editions itself (into IndexedDB) once the page is on screen, so a first visit does
            // not download the whole series of reports.
            globIgnores: ['screenshots/**', 'social/**', '.vite/**', 'manifest.webmanifest', 'icons/icon-*.png', 'icons/maskable-*.png', 'data/editions/**'],
          },
          devOptions: { enabled: false },
        }),
      ],
  // The Vite manifest lets the build test find every route chunk without guessing hashes.
  build: { target: 'es2022', manifest: true },
  test: {
    environment: 'happy-dom',
    setupFiles: ['tests/unit/setup.ts'],
    include: ['tests/unit/**/*.test.{ts,tsx}'],
  },
}));
