/** Phones: no horizontal scroll at 320 px, 44 px touch targets, a remembered text-size control. */
import { expect, test, type Locator, type Page } from '@playwright/test';
import { ROUTES, facet, gotoApp, mainNav } from './helpers';

test.describe('320 px wide', () => {
  test.use({ viewport: { width: 320, height: 640 }, hasTouch: true, isMobile: true });

  for (const route of [...ROUTES, '/pledges?status=not-started&policy=1']) {
    test(`no horizontal scroll on ${route}`, async ({ page }) => {
      await gotoApp(page, route);
      const { scroll, client } = await page.evaluate(() => ({
        scroll: document.documentElement.scrollWidth,
        client: document.documentElement.clientWidth,
      }));
      expect(scroll, `scrollWidth ${scroll} <= clientWidth ${client}`).toBeLessThanOrEqual(client);
    });
  }

  test('no horizontal scroll at the largest text size', async ({ page }) => {
    await gotoApp(page, '/pledges/1');
    await textSizeButton(page, '特大').click();
    await expect(textSizeButton(page, '特大')).toHaveAttribute('aria-pressed', 'true');
    for (const route of ['/pledges/1', '/pledges']) {
      await gotoApp(page, route);
      const over = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(over, `horizontal overflow on ${route}`).toBeLessThanOrEqual(0);
    }
  });
});

async function expectTargets(targets: Locator, what: string): Promise<number> {
  const boxes = await targets.evaluateAll((els) =>
    els
      .filter((el) => {
        const r = el.getBoundingClientRect();
        const cs = getComputedStyle(el);
        return r.width > 0 && r.height > 0 && cs.visibility !== 'hidden';
      })
      .map((el) => {
        const r = el.getBoundingClientRect();
        return { text: (el.textContent ?? '').trim().slice(0, 30), w: r.width, h: r.height };
      }),
  );
  const small = boxes.filter((b) => b.w < 43.5 || b.h < 43.5);
  expect(small, `${what} smaller than 44×44 px: ${JSON.stringify(small)}`).toEqual([]);
  return boxes.length;
}

/** The hit area of a checkbox is its label (wrapping, or label[for]) when there is one. */
function facetTargets(page: Page): Locator {
  return page.locator('fieldset').locator('label:has(input[type="checkbox"]), label[for], button');
}

test.describe('touch targets (phone, 360 px)', () => {
  test.use({ viewport: { width: 360, height: 740 }, hasTouch: true, isMobile: true });

  test('nav links and header buttons are at least 44 px', async ({ page }) => {
    await gotoApp(page, '/');
    const n = await expectTargets(mainNav(page).locator('a, button'), 'nav targets');
    const h = await expectTargets(page.getByRole('banner').locator('a:not(.skip-link):not([href="#main"]), button'), 'header targets');
    expect(n + h).toBeGreaterThan(0);
  });

  test('facet checkboxes and buttons are at least 44 px', async ({ page }) => {
    await gotoApp(page, '/pledges');
    await expect(facet(page, '進捗状況')).toBeAttached();
    // Facets may sit behind a disclosure on phones: open them if so.
    const toggles = page.locator('main details:not([open]) > summary');
    for (let i = 0; i < (await toggles.count()); i++) await toggles.nth(i).click();
    const n = await expectTargets(facetTargets(page), 'facet targets');
    expect(n).toBeGreaterThan(0);
  });

  test('list item links and bookmark buttons are at least 44 px tall', async ({ page }) => {
    await gotoApp(page, '/pledges');
    const item = page.getByTestId('pledge-item').first();
    await expectTargets(item.locator('button'), 'list item buttons');
    const h = await item.locator('a[href*="/pledges/"]').first().evaluate((a) => a.getBoundingClientRect().height);
    expect(h).toBeGreaterThanOrEqual(43.5);
  });
});

function textSizeButton(page: Page, name: string): Locator {
  return page.getByRole('group', { name: /文字サイズ|Text size/ }).getByRole('button', { name, exact: true });
}

test('text-size control changes the size and is remembered', async ({ page }) => {
  await gotoApp(page, '/pledges/1');
  await expect(textSizeButton(page, '標準')).toHaveAttribute('aria-pressed', 'true');
  const size = () => page.evaluate(() => parseFloat(getComputedStyle(document.querySelector('main p, main')!).fontSize));
  const normal = await size();

  await textSizeButton(page, '大').click();
  await expect(textSizeButton(page, '大')).toHaveAttribute('aria-pressed', 'true');
  await expect(textSizeButton(page, '標準')).toHaveAttribute('aria-pressed', 'false');
  await expect.poll(size).toBeGreaterThan(normal);
  const large = await size();

  await textSizeButton(page, '特大').click();
  await expect(textSizeButton(page, '特大')).toHaveAttribute('aria-pressed', 'true');
  await expect.poll(size).toBeGreaterThan(large);

  await page.reload();
  await expect(textSizeButton(page, '特大')).toHaveAttribute('aria-pressed', 'true');
  await expect.poll(size).toBeGreaterThan(large);

  await gotoApp(page, '/about');
  await expect(textSizeButton(page, '特大')).toHaveAttribute('aria-pressed', 'true');
});
