/**
 * Build-time prerendering, as a Vite plugin of the client build (`npm run build` does it all):
 *  1. builds src/entry-server.tsx for Node (Solid's server renderer, same config, SSR mode);
 *  2. renders every route — `/`, `/pledges`, each `/pledges/<id>`, `/bookmarks`, `/about` and
 *     `404.html` — from data/pledges.json into `<route>/index.html`, with the page's head tags,
 *     the CSP and the hash of the dataset file the client must see to hydrate;
 *  3. writes `shell.html` (no content: the service worker's answer to navigations, rendered
 *     afresh on the device), the boot script, `sitemap.xml` and `robots.txt`.
 * Everything is emitted into the bundle, so vite-plugin-pwa's precache sees the final files.
 */
import { createHash } from 'node:crypto';
import { readFileSync, rmSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build, type Plugin } from 'vite';
import { STORAGE_KEYS } from '../src/storage/preferences.ts';
import { headTags, pageHtml, robotsTxt, routeFile, routeUrl, sitemapXml } from './page-html.ts';
import type { Dataset } from '../src/domain/schema.ts';
import type * as ServerEntry from '../src/entry-server.tsx';

export interface PrerenderOptions {
  root: string;
  base: string;
  /** Public origin for canonical URLs, link previews and the sitemap. */
  siteUrl: string;
  dataset: string;
  configFile: string;
  mode: string;
}

/** Sets the stored text size before the first paint (no layout shift), then Solid's bootstrap. */
function bootScript(hydration: string): string {
  const sizes = JSON.stringify(['large', 'xlarge']);
  return `/* Blocking by design: runs before the first paint. See scripts/prerender.ts. */
try{var s=localStorage.getItem(${JSON.stringify(STORAGE_KEYS.textSize)});if(${sizes}.indexOf(s)>=0)document.documentElement.setAttribute("data-text-size",s)}catch(e){}
${hydration}
`;
}

export function prerender(options: PrerenderOptions): Plugin {
  return {
    name: 'bibai-prerender',
    apply: 'build',
    enforce: 'post',
    async generateBundle(_, bundle) {
      const index = bundle['index.html'];
      if (!index || index.type !== 'asset') this.error('index.html is missing from the bundle');
      const template = String(index.source);

      // 1. The server bundle (externals resolve from node_modules, hence the folder inside it;
      // a fresh folder per build, as Node caches an imported module by its URL).
      const ssrOut = resolve(options.root, `node_modules/.cache/bibai-ssr/${process.pid}-${Date.now()}`);
      await build({
        configFile: options.configFile,
        mode: options.mode,
        logLevel: 'warn',
        build: { ssr: resolve(options.root, 'src/entry-server.tsx'), outDir: ssrOut, emptyOutDir: true, copyPublicDir: false, manifest: false },
      });
      const server = (await import(pathToFileURL(resolve(ssrOut, 'entry-server.js')).href)) as typeof ServerEntry;

      // 2. The dataset, validated by the app's own gate: a broken file fails the build.
      const bytes = readFileSync(options.dataset);
      const parsed = server.parseDataset(bytes.toString('utf8'));
      if (!parsed.ok) this.error(`data/pledges.json is invalid: ${parsed.message}`);
      const dataset: Dataset = parsed.dataset;
      const datasetHash = createHash('sha256').update(bytes).digest('hex');

      const bootRef = this.emitFile({ type: 'asset', name: 'boot.js', source: bootScript(server.hydrationScript()) });
      const bootUrl = `${options.base}${this.getFileName(bootRef)}`;
      // The page chunks' stylesheets (charts, bar widths) load with their chunk on the client;
      // a prerendered page needs them before its first paint, or it shifts when they arrive.
      // There are few and small, so every page links them all (Vite then skips loading them again).
      const css = Object.keys(bundle)
        .filter((f) => f.endsWith('.css') && !template.includes(f))
        .map((f) => `<link rel="stylesheet" crossorigin href="${options.base}${f}">`)
        .join('\n    ');
      const withCss = (head: string) => (css ? `${head}\n    ${css}` : head);
      const siteName = server.t('site.name');
      const abs = (path: string) => new URL(`${options.base}${path}`, options.siteUrl).href;

      const pages: { route: string; file: string; index: boolean }[] = [
        { route: '/', file: 'index.html', index: true },
        { route: '/pledges', file: routeFile('/pledges'), index: true },
        ...dataset.pledges.map((p) => ({ route: `/pledges/${p.id}`, file: routeFile(`/pledges/${p.id}`), index: true })),
        // The reader's own list: nothing to index, the prerendered page is its empty state.
        { route: '/bookmarks', file: routeFile('/bookmarks'), index: false },
        { route: '/about', file: routeFile('/about'), index: true },
        // Static hosts answer unknown paths with /404.html; the client renders the real route.
        { route: '/404', file: '404.html', index: false },
      ];

      for (const page of pages) {
        const { html, meta } = await server.renderPage(page.route, dataset);
        if (!meta) this.error(`${page.route} declared no page meta (usePageMeta)`);
        const social = meta.social ?? server.siteSocial(meta.title, meta.description);
        const canonical = page.index ? routeUrl(options.siteUrl, options.base, page.route) : undefined;
        const head = withCss(headTags({
          title: meta.title,
          description: meta.description,
          canonical,
          noindex: !page.index,
          social: { ...social, image: abs(social.image), type: page.route.startsWith('/pledges/') ? 'article' : 'website' },
          siteName,
          bootScript: bootUrl,
        }));
        // Solid inlines a <script> only to carry server data or errors to the client; the CSP
        // would refuse it, and a page that needs it did not render as it should.
        if (/<script(?![^>]*\ssrc=)/.test(html)) this.error(`${page.route}: the server render holds an inline script (an error?): ${html.slice(0, 300)}`);
        const source = pageHtml(template, {
          head,
          body: { html, route: page.route === '/404' ? '*' : page.route, datasetHash },
          noscript: server.t('noscript.limited'),
        });
        if (page.file === 'index.html') index.source = source;
        else this.emitFile({ type: 'asset', fileName: page.file, source });
      }

      // 3. The shell: the site's generic head, an empty root, rendered on the device.
      const shellHead = withCss(headTags({
        title: siteName,
        description: server.t('site.description'),
        noindex: true,
        social: { ...server.siteSocial(siteName, server.t('site.description')), image: abs('social/site.png'), type: 'website' },
        siteName,
        bootScript: bootUrl,
      }));
      this.emitFile({ type: 'asset', fileName: 'shell.html', source: pageHtml(template, { head: shellHead }) });

      rmSync(ssrOut, { recursive: true, force: true });

      const indexed = pages.filter((p) => p.index).map((p) => routeUrl(options.siteUrl, options.base, p.route));
      this.emitFile({ type: 'asset', fileName: 'sitemap.xml', source: sitemapXml(indexed, dataset.asOf) });
      this.emitFile({ type: 'asset', fileName: 'robots.txt', source: robotsTxt(abs('sitemap.xml')) });
    },
  };
}
