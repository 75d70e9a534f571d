/**
 * Build-time prerendering, as a Vite plugin of the client build (`npm run build` does it all):
 *  1. builds src/entry-server.tsx for Node (Solid's server renderer, same config, SSR mode);
 *  2. renders every route — `/`, `/pledges`, each `/pledges/<id>`, `/bookmarks`, `/about`,
 *     `/changes`, `/data`, in Japanese and again in English under `/en/`, and `404.html` — from
 *     data/pledges.json into `<route>/index.html`, with the page's head tags (each language
 *     linking the other, the Atom feeds it offers), the CSP and the hash of the dataset file the
 *     client must see to hydrate;
 *  3. writes `shell.html` (no content: the service worker's answer to navigations, rendered
 *     afresh on the device), the boot script, `sitemap.xml` and `robots.txt`.
 * Everything is emitted into the bundle, so vite-plugin-pwa's precache sees the final files.
 */
import { createHash } from 'node:crypto';
import { rmSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build, type Plugin } from 'vite';
import { STORAGE_KEYS } from '../../storage/preferences.ts';
import { LANGS, langPath } from '../../domain/lang-path.ts';
import type { Lang } from '../../domain/format.ts';
import { feedPath } from '../../domain/feed-path.ts';
import { readPublished } from '../published-data.ts';
import { MANIFEST_FILE } from '../../pwa/manifest.config.ts';
import { headTags, pageHtml, robotsTxt, routeFile, routeUrl, sitemapXml } from '../page-html.ts';
import type { Dataset } from '../../domain/schema.ts';
import type * as ServerEntry from '../../entry-server.tsx';

export interface PrerenderOptions {
  root: string;
  base: string;
  /** Public origin for canonical URLs, link previews and the sitemap. */
  siteUrl: string;
  /** The data folder (BIBAI_DATA_DIR). */
  dataDir: string;
  configFile: string;
  mode: string;
}

/**
 * Sets the stored text size before the first paint (no layout shift), then Solid's bootstrap.
 * On a prerendered page (its tag carries `data-entry`) it also starts the app, once the page has
 * painted and is parsed: the HTML is the content, so on a slow link its first paint should not
 * share the bandwidth with the app's 45 KB entry chunk, which only makes it interactive (a click
 * before that is replayed by the bootstrap). A tab that never paints (opened in the background)
 * starts it after 3 s. The service worker's shell has no content and loads the entry as usual.
 */
function bootScript(hydration: string): string {
  const sizes = JSON.stringify(['large', 'xlarge']);
  return `/* Blocking by design: runs before the first paint. See src/build/plugins/prerender.ts. */
try{var s=localStorage.getItem(${JSON.stringify(STORAGE_KEYS.textSize)});if(${sizes}.indexOf(s)>=0)document.documentElement.setAttribute("data-text-size",s)}catch(e){}
${hydration}
(function(){var me=document.currentScript,src=me&&me.getAttribute("data-entry");if(!src)return;var started=false;
function go(){if(started)return;if(document.readyState==="loading"){document.addEventListener("DOMContentLoaded",go);return}started=true;var e=document.createElement("script");e.type="module";e.src=src;document.head.appendChild(e)}
var paint=typeof PerformanceObserver!=="undefined"&&(PerformanceObserver.supportedEntryTypes||[]).indexOf("paint")>=0;
if(paint)new PerformanceObserver(function(l){if(l.getEntriesByName("first-contentful-paint").length)setTimeout(go)}).observe({type:"paint",buffered:true});
else requestAnimationFrame(function(){requestAnimationFrame(function(){setTimeout(go)})});
setTimeout(go,3000)})();
`;
}

/** The entry's <script type="module"> that Vite wrote into index.html. */
const ENTRY_TAG = /\s*<script type="module" crossorigin src="([^"]+)"><\/script>/;

export function prerender(options: PrerenderOptions): Plugin {
  return {
    name: 'bibai-prerender',
    apply: 'build',
    enforce: 'post',
    async generateBundle(_, bundle) {
      const index = bundle['index.html'];
      if (!index || index.type !== 'asset') this.error('index.html is missing from the bundle');
      const template = String(index.source);
      const entry = ENTRY_TAG.exec(template)?.[1];
      if (!entry) this.error('index.html has no <script type="module"> entry');
      // Prerendered pages: the boot script starts the entry after the first paint (see bootScript).
      const pageTemplate = template.replace(ENTRY_TAG, '');

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

      // 2. The dataset and every edition (for the pages that show more than the current one,
      // `/changes`), validated by the app's own gates: a broken file fails the build.
      let published: ReturnType<typeof readPublished>;
      try {
        published = readPublished(options.dataDir);
      } catch (error) {
        this.error((error as Error).message);
      }
      const dataset: Dataset = published.current;
      const editions: Dataset[] = published.editions.map((e) => e.dataset);
      const datasetHash = createHash('sha256').update(published.currentJson, 'utf8').digest('hex');

      const bootRef = this.emitFile({ type: 'asset', name: 'boot.js', source: bootScript(server.hydrationScript()) });
      const bootUrl = `${options.base}${this.getFileName(bootRef)}`;
      // The page chunks' stylesheets (charts, bar widths) load with their chunk on the client;
      // a prerendered page needs them before its first paint, or it shifts when they arrive.
      // There are few and small, so every page links them all (Vite then skips loading them again).
      // Furigana's is the exception: it only applies once the reader switches furigana on (and
      // styles only what it adds), so a reader who never does downloads none of it.
      const css = Object.keys(bundle)
        .filter((f) => f.startsWith('assets/') && f.endsWith('.css') && !template.includes(f) && !f.startsWith('assets/furigana-'))
        .map((f) => `<link rel="stylesheet" crossorigin href="${options.base}${f}">`)
        .join('\n    ');
      const withCss = (head: string) => (css ? `${head}\n    ${css}` : head);
      const abs = (path: string) => new URL(`${options.base}${path}`, options.siteUrl).href;

      /** `policy`: a pledge's page also offers its basic policy's feed. */
      const routes: { route: string; index: boolean; policy?: number }[] = [
        { route: '/', index: true },
        { route: '/pledges', index: true },
        ...dataset.pledges.map((p) => ({ route: `/pledges/${p.id}`, index: true, policy: p.policy })),
        // The reader's own list: nothing to index, the prerendered page is its empty state.
        { route: '/bookmarks', index: false },
        { route: '/about', index: true },
        { route: '/changes', index: true },
        { route: '/data', index: true },
      ];
      /** The feeds a page of `lang` offers: the roadmap's, and its policy's on a pledge page. */
      const feeds = (lang: Lang, policy?: number) => {
        const siteFeed = { href: abs(feedPath(lang)), title: server.t('site.name') };
        if (policy === undefined) return [siteFeed];
        const name = dataset.policies.find((p) => p.id === policy)?.[lang] ?? String(policy);
        return [siteFeed, { href: abs(feedPath(lang, policy)), title: server.t('feed.policyTitle', { policy: server.t('pledge.policy', { id: policy, name }) }) }];
      };
      /** Pages rendered from every edition; the client fetches the same editions to hydrate them. */
      const withEditions = new Set(['/changes']);
      const pages = [
        ...LANGS.flatMap((lang) => routes.map((r) => ({ ...r, lang, path: langPath(lang, r.route) }))),
        // Static hosts answer unknown paths with /404.html (in either language: the client then
        // renders the real route in the URL's language).
        { route: '/404', index: false, lang: 'ja' as const, path: '/404' },
      ];

      for (const page of pages) {
        const all = withEditions.has(page.route) ? editions : undefined;
        const { html, meta } = await server.renderPage(page.path, dataset, all);
        if (!meta) this.error(`${page.path} declared no page meta (usePageMeta)`);
        const social = meta.social ?? server.siteSocial(meta.title, meta.description);
        const canonical = page.index ? routeUrl(options.siteUrl, options.base, page.path) : undefined;
        const head = withCss(headTags({
          lang: page.lang,
          title: meta.title,
          description: meta.description,
          canonical,
          alternates: page.index ? Object.fromEntries(LANGS.map((l) => [l, routeUrl(options.siteUrl, options.base, langPath(l, page.route))])) : undefined,
          noindex: !page.index,
          feeds: feeds(page.lang, 'policy' in page ? page.policy : undefined),
          social: { ...social, image: abs(social.image), type: page.route.startsWith('/pledges/') ? 'article' : 'website' },
          siteName: server.t('site.name'),
          bootScript: bootUrl,
          entry,
        }));
        // Solid inlines a <script> only to carry server data or errors to the client; the CSP
        // would refuse it, and a page that needs it did not render as it should.
        if (/<script(?![^>]*\ssrc=)/.test(html)) this.error(`${page.path}: the server render holds an inline script (an error?): ${html.slice(0, 300)}`);
        const source = pageHtml(pageTemplate, {
          lang: page.lang,
          manifest: `${options.base}${MANIFEST_FILE[page.lang]}`,
          head,
          body: { html, route: page.route === '/404' ? '*' : page.path, datasetHash, editions: all?.map((e) => e.version) },
          noscript: server.t('noscript.limited'),
        });
        const file = page.route === '/404' ? '404.html' : routeFile(page.path);
        if (file === 'index.html') index.source = source;
        else this.emitFile({ type: 'asset', fileName: file, source });
      }

      // 3. The shell: the site's generic head, an empty root, rendered on the device (in the
      // language of the URL it answers; its head is Japanese, the site's first language).
      server.showLang('ja');
      const siteName = server.t('site.name');
      const shellHead = withCss(headTags({
        lang: 'ja',
        title: siteName,
        description: server.t('site.description'),
        noindex: true,
        feeds: feeds('ja'),
        social: { ...server.siteSocial(siteName, server.t('site.description')), image: abs('social/site.png'), type: 'website' },
        siteName,
        bootScript: bootUrl,
      }));
      this.emitFile({ type: 'asset', fileName: 'shell.html', source: pageHtml(template, { head: shellHead }) });

      rmSync(ssrOut, { recursive: true, force: true });

      const indexed = routes
        .filter((r) => r.index)
        .map((r) => Object.fromEntries(LANGS.map((l) => [l, routeUrl(options.siteUrl, options.base, langPath(l, r.route))])) as Record<(typeof LANGS)[number], string>);
      this.emitFile({ type: 'asset', fileName: 'sitemap.xml', source: sitemapXml(indexed, dataset.asOf) });
      this.emitFile({ type: 'asset', fileName: 'robots.txt', source: robotsTxt(abs('sitemap.xml')) });
    },
  };
}
