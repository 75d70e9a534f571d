/**
 * The open data files of the production build: the embeddable card inside another site's
 * `<iframe>` (the build served as a static host serves it, `_headers` applied, and the embedding
 * page on another origin), and the downloads and feeds as files. Run `npm run build` first.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type Frame, type Page } from '@playwright/test';
import { DIST, waitForController } from './pwa-helpers';
import { formatViolations, loadDataset, runAxe } from './helpers';
import { startPageServer, startStaticHost, type RunningServer } from './static-host';
import { measureSizes, precacheUrls } from '../../scripts/bench/sizes';
import { formatFileSize } from '../../src/domain/file-size';

const ds = loadDataset();
let app: RunningServer;
let site: RunningServer;

const escapeAttr = (s: string) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/** Another site's page: `?src=<card URL>&w=320,600` puts the card in one iframe per width. */
function embeddingPage(url: URL): string {
  const src = url.searchParams.get('src') ?? '';
  const widths = (url.searchParams.get('w') ?? '600').split(',');
  const frames = widths.map((w, i) => `<iframe id="f${i}" src="${escapeAttr(src)}" width="${Number(w)}" height="320" title="Pledge card"></iframe>`).join('\n');
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Town news</title></head><body><h1>Town news</h1>\n${frames}\n</body></html>`;
}

const cardUrl = (id: string, lang: 'ja' | 'en' = 'ja') => `${app.url}${lang === 'en' ? '/en' : ''}/embed/pledges/${id}/`;
const onOtherSite = (src: string, widths = [600]) => `${site.url}/?src=${encodeURIComponent(src)}&w=${widths.join(',')}`;

async function frameOf(page: Page, index = 0): Promise<Frame> {
  const frame = await (await page.locator(`#f${index}`).elementHandle())!.contentFrame();
  if (!frame) throw new Error(`iframe #f${index} has no frame`);
  return frame;
}

const noHorizontalScroll = (frame: Frame | Page) =>
  frame.evaluate(() => ({ scroll: document.documentElement.scrollWidth, width: document.documentElement.clientWidth }));

test.beforeAll(async () => {
  app = await startStaticHost(DIST);
  site = await startPageServer(embeddingPage);
  expect(new URL(site.url).origin).not.toBe(new URL(app.url).origin);
});

test.afterAll(async () => {
  await app?.close();
  await site?.close();
});

test.describe('the embeddable card', () => {
  test('shows inside a page of another origin, with number, status in words, KPI and a new-tab link', async ({ page }) => {
    const p = ds.pledges.find((x) => x.id === '20')!;
    await page.goto(onOtherSite(cardUrl('20')));
    const card = page.frameLocator('#f0');
    await expect(card.getByRole('heading', { level: 1 })).toHaveText(`${p.title.ja}（新しいタブで開きます）`);
    await expect(card.locator('.card__no')).toHaveText('公約 20');
    await expect(card.locator('.badge')).toHaveText('計画よりも進んでいる');
    await expect(card.locator('.card__kpi-value')).toContainText('23.6億円');
    await expect(card.locator('.card__foot')).toContainText('2024年11月時点');
    const link = card.getByRole('link');
    await expect(link).toHaveAttribute('target', '_blank');
    await expect(link).toHaveAttribute('rel', 'noopener');
    await expect(link).toHaveAttribute('href', /\/pledges\/20\/$/);
    // Its stylesheet came from the app's origin, under the card's own policy.
    await expect(card.locator('.badge')).toHaveCSS('border-radius', '999px');
  });

  test('an app page is refused in the same frame (frame-ancestors none)', async ({ page }) => {
    await page.goto(onOtherSite(`${app.url}/pledges/20/`));
    const frame = await frameOf(page);
    // Chromium replaces a refused frame with its error page.
    await expect.poll(() => frame.url()).toMatch(/^chrome-error:/);
    await expect(page.frameLocator('#f0').getByText(ds.pledges.find((x) => x.id === '20')!.title.ja)).toHaveCount(0);
  });

  test('the host sends frame-ancestors * for /embed/* only', async ({ request }) => {
    const csp = async (path: string) => (await request.get(`${app.url}${path}`)).headers()['content-security-policy'] ?? '';
    for (const path of ['/embed/pledges/20/', '/en/embed/pledges/2-1/']) {
      expect(await csp(path)).toContain('frame-ancestors *');
      expect(await csp(path)).not.toContain("frame-ancestors 'none'");
    }
    for (const path of ['/', '/pledges/20/', '/en/', '/en/pledges/20/', '/about/']) expect(await csp(path)).toContain("frame-ancestors 'none'");
  });

  test('reads with JavaScript disabled', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(onOtherSite(cardUrl('2-1', 'en')));
    const card = page.frameLocator('#f0');
    await expect(card.locator('.card__no')).toHaveText('Pledge 2-1');
    await expect(card.locator('.badge')).toHaveText('Not started');
    await expect(card.locator('.card__none')).toHaveText('This pledge has no numeric KPI.');
    await expect(card.locator('script')).toHaveCount(0);
    await context.close();
  });

  test('fits a 320 px and a 600 px iframe without horizontal scroll', async ({ page }) => {
    // Pledge 5 has the longest KPI name and a part label in its latest actual.
    await page.goto(onOtherSite(cardUrl('5'), [320, 600]));
    for (const i of [0, 1]) {
      const frame = await frameOf(page, i);
      await expect(page.frameLocator(`#f${i}`).locator('.card')).toBeVisible();
      const { scroll, width } = await noHorizontalScroll(frame);
      expect(width).toBe(i === 0 ? 320 : 600);
      expect(scroll).toBeLessThanOrEqual(width);
    }
  });

  test('every card, in both languages, fits 320 and 600 px', async ({ page }) => {
    for (const lang of ['ja', 'en'] as const)
      for (const p of ds.pledges) {
        await page.setViewportSize({ width: 320, height: 400 });
        await page.goto(cardUrl(p.id, lang));
        for (const width of [320, 600]) {
          await page.setViewportSize({ width, height: 400 });
          const { scroll, width: w } = await noHorizontalScroll(page);
          expect(w).toBe(width);
          expect(scroll, `${lang} ${p.id} at ${width}px`).toBeLessThanOrEqual(w);
        }
      }
  });

  test('follows the system’s light and dark scheme', async ({ page }) => {
    const background = async () => (await frameOf(page)).evaluate(() => getComputedStyle(document.body).backgroundColor);
    await page.emulateMedia({ colorScheme: 'light' });
    await page.goto(onOtherSite(cardUrl('20')));
    await expect(page.frameLocator('#f0').locator('.card')).toBeVisible();
    expect(await background()).toBe('rgb(255, 255, 255)');
    await page.emulateMedia({ colorScheme: 'dark' });
    await expect.poll(background).toBe('rgb(18, 20, 23)');
  });

  test('has no axe violations: each status, Japanese in light and English in dark', async ({ page }) => {
    const oneEach = [...new Map(ds.pledges.map((p) => [p.status, p.id])).values()];
    expect(oneEach.length).toBe(5);
    for (const [lang, colorScheme] of [['ja', 'light'], ['en', 'dark']] as const) {
      await page.emulateMedia({ colorScheme });
      for (const id of oneEach) {
        await page.goto(cardUrl(id, lang));
        const violations = await runAxe(page);
        expect(violations, `${lang} ${id} ${colorScheme}: ${formatViolations(violations)}`).toEqual([]);
      }
    }
  });

  test('opens as the card, not the app, for a reader who has the app installed', async ({ page }) => {
    await page.goto(`${app.url}/`);
    await waitForController(page);
    await page.goto(cardUrl('20'));
    await expect(page.locator('.card__no')).toHaveText('公約 20');
    await expect(page.locator('#root')).toHaveCount(0);
  });
});

test.describe('the built downloads and feeds', () => {
  const feeds = ['feed.xml', 'en/feed.xml', ...ds.policies.flatMap((p) => [`pledges/policy/${p.id}/feed.xml`, `en/pledges/policy/${p.id}/feed.xml`])];

  test('exist: both CSVs, the Data Package, every feed and every card', () => {
    for (const file of ['data/pledges.csv', 'data/kpis.csv', 'data/datapackage.json', 'embed/embed.css', ...feeds]) expect(existsSync(join(DIST, file)), file).toBe(true);
    for (const p of ds.pledges) for (const prefix of ['', 'en/']) expect(existsSync(join(DIST, `${prefix}embed/pledges/${p.id}/index.html`)), p.id).toBe(true);
    expect(readFileSync(join(DIST, 'data/pledges.csv'), 'utf8').startsWith('\ufeffpledge_id,')).toBe(true);
    const pkg = JSON.parse(readFileSync(join(DIST, 'data/datapackage.json'), 'utf8')) as { resources: { path: string }[] };
    for (const r of pkg.resources) expect(existsSync(join(DIST, 'data', r.path)), r.path).toBe(true);
  });

  test('are not precached by the service worker, and the precache stays within 250 KB gzip', () => {
    const urls = precacheUrls(DIST);
    expect(urls.length).toBeGreaterThan(0);
    expect(urls.filter((u) => /\.csv$|datapackage\.json$|feed\.xml$|(^|\/)embed\//.test(u))).toEqual([]);
    expect(measureSizes(DIST).precache.gzip).toBeLessThanOrEqual(250_000);
  });

  test('link only to pages the build emits', () => {
    const siteUrl = 'http://127.0.0.1:4173/';
    const pageFile = (href: string) => join(DIST, new URL(href).pathname, 'index.html');
    for (const feed of feeds) {
      const xml = readFileSync(join(DIST, feed), 'utf8');
      const links = [...xml.matchAll(/<link [^>]*href="([^"]+)"/g)].map((m) => m[1]!.replace(/&amp;/g, '&'));
      for (const href of links.filter((h) => !h.endsWith('.xml'))) {
        expect(href.startsWith(siteUrl), href).toBe(true);
        expect(existsSync(pageFile(href)), `${feed}: ${href}`).toBe(true);
      }
      for (const href of links.filter((h) => h.endsWith('.xml'))) expect(existsSync(join(DIST, new URL(href).pathname)), href).toBe(true);
    }
    const embeds = readdirSync(join(DIST, 'embed/pledges'));
    expect(embeds.sort()).toEqual(ds.pledges.map((p) => p.id).sort());
  });
});

/** Every page of the build, by its file under dist/ (the embeddable cards are not app pages). */
function builtPages(dir = DIST, prefix = ''): string[] {
  return readdirSync(join(dir, prefix), { withFileTypes: true }).flatMap((e) => {
    const path = prefix ? `${prefix}/${e.name}` : e.name;
    if (e.isDirectory()) return path === 'embed' || path === 'en/embed' || path === 'assets' ? [] : builtPages(dir, path);
    return e.name.endsWith('.html') ? [path] : [];
  });
}
const feedLinks = (html: string) =>
  [...html.matchAll(/<link rel="alternate" type="application\/atom\+xml" title="([^"]*)" href="([^"]*)" \/>/g)].map((m) => ({ title: m[1]!, href: m[2]! }));

test.describe('the feeds in every page', () => {
  test('each prerendered page and the shell link their language’s feed; a pledge page also its policy’s', () => {
    const pages = builtPages();
    expect(pages.length).toBeGreaterThan(2 * ds.pledges.length);
    for (const file of pages) {
      const links = feedLinks(readFileSync(join(DIST, file), 'utf8'));
      const en = file.startsWith('en/');
      const pledge = /^(?:en\/)?pledges\/([\w-]+)\/index\.html$/.exec(file)?.[1];
      const policy = ds.pledges.find((p) => p.id === pledge)?.policy;
      const want = [`${en ? 'en/' : ''}feed.xml`, ...(policy ? [`${en ? 'en/' : ''}pledges/policy/${policy}/feed.xml`] : [])];
      expect(links.map((l) => new URL(l.href).pathname.slice(1)), file).toEqual(want);
      for (const l of links) expect(existsSync(join(DIST, new URL(l.href).pathname)), `${file}: ${l.href}`).toBe(true);
    }
    const [, policyFeed] = feedLinks(readFileSync(join(DIST, 'en/pledges/20/index.html'), 'utf8'));
    expect(policyFeed!.title).toMatch(/^Bibai Pledge Tracker: Basic policy 6/);
  });
});

test.describe('the /data page', () => {
  test('reads with JavaScript off: every download with its real size, the feeds and the credit line, in both languages', async ({ browser, request }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    for (const [path, h1, feedsName] of [['/data/', 'オープンデータ', 'フィード（Atom）'], ['/en/data/', 'Open data', 'Feeds (Atom)']] as const) {
      await page.goto(`${app.url}${path}`);
      await expect(page.locator('h1')).toHaveText(h1);
      const items = page.locator('.download');
      await expect(items).toHaveCount(5);
      for (const item of await items.all()) {
        const href = (await item.getByRole('link').getAttribute('href'))!;
        // The size of the very file the build wrote (the format itself is unit-tested).
        await expect(item, href).toContainText(formatFileSize(readFileSync(join(DIST, href)).length));
        const res = await request.get(`${app.url}${href}`);
        expect(res.status(), href).toBe(200);
        await expect(item.locator('code').first()).toContainText(`"http://127.0.0.1:4173${href}"`);
      }
      const feeds = page.getByRole('region', { name: feedsName }).getByRole('link');
      await expect(feeds).toHaveCount(ds.policies.length + 2);
      for (const href of await feeds.evaluateAll((as) => as.map((a) => a.getAttribute('href')!))) expect(existsSync(join(DIST, href)), href).toBe(true);
      await expect(page.getByRole('main')).toContainText('出典：美唄市「市長公約事業のロードマップ（2023-2027）」を加工して作成');
      for (const edition of await page.locator('.edition-files a').evaluateAll((as) => as.map((a) => a.getAttribute('href')!))) expect(existsSync(join(DIST, edition)), edition).toBe(true);
    }
    await context.close();
  });

  test('is linked from /about and from the footer of every page, and its download links leave the app for the file', async ({ page }) => {
    await page.goto(`${app.url}/about/`);
    await expect(page.locator('html[data-app="ready"]')).toHaveCount(1);
    await page.getByRole('main').getByRole('link', { name: 'ダウンロードとフィード' }).click();
    await expect(page.locator('h1')).toHaveText('オープンデータ');
    for (const path of ['/', '/pledges/20/', '/en/pledges/']) {
      await page.goto(`${app.url}${path}`);
      const footer = page.getByRole('contentinfo').getByRole('link', { name: /^(オープンデータ|Open data)$/ });
      await expect(footer).toHaveAttribute('href', path.startsWith('/en/') ? '/en/data' : '/data');
    }
    await page.goto(`${app.url}/en/`);
    await expect(page.locator('html[data-app="ready"]')).toHaveCount(1);
    await page.getByRole('contentinfo').getByRole('link', { name: 'Open data' }).click();
    await expect(page.locator('h1')).toHaveText('Open data');
    // The hydrated Japanese page (its router takes every path of the site): a download is a
    // file, not a route of the app.
    await page.goto(`${app.url}/data/`);
    await expect(page.locator('html[data-app="ready"]')).toHaveCount(1);
    await page.locator('.edition-files a').first().click();
    await expect(page).toHaveURL(/\/data\/editions\/[\d-]+\.json$/);
    expect(JSON.parse((await page.locator('body').textContent())!).version).toBe(ds.version);
  });

  test('opens offline once the app is installed', async ({ page, context }) => {
    await page.goto(`${app.url}/`);
    await waitForController(page);
    await context.setOffline(true);
    await page.goto(`${app.url}/en/data/`);
    await expect(page.locator('h1')).toHaveText('Open data');
    await expect(page.locator('.download')).toHaveCount(5);
    await context.setOffline(false);
  });
});

test.describe('the Embed button of a pledge page', () => {
  test('shows the iframe code for this deployment in the page’s language, copies it, and the code embeds the card', async ({ page, context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: app.url });
    for (const [prefix, name, copied] of [['', '埋め込む', '埋め込み用のコードをコピーしました'], ['/en', 'Embed', 'Embed code copied']] as const) {
      await page.goto(`${app.url}${prefix}/pledges/20/`);
      await expect(page.locator('html[data-app="ready"]')).toHaveCount(1);
      const toggle = page.getByRole('button', { name, exact: true });
      await expect(toggle).toHaveAttribute('aria-expanded', 'false');
      await toggle.click();
      await expect(toggle).toHaveAttribute('aria-expanded', 'true');
      const field = page.getByRole('textbox', { name: /iframe/ });
      const code = await field.inputValue();
      expect(code).toMatch(new RegExp(`^<iframe src="${app.url}${prefix}/embed/pledges/20/" title="[^"]+" width="100%" height="320"`));
      await page.getByRole('button', { name: /^(コードをコピー|Copy the code)$/ }).click();
      await expect(page.locator('.toast')).toHaveText(copied);
      expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(code);

      // Pasted into another site, it shows the card.
      const src = /src="([^"]+)"/.exec(code)![1]!;
      const other = await context.newPage();
      await other.goto(onOtherSite(src));
      await expect(other.frameLocator('#f0').locator('.card__no')).toHaveText(prefix ? 'Pledge 20' : '公約 20');
      await other.close();
    }
  });

  test('works from the keyboard: Enter opens, Tab reaches the code, Escape closes back to the button', async ({ page }) => {
    await page.goto(`${app.url}/pledges/20/`);
    await expect(page.locator('html[data-app="ready"]')).toHaveCount(1);
    const toggle = page.getByRole('button', { name: '埋め込む', exact: true });
    await toggle.focus();
    await page.keyboard.press('Enter');
    await expect(toggle).toHaveAttribute('aria-expanded', 'true');
    await expect(page.getByRole('textbox', { name: /iframe/ })).toBeVisible();
    await page.keyboard.press('Tab');
    await expect(page.getByRole('textbox', { name: '埋め込み用のコード（iframe）' })).toBeFocused();
    await page.keyboard.press('Escape');
    await expect(page.getByRole('textbox', { name: /iframe/ })).toHaveCount(0);
    await expect(toggle).toBeFocused();
  });
});
