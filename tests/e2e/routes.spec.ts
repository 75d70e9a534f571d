/** Every route renders inside the shared layout: landmarks, one h1, skip link, title, nav. */
import { expect, test } from '@playwright/test';
import { NAV, ROUTES, SITE, gotoApp, mainNav, titleRe } from './helpers';

const PAGE_TITLES: Record<string, string | null> = {
  '/': null, // overview: any page title, but with the site suffix
  '/pledges': '公約一覧',
  '/bookmarks': 'ブックマーク',
  '/about': null,
  '/data': 'オープンデータ',
  '/nope': '見つかりません',
};

for (const route of ROUTES) {
  test.describe(`layout of ${route}`, () => {
    test('landmarks, one h1, title, meta description', async ({ page }) => {
      await gotoApp(page, route);
      await expect(page.locator('html')).toHaveAttribute('lang', 'ja');
      await expect(page.getByRole('banner')).toHaveCount(1);
      await expect(page.getByRole('contentinfo')).toHaveCount(1);
      await expect(page.getByRole('main')).toHaveCount(1);
      await expect(page.locator('main#main')).toHaveCount(1);
      await expect(page.locator('h1')).toHaveCount(1);

      const expected = route in PAGE_TITLES ? PAGE_TITLES[route]! : null;
      await expect(page).toHaveTitle(expected === null ? titleRe(null) : titleRe(expected));

      const description = await page.locator('meta[name="description"]').getAttribute('content');
      expect(description?.trim().length ?? 0, 'meta description is set').toBeGreaterThan(0);
    });

    test('header: site name links home, nav, language and text-size controls', async ({ page }) => {
      await gotoApp(page, route);
      const banner = page.getByRole('banner');
      const home = banner.getByRole('link', { name: new RegExp(SITE.ja.replace(' ', '\\s*')) }).first();
      await expect(home).toHaveAttribute('href', /^(\/|https?:\/\/[^/]+\/)$/);

      const nav = mainNav(page);
      const hrefs: Record<keyof typeof NAV.ja, string> = {
        overview: '/',
        pledges: '/pledges',
        bookmarks: '/bookmarks',
        about: '/about',
      };
      for (const [key, name] of Object.entries(NAV.ja) as [keyof typeof NAV.ja, string][]) {
        const link = nav.getByRole('link', { name, exact: true });
        await expect(link).toHaveCount(1);
        const href = await link.getAttribute('href');
        expect(new URL(href!, 'http://x').pathname).toBe(hrefs[key]);
      }

      await expect(page.getByRole('link', { name: 'English', exact: true })).toBeVisible();
      const sizes = page.getByRole('group', { name: '文字サイズ' });
      await expect(sizes).toBeVisible();
      for (const name of ['標準', '大', '特大']) {
        await expect(sizes.getByRole('button', { name, exact: true })).toHaveAttribute('aria-pressed', /^(true|false)$/);
      }
    });

    test('skip link is the first focusable element and targets main', async ({ page }) => {
      await gotoApp(page, route);
      await page.keyboard.press('Tab');
      const focused = page.locator(':focus');
      await expect(focused).toHaveText(/本文へ移動/);
      await expect(focused).toHaveAttribute('href', /#main$/);
      await page.keyboard.press('Enter');
      // Following the skip link lands in main (focus on main or inside it).
      await expect
        .poll(() => page.evaluate(() => !!document.activeElement?.closest('main') || location.hash === '#main'))
        .toBe(true);
    });
  });
}

test('nav links move between pages without a full reload', async ({ page }) => {
  await gotoApp(page, '/');
  await page.evaluate(() => ((window as unknown as { __marker: number }).__marker = 1));
  const nav = mainNav(page);
  await nav.getByRole('link', { name: NAV.ja.pledges, exact: true }).click();
  await expect(page).toHaveURL(/\/pledges$/);
  await expect(page.locator('h1')).toHaveText('公約一覧');
  await nav.getByRole('link', { name: NAV.ja.about, exact: true }).click();
  await expect(page).toHaveURL(/\/about$/);
  await nav.getByRole('link', { name: NAV.ja.bookmarks, exact: true }).click();
  await expect(page).toHaveURL(/\/bookmarks$/);
  await expect(page.locator('h1')).toHaveText('ブックマーク');
  await nav.getByRole('link', { name: NAV.ja.overview, exact: true }).click();
  await expect(page).toHaveURL(/\/$/);
  expect(await page.evaluate(() => (window as unknown as { __marker?: number }).__marker)).toBe(1);
});
