/**
 * Prerendered pages, against the production build served as plain files: no SPA
 * fallback, no rewrite rules (src/build/static-server.ts in `static` mode). Each URL has its own
 * HTML with its content and link-preview tags; the client hydrates that HTML (it adopts the
 * server's nodes rather than drawing new ones) and then works; with JavaScript off the page
 * still reads; and the same holds for a build under a sub-path.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, test, type Browser, type Page } from '@playwright/test';
import { SITE, bookmarkButton, dataset, expectResults, facet, pledges, policyName, statusName, waitForApp } from './helpers';
import { DIST } from './pwa-helpers';
import { startStaticServer, type StaticServer } from '../../src/build/static-server';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
/** What vite.config.ts uses when BIBAI_SITE_URL is not set. */
const SITE_URL = process.env.BIBAI_SITE_URL ?? 'http://127.0.0.1:4173';

test.use({ serviceWorkers: 'block' });

/** Attribute of the first element matching `selector` in an HTML string (the tags the build writes). */
function attr(html: string, selector: RegExp): string | undefined {
  const tag = html.match(selector)?.[0];
  return tag?.match(/(?:content|href)="([^"]*)"/)?.[1]?.replace(/&quot;/g, '"').replace(/&amp;/g, '&').replace(/&#39;/g, "'");
}
const meta = (html: string, key: string) => attr(html, new RegExp(`<meta (?:name|property)="${key}" content="[^"]*"`));
const canonical = (html: string) => attr(html, /<link rel="canonical" href="[^"]*"/);

/** Records the first <h1> the HTML parser put into #root, before any script could run. */
async function rememberParsedHeading(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const w = window as unknown as { __parsedH1?: Element };
    new MutationObserver((_, observer) => {
      const h1 = document.querySelector('#root h1');
      if (h1) {
        w.__parsedH1 = h1;
        observer.disconnect();
      }
    }).observe(document, { childList: true, subtree: true });
  });
}
const sameHeadingAsParsed = (page: Page) =>
  page.evaluate(() => {
    const w = window as unknown as { __parsedH1?: Element };
    return !!w.__parsedH1 && w.__parsedH1 === document.querySelector('#root h1') && w.__parsedH1.isConnected;
  });

test.describe('served as plain files', () => {
  let server: StaticServer;
  test.beforeAll(async () => {
    server = await startStaticServer({ root: DIST, fallback: 'static' });
  });
  test.afterAll(async () => {
    await server?.close();
  });

  test('every pledge URL returns its own HTML with its content, title and link-preview tags', async ({ request }) => {
    for (const p of pledges) {
      const res = await request.get(`${server.url}/pledges/${p.id}`);
      expect(res.status(), p.id).toBe(200);
      const html = await res.text();
      expect(html, p.id).toContain(`<title>${p.id}. ${p.title.ja} | ${SITE.ja}</title>`);
      // The content is there before any script: heading, summary, status.
      // (the title's text, whatever phrase breaks and hydration marks it carries)
      expect(/<h1[^>]*>(.*?)<\/h1>/.exec(html)?.[1]?.replace(/<[^>]*>/g, ''), p.id).toBe(p.title.ja);
      expect(html, p.id).toContain(p.summary.split('\n')[0]!.slice(0, 30));
      const status = statusName(p.status) ?? '進捗状況の記載なし';
      expect(meta(html, 'og:title'), p.id).toContain(p.id);
      expect(meta(html, 'og:title'), p.id).toContain(p.title.ja);
      expect(meta(html, 'og:description'), p.id).toContain(policyName(p.policy));
      if (statusName(p.status)) {
        expect(meta(html, 'og:title'), p.id).toContain(status);
        expect(meta(html, 'og:description'), p.id).toContain(status);
      }
      expect(meta(html, 'og:type')).toBe('article');
      expect(meta(html, 'og:image')).toBe(`${SITE_URL}/social/${p.status}.png`);
      expect(meta(html, 'twitter:card')).toBe('summary_large_image');
      expect(meta(html, 'description'), p.id).toContain(p.title.ja);
      expect(canonical(html)).toBe(`${SITE_URL}/pledges/${p.id}/`);
      expect(meta(html, 'og:url')).toBe(canonical(html));
    }
    // The social images exist and are PNGs.
    for (const status of new Set(pledges.map((p) => p.status))) {
      for (const dir of ['social', 'social/en']) {
        const img = await request.get(`${server.url}/${dir}/${status}.png`);
        expect(img.status(), `${dir}/${status}`).toBe(200);
        expect(img.headers()['content-type']).toBe('image/png');
      }
    }
  });

  test('the other routes, the 404 page, sitemap.xml and robots.txt', async ({ request }) => {
    for (const [path, h1] of [
      ['/', '市長公約の進み具合'],
      ['/pledges', '公約一覧'],
      ['/pledges/', '公約一覧'],
      ['/about', 'このアプリについて'],
      ['/bookmarks', 'ブックマーク'],
      ['/changes', '報告の比較'],
      ['/en/changes/', 'Compare reports'],
      ['/data', 'オープンデータ'],
      ['/en/data/', 'Open data'],
      ['/en/', "Progress of the mayor(?:'|&#39;)s pledges"],
      ['/en/pledges/', 'Pledges'],
      ['/en/about/', 'About'],
      ['/en/bookmarks/', 'Bookmarks'],
    ] as const) {
      const res = await request.get(`${server.url}${path}`);
      expect(res.status(), path).toBe(200);
      const html = await res.text();
      expect(html, path).toMatch(new RegExp(`<h1[^>]*>${h1}</h1>`));
      expect(html, path).toMatch(/<meta http-equiv="Content-Security-Policy" content="default-src 'self'; script-src 'self'; style-src 'self';/);
      expect(html, path).not.toMatch(/<script(?![^>]*\ssrc=)/);
      expect(html, path).not.toContain('読み込み中');
    }
    // The whole list is in the list page's HTML.
    const list = await (await request.get(`${server.url}/pledges`)).text();
    for (const p of pledges) expect(list).toContain(`href="/pledges/${p.id}"`);
    const listEn = await (await request.get(`${server.url}/en/pledges/`)).text();
    for (const p of pledges) expect(listEn).toContain(`href="/en/pledges/${p.id}"`);

    const missing = await request.get(`${server.url}/pledges/99`);
    expect(missing.status()).toBe(404);
    expect(await missing.text()).toMatch(/<h1[^>]*>見つかりません<\/h1>/);

    const sitemap = await (await request.get(`${server.url}/sitemap.xml`)).text();
    const locs = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]);
    expect(locs).toContain(`${SITE_URL}/`);
    expect(locs).toContain(`${SITE_URL}/pledges/`);
    expect(locs).toContain(`${SITE_URL}/about/`);
    expect(locs).toContain(`${SITE_URL}/changes/`);
    expect(locs).toContain(`${SITE_URL}/data/`);
    expect(locs).toContain(`${SITE_URL}/en/data/`);
    for (const p of pledges) expect(locs).toContain(`${SITE_URL}/pledges/${p.id}/`);
    for (const p of pledges) expect(locs).toContain(`${SITE_URL}/en/pledges/${p.id}/`);
    expect(locs).toContain(`${SITE_URL}/en/`);
    // Each page in both languages (overview, list, about, changes, data and every pledge), each entry naming both versions.
    expect(locs).toHaveLength(2 * (pledges.length + 5));
    expect(sitemap.match(/hreflang="en"/g)).toHaveLength(locs.length);
    expect(await (await request.get(`${server.url}/robots.txt`)).text()).toContain(`Sitemap: ${SITE_URL}/sitemap.xml`);
  });

  test('a pledge page is hydrated, not redrawn, and works after: bookmark and navigation', async ({ page }) => {
    const p = pledges[1]!;
    await rememberParsedHeading(page);
    await page.goto(`${server.url}/pledges/${p.id}`);
    await waitForApp(page);
    expect(await sameHeadingAsParsed(page), 'the h1 the parser made is the one on screen').toBe(true);
    await expect(page.locator('h1')).toHaveText(p.title.ja);

    const button = bookmarkButton(page);
    await expect(button).toHaveAttribute('aria-pressed', 'false');
    await button.click();
    await expect(button).toHaveAttribute('aria-pressed', 'true');
    await page.reload();
    await waitForApp(page);
    await expect(bookmarkButton(page)).toHaveAttribute('aria-pressed', 'true');

    // Client-side navigation from the hydrated page.
    await page.getByRole('link', { name: '公約一覧', exact: true }).first().click();
    await expect(page).toHaveURL(`${server.url}/pledges`);
    await expectResults(page, pledges.length);
  });

  test('pages hydrated a part at a time adopt every element the parser made, and every part is live', async ({ page }) => {
    // Tags every element in #root once the HTML is parsed, before any module script runs.
    await page.addInitScript(() => {
      document.addEventListener('readystatechange', () => {
        if (document.readyState === 'interactive') (window as unknown as { __parsed: Set<Element> }).__parsed = new Set(document.querySelectorAll('#root *'));
      });
    });
    // A link in each part hydrated on its own (HydrateLater): a hydrated link navigates inside the
    // app; one left as static HTML would load a new document.
    const id = pledges.find((p) => p.id === '20')!.id;
    const cases = [
      { url: '/', links: ['.site-header nav a[href$="/pledges"]', 'a.more-link', '.policy-bars__name a', '.kpi-progress__link'] },
      { url: '/pledges', links: ['.pledge-item a'] },
      { url: `/pledges/${id}`, links: ['.eyebrow a', 'section[aria-labelledby="sec-depts"] a', '.pager a'] },
    ];
    for (const prefix of ['', '/en']) {
      for (const { url, links } of cases) {
        await page.goto(`${server.url}${prefix}${url}`);
        await waitForApp(page);
        const adopted = await page.evaluate(() => {
          const parsed = (window as unknown as { __parsed: Set<Element> }).__parsed;
          const now = [...document.querySelectorAll('#root *')];
          // A chart that has been drawn drops its "preparing" note, and the parts that need the
          // device (`data-later`: the note field, the history across reports) replace their
          // placeholders once the page is up: those are meant to go.
          const removed = [...parsed].filter((e) => !e.isConnected && !e.matches('.kpi-chart__status') && !e.closest('[data-later]'));
          // The floating bar's offers (here: Japanese, to this ja-JP browser on /en/) are new by design.
          const added = now.filter((e) => !parsed.has(e) && !e.closest('.pwa-bar') && !e.closest('[data-later]'));
          return { parsed: parsed.size, added: added.length, removed: removed.length };
        });
        expect(adopted.parsed, url).toBeGreaterThan(50);
        expect(adopted, `${prefix}${url}: the hydrated page is the parsed one`).toMatchObject({ added: 0, removed: 0 });

        for (const link of links) {
          if (link !== links[0]) {
            await page.goto(`${server.url}${prefix}${url}`);
            await waitForApp(page);
          }
          await page.evaluate(() => ((window as unknown as { __same: boolean }).__same = true));
          const target = page.locator(link).first();
          const href = (await target.getAttribute('href'))!;
          expect(href.startsWith(`${prefix}/`), `${prefix}${url} ${link}: stays in its language`).toBe(true);
          await target.click();
          await expect(page, `${prefix}${url} ${link}`).toHaveURL(`${server.url}${href}`);
          expect(await page.evaluate(() => (window as unknown as { __same?: boolean }).__same), `${prefix}${url} ${link}: navigated in the app`).toBe(true);
        }
      }
    }
  });

  test('the list page is hydrated and its filters and search work', async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 900 });
    await rememberParsedHeading(page);
    await page.goto(`${server.url}/pledges`);
    await waitForApp(page);
    expect(await sameHeadingAsParsed(page)).toBe(true);
    const policy = dataset.policies[0]!;
    await facet(page, '基本施策').getByRole('checkbox', { name: new RegExp(`^${policy.id}\\. `) }).check();
    await expect(page).toHaveURL(new RegExp(`/pledges\\?policy=${policy.id}$`));
    await expectResults(page, pledges.filter((p) => p.policy === policy.id).length);
    // A filtered URL opened directly: the HTML is the unfiltered list, so the app draws afresh.
    await page.goto(`${server.url}/pledges?policy=${policy.id}`);
    await waitForApp(page);
    await expectResults(page, pledges.filter((p) => p.policy === policy.id).length);
  });

  test('an unknown pledge URL gets 404.html and the app says which pledge is missing', async ({ page }) => {
    const res = await page.goto(`${server.url}/pledges/99`);
    expect(res?.status()).toBe(404);
    await waitForApp(page);
    await expect(page.locator('h1')).toHaveText('見つかりません');
    await expect(page.getByRole('main')).toContainText('99');
  });

  test('with JavaScript off the pages still read, and nothing says "loading"', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false, locale: 'ja-JP' });
    const page = await context.newPage();
    const p = pledges.find((x) => x.kpis.length > 0) ?? pledges[0]!;
    await page.goto(`${server.url}/pledges/${p.id}`);
    await expect(page.locator('h1')).toHaveText(p.title.ja);
    await expect(page.getByRole('main')).toContainText(p.summary.split('\n')[0]!.slice(0, 30));
    if (statusName(p.status)) await expect(page.getByRole('main')).toContainText(statusName(p.status)!);
    if (p.kpis.length) await expect(page.getByRole('table').first()).toBeVisible();
    await expect(page.getByText(/読み込み中/)).toHaveCount(0);
    // Controls that need JavaScript are hidden, and the note says why.
    await expect(bookmarkButton(page)).toBeHidden();
    await expect(page.locator('noscript')).toHaveCount(1);

    await page.goto(`${server.url}/pledges`);
    await expect(page.getByTestId('pledge-item')).toHaveCount(pledges.length);
    await page.goto(`${server.url}/`);
    await expect(page.locator('h1')).toHaveText('市長公約の進み具合');
    await expect(page.getByText(/読み込み中/)).toHaveCount(0);
    await context.close();
  });
});

test.describe('built for a sub-path and served as plain files', () => {
  const BASE = '/bibai-pledges/';
  let dir: string;
  let server: StaticServer;
  test.beforeAll(async () => {
    test.setTimeout(180_000);
    dir = mkdtempSync(join(tmpdir(), 'bibai-subpath-'));
    execFileSync('npx', ['vite', 'build', '--outDir', dir, '--emptyOutDir', '--logLevel', 'warn'], {
      cwd: ROOT,
      env: { ...process.env, BIBAI_BASE: BASE },
      stdio: 'pipe',
      timeout: 150_000,
    });
    server = await startStaticServer({ root: dir, fallback: 'static', base: BASE });
  });
  test.afterAll(async () => {
    await server?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  const open = async (browser: Browser, js: boolean) => {
    const context = await browser.newContext({ javaScriptEnabled: js, locale: 'ja-JP', serviceWorkers: 'block' });
    return { context, page: await context.newPage() };
  };

  test('deep links read with JavaScript off and hydrate with it on', async ({ browser, request }) => {
    const p = pledges[0]!;
    const html = await (await request.get(`${server.url}${BASE}pledges/${p.id}`)).text();
    expect(canonical(html)).toBe(`${SITE_URL}${BASE}pledges/${p.id}/`);
    expect(html).toContain(`href="${BASE}pledges"`);
    // The boot script starts the entry after the first paint; there is no module tag to race it.
    expect(html).toMatch(new RegExp(`<script src="${BASE}assets/boot-[\\w-]+\\.js" data-entry="${BASE}assets/index-[\\w-]+\\.js"></script>`));
    expect(html).not.toContain('type="module"');

    const off = await open(browser, false);
    await off.page.goto(`${server.url}${BASE}pledges/${p.id}`);
    await expect(off.page.locator('h1')).toHaveText(p.title.ja);
    await off.context.close();

    const on = await open(browser, true);
    await rememberParsedHeading(on.page);
    await on.page.goto(`${server.url}${BASE}pledges/${p.id}`);
    await waitForApp(on.page);
    expect(await sameHeadingAsParsed(on.page)).toBe(true);
    await bookmarkButton(on.page).click();
    await expect(bookmarkButton(on.page)).toHaveAttribute('aria-pressed', 'true');
    await on.page.getByRole('link', { name: 'ブックマーク', exact: true }).first().click();
    await expect(on.page).toHaveURL(`${server.url}${BASE}bookmarks`);
    await expect(on.page.getByRole('main')).toContainText(p.title.ja);
    await on.context.close();
  });
});
