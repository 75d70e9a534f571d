/** Language: switch in the header, html lang, nav texts, remembered, English names of facets. */
import { expect, test } from '@playwright/test';
import { NAV, SITE, departmentEn, expectResults, facet, gotoApp, mainNav, pledgeById, pledges, policyName, statusName, titleRe } from './helpers';

test('switching to English changes html lang, nav and title, and is remembered', async ({ page }) => {
  await gotoApp(page, '/pledges');
  await expect(page.locator('html')).toHaveAttribute('lang', 'ja');
  await page.getByRole('button', { name: 'English', exact: true }).click();

  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  const nav = mainNav(page);
  for (const name of Object.values(NAV.en)) await expect(nav.getByRole('link', { name, exact: true })).toBeVisible();
  await expect(page.locator('h1')).toHaveText('Pledges');
  await expect(page).toHaveTitle(titleRe('Pledges', 'en'));
  await expect(page.getByRole('button', { name: '日本語', exact: true })).toBeVisible();
  await expectResults(page, pledges.length, 'en');

  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.locator('h1')).toHaveText('Pledges');
  await expect(page).toHaveTitle(titleRe('Pledges', 'en'));

  // and back
  await page.getByRole('button', { name: '日本語', exact: true }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'ja');
  await expect(page.locator('h1')).toHaveText('公約一覧');
  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('lang', 'ja');
});

test('English UI names policies, departments and statuses in English', async ({ page }) => {
  await gotoApp(page, '/pledges');
  await page.getByRole('button', { name: 'English', exact: true }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');

  const p = pledgeById('1');
  await expect(facet(page, 'Basic policy')).toContainText(policyName(p.policy, 'en'));
  await expect(facet(page, 'Department')).toContainText(departmentEn(p.departments[0]!.name));
  await expect(facet(page, 'Status')).toContainText(statusName(p.status, 'en')!);
  await expect(page.getByRole('searchbox', { name: 'Search' })).toBeVisible();

  const item = page.getByTestId('pledge-item').first();
  await expect(item.getByTestId('status-badge')).toHaveText(new RegExp(statusName(pledges[0]!.status, 'en')!));

  await gotoApp(page, '/pledges/1');
  await expect(page.getByTestId('status-badge').first()).toHaveText(new RegExp(statusName(p.status, 'en')!));
  await expect(page.getByRole('main')).toContainText(policyName(p.policy, 'en'));
  // The pledge text itself stays Japanese.
  await expect(page.getByRole('main')).toContainText(p.summary);
  await expect(page.getByRole('group', { name: 'Text size' })).toBeVisible();
  await expect(page.getByRole('link', { name: /Skip to content/ })).toHaveCount(1);
});

test.describe('browser language', () => {
  test.use({ locale: 'en-US' });
  test('an English browser gets the English UI', async ({ page }) => {
    await gotoApp(page, '/');
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expect(page).toHaveTitle(new RegExp(`\\| ${SITE.en}$`));
    await expect(mainNav(page).getByRole('link', { name: 'Pledges', exact: true })).toBeVisible();
  });
});

test.describe('browser language other than English', () => {
  test.use({ locale: 'fr-FR' });
  test('a non-English browser gets Japanese', async ({ page }) => {
    await gotoApp(page, '/');
    await expect(page.locator('html')).toHaveAttribute('lang', 'ja');
  });
});
