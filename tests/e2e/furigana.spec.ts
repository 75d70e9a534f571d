/**
 * ふりがな: off by default (nothing loads, nothing moves), on with the header's switch (ruby over
 * the Japanese text, the text itself unchanged), remembered, working offline once used online,
 * following the page as Solid updates it, and accessible in both themes.
 */
import { expect, test, type Page } from '@playwright/test';
import { formatViolations, gotoApp, pledgeById, runAxe, searchBox, waitForApp, idsMatching, expectResults } from './helpers';
import { startStaticServer, type StaticServer } from '../../src/build/static-server';
import { DIST, waitForController } from './pwa-helpers';

const switchOf = (page: Page, name = 'ふりがな') => page.locator('header').getByRole('button', { name, exact: true });
const READINGS = /\/readings\/ja\.[0-9a-f]+\.json$/;

/** Every request for the readings file the page makes from now on. */
function readingsRequests(page: Page): string[] {
  const seen: string[] = [];
  page.on('request', (r) => {
    if (READINGS.test(new URL(r.url()).pathname)) seen.push(r.url());
  });
  return seen;
}

/** Layout shifts since the page started (buffered), as the browser reports them. */
const layoutShift = (page: Page) =>
  page.evaluate(
    () =>
      new Promise<number>((resolve) => {
        let total = 0;
        new PerformanceObserver((list) => {
          for (const e of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[]) if (!e.hadRecentInput) total += e.value;
        }).observe({ type: 'layout-shift', buffered: true });
        setTimeout(() => resolve(total), 300);
      }),
  );

test('off by default: no ruby, no readings request, nothing shifts', async ({ page }) => {
  const requests = readingsRequests(page);
  // The switch is in the prerendered HTML: it takes its room before any script runs.
  const html = await (await page.request.get('/pledges/1')).text();
  expect(html).toMatch(/class="btn btn--small furigana-btn"[^>]*aria-pressed="false"/);
  await page.goto('/pledges/1');
  const box = await page.getByTestId('pledge-title').boundingBox();
  await waitForApp(page);
  await expect(switchOf(page)).toHaveAttribute('aria-pressed', 'false');
  await page.waitForTimeout(500);
  expect(await page.locator('ruby').count()).toBe(0);
  expect(await page.getByTestId('pledge-title').boundingBox()).toEqual(box);
  expect(await layoutShift(page)).toBe(0);
  await page.goto('/pledges');
  await waitForApp(page);
  expect(requests).toEqual([]);
  expect(await page.evaluate(() => [...document.styleSheets].some((s) => s.href?.includes('furigana')))).toBe(false);
});

test('on: ruby over the Japanese text, the text itself unchanged, remembered across reloads', async ({ page }) => {
  const title = pledgeById('1').title.ja;
  await gotoApp(page, '/pledges/1');
  const heading = page.getByTestId('pledge-title');
  await switchOf(page).click();
  await expect(switchOf(page)).toHaveAttribute('aria-pressed', 'true');
  await expect(heading.locator('ruby').first()).toBeVisible();
  await expect(heading).toHaveText(title);
  expect(await heading.evaluate((el) => el.textContent)).toBe(title);
  // The readings are generated content of an aria-hidden <rt>: selecting and copying gives the text.
  const copied = await heading.evaluate((el) => {
    const range = document.createRange();
    range.selectNodeContents(el);
    const sel = getSelection()!;
    sel.removeAllRanges();
    sel.addRange(range);
    return sel.toString();
  });
  expect(copied).toBe(title);
  const rt = heading.locator('rt').first();
  await expect(rt).toHaveAttribute('aria-hidden', 'true');
  expect(await rt.evaluate((el) => getComputedStyle(el, '::before').content)).toMatch(/^"[\u3041-\u3096ー]+"$/);
  // The header's English-free UI strings are annotated too (文字サイズ).
  await expect(page.locator('#text-size-label ruby').first()).toBeAttached();
  expect(await page.evaluate(() => localStorage.getItem('bibai.furigana'))).toBe('on');

  await page.reload();
  await waitForApp(page);
  await expect(switchOf(page)).toHaveAttribute('aria-pressed', 'true');
  await expect(heading.locator('ruby').first()).toBeVisible();
  await expect(heading).toHaveText(title);

  await switchOf(page).click();
  await expect(switchOf(page)).toHaveAttribute('aria-pressed', 'false');
  await expect(page.locator('ruby')).toHaveCount(0);
  await expect(heading).toHaveText(title);
  const requests = readingsRequests(page);
  await page.reload();
  await waitForApp(page);
  await page.waitForTimeout(300);
  await expect(page.locator('ruby')).toHaveCount(0);
  expect(requests).toEqual([]);
});

test('on English pages it annotates the Japanese texts only', async ({ page }) => {
  await gotoApp(page, '/en/pledges/1');
  await switchOf(page, 'Furigana').click();
  await expect(page.locator('[lang="ja"] ruby').first()).toBeVisible();
  expect(await page.locator('h1 ruby').count()).toBe(await page.locator('h1[lang="ja"] ruby, h1 [lang="ja"] ruby').count());
  // The English interface stays as it is.
  expect(await page.locator('.site-nav ruby').count()).toBe(0);
});

test('follows the page as it changes: search results, navigation, text sizes', async ({ page }) => {
  await gotoApp(page, '/pledges');
  await switchOf(page).click();
  await expect(page.getByTestId('pledge-item').first().locator('ruby').first()).toBeAttached();
  const q = '除雪';
  await searchBox(page).fill(q);
  const ids = [...idsMatching(q)];
  await expectResults(page, ids.length);
  for (const [i, id] of ids.entries()) {
    const link = page.getByTestId('pledge-item').nth(i).locator(`a[href$="/pledges/${id}"]`).first();
    await expect(link).toContainText(pledgeById(id).title.ja);
  }
  await expect(page.getByTestId('pledge-item').first().locator('ruby').first()).toBeAttached();
  await searchBox(page).fill('');
  await expect(page.getByTestId('pledge-item').first().locator('ruby').first()).toBeAttached();

  // Client-side navigation renders new nodes: they are annotated too.
  const first = ids[0]!;
  await page.getByTestId('pledge-item').first().locator('a').first().click();
  await expect(page).toHaveURL(/\/pledges\/[\w-]+$/);
  const heading = page.getByTestId('pledge-title');
  await expect(heading.locator('ruby').first()).toBeAttached();
  const id = /\/pledges\/([\w-]+)$/.exec(page.url())![1]!;
  await expect(heading).toHaveText(pledgeById(id).title.ja);
  expect(first).toBeTruthy();

  // Every text size keeps the readings clear of the line above.
  for (const size of ['特大', '大', '標準']) {
    await page.locator('.text-size').getByRole('button', { name: size, exact: true }).click();
    // No reading overlaps the text of the line above (nor is a reading squeezed to nothing).
    const overlap = await page.evaluate(() => {
      const rubies = [...document.querySelectorAll('main ruby')].slice(0, 120);
      const bases = rubies.flatMap((r) => {
        const range = document.createRange();
        range.selectNodeContents(r.firstChild!);
        return [...range.getClientRects()].map((rect) => ({ r, rect }));
      });
      // A base on the line above (its box starts higher), its box less the font's own leading.
      const crosses = (rt: DOMRect, b: DOMRect) => {
        const top = b.top + b.height * 0.15;
        const bottom = b.bottom - b.height * 0.15;
        return b.top < rt.top - 1 && Math.min(rt.right, b.right) - Math.max(rt.left, b.left) > 1 && Math.min(rt.bottom, bottom) - Math.max(rt.top, top) > 1;
      };
      const bad = rubies.find((r) => {
        const rt = r.querySelector('rt')!.getBoundingClientRect();
        return rt.height === 0 || bases.some((b) => b.r !== r && crosses(rt, b.rect));
      });
      if (!bad) return '';
      const rt = bad.querySelector('rt')!.getBoundingClientRect();
      const hit = bases.find((b) => b.r !== bad && crosses(rt, b.rect))?.rect;
      return `${bad.parentElement!.outerHTML.slice(0, 200)} rt ${JSON.stringify(rt)} base ${JSON.stringify(hit)} lh ${getComputedStyle(bad.parentElement!).lineHeight}`;
    });
    expect(overlap, size).toBe('');
  }
  // Off while on a page restores its text as Solid left it.
  await switchOf(page).click();
  await expect(page.locator('ruby')).toHaveCount(0);
  await expect(heading).toHaveText(pledgeById(id).title.ja);
});

for (const colorScheme of ['light', 'dark'] as const) {
  test(`axe with furigana on, ${colorScheme} theme`, async ({ page }) => {
    await page.emulateMedia({ colorScheme });
    for (const url of ['/pledges/1', '/pledges']) {
      await gotoApp(page, url);
      if ((await switchOf(page).getAttribute('aria-pressed')) !== 'true') await switchOf(page).click();
      await expect(page.locator('main ruby').first()).toBeAttached();
      const violations = await runAxe(page);
      expect(violations, `${url}\n${formatViolations(violations)}`).toEqual([]);
    }
  });
}

test.describe('offline', () => {
  let server: StaticServer;
  test.beforeAll(async () => {
    server = await startStaticServer({ root: DIST, fallback: 'spa' });
  });
  test.afterAll(async () => {
    await server?.close();
  });
  test.use({ serviceWorkers: 'allow' });

  test('works offline once switched on online', async ({ page, context }) => {
    await page.goto(`${server.url}/pledges/1`);
    await waitForApp(page);
    await waitForController(page);
    await switchOf(page).click();
    await expect(page.getByTestId('pledge-title').locator('ruby').first()).toBeAttached();

    await context.setOffline(true);
    await page.reload();
    await waitForApp(page);
    await expect(switchOf(page)).toHaveAttribute('aria-pressed', 'true');
    await expect(page.getByTestId('pledge-title').locator('ruby').first()).toBeAttached();
    await page.goto(`${server.url}/pledges`);
    await waitForApp(page);
    await expect(page.getByTestId('pledge-item').first().locator('ruby').first()).toBeAttached();
    await expect(page.locator('.toast')).not.toHaveText(/ふりがな/);
  });
});
