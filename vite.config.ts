/// <reference types="vitest/config" />
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { defineConfig, type Plugin } from 'vite';
import solid from 'vite-plugin-solid';
import { VitePWA } from 'vite-plugin-pwa';
import { MANIFEST_FILE, webManifest } from './src/pwa/manifest.config.ts';
import { prerender } from './scripts/prerender.ts';
import { openData } from './src/build/plugins/open-data.ts';

const DATASET = resolve(import.meta.dirname, 'data/pledges.json');
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

/**
 * Serves `data/pledges.json` at `<base>data/pledges.json` in dev and copies it into the build.
 * It is deliberately not imported into the bundle: a new file can be published on the server
 * without releasing a new app, and the app fetches and validates it at run time.
 */
function datasetFile(): Plugin {
  return {
    name: 'bibai-dataset-file',
    configureServer(server) {
      const url = `${server.config.base}data/pledges.json`;
      server.middlewares.use((req, res, next) => {
        if (req.url?.split('?')[0] !== url) return next();
        res.setHeader('Content-Type', 'application/json; charset=utf-8');
        res.setHeader('Cache-Control', 'no-cache');
        res.end(readFileSync(DATASET));
      });
    },
    generateBundle() {
      this.emitFile({ type: 'asset', fileName: 'data/pledges.json', source: readFileSync(DATASET) });
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
        openData({ root: import.meta.dirname, dataset: DATASET, siteUrl: SITE_URL, base: BASE }),
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
            globIgnores: ['screenshots/**', 'social/**', '.vite/**', 'manifest.webmanifest', 'icons/icon-*.png', 'icons/maskable-*.png',
              // Open data (downloads, feeds, embeds for other sites) is fetched online by others.
              'data/*.csv', 'data/datapackage.json', '**/feed.xml', 'embed/**', 'en/embed/**'],
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
