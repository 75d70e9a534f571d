/** Unknown routes and unknown pledge ids show the not-found page with the right title. */
import { expect, test } from '@playwright/test';
import { gotoApp, searchBox, titleRe } from './helpers';

for (const url of ['/nope', '/pledges/99', '/pledges/1/extra', '/pledges/2-9']) {
  test(`${url} shows 見つかりません`, async ({ page }) => {
    await gotoApp(page, url);
    await expect(page.locator('h1')).toHaveText('見つかりません');
    await expect(page).toHaveTitle(titleRe('見つかりません'));
    const main = page.getByRole('main');
    await expect(main.locator('a[href="/"], a[href="/pledges"]').first()).toBeVisible();
    await expect(searchBox(page)).toBeVisible();
  });
}

test('searching from the not-found page goes to /pledges?q=…', async ({ page }) => {
  await gotoApp(page, '/nope');
  await searchBox(page).fill('保育');
  await searchBox(page).press('Enter');
  await expect(page).toHaveURL(/\/pledges\?q=/);
  expect(new URL(page.url()).searchParams.get('q')).toBe('保育');
  await expect(page.locator('h1')).toHaveText('公約一覧');
});

test('not found in English', async ({ page }) => {
  await gotoApp(page, '/en/nope');
  await expect(page.locator('h1')).toHaveText('Not found');
  await expect(page).toHaveTitle(titleRe('Not found', 'en'));
});
