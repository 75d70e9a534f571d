/** axe-core reports no violations on every route, in the light and the dark theme. */
import { expect, test } from '@playwright/test';
import { formatViolations, gotoApp, runAxe } from './helpers';

const PAGES = ['/', '/pledges', '/pledges?status=not-started&q=%E4%BF%9D%E8%82%B2', '/pledges/1', '/bookmarks', '/about', '/changes', '/notes', '/brief?id=20&id=25', '/data', '/en/data', '/nope'];

for (const colorScheme of ['light', 'dark'] as const) {
  test.describe(`${colorScheme} theme`, () => {
    for (const url of PAGES) {
      test(`axe: ${url}`, async ({ page }) => {
        await page.emulateMedia({ colorScheme });
        await gotoApp(page, url);
        if (url === '/pledges/1') {
          await page.locator('details summary').first().click();
          // The embed code's panel, open.
          await page.getByRole('button', { name: '埋め込む' }).click();
          await expect(page.getByRole('textbox', { name: /埋め込み用のコード/ })).toBeVisible();
        }
        const violations = await runAxe(page);
        expect(violations, formatViolations(violations)).toEqual([]);
      });
    }
  });
}

test('axe: bookmarks page with a bookmark, in English', async ({ page }) => {
  await gotoApp(page, '/pledges/1');
  await page.getByRole('main').getByRole('button', { name: /ブックマーク/ }).first().click();
  await gotoApp(page, '/en/bookmarks');
  await expect(page.getByTestId('pledge-item')).toHaveCount(1);
  const violations = await runAxe(page);
  expect(violations, formatViolations(violations)).toEqual([]);
});
