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
