/**
 * Language: the URL decides (`/en/…` is English), the header links the same page in the other
 * language, links inside a page stay in its language, and a reader whose language differs from the
 * page's is offered theirs without the page changing under them.
 */
import { expect, test } from '@playwright/test';
import { NAV, SITE, departmentEn, expectResults, facet, gotoApp, mainNav, pledgeById, pledges, policyName, statusName, titleRe } from './helpers';

test('the header links the same view in English and back, filters kept; links stay in English', async ({ page }) => {
  const delayed = pledges.filter((p) => p.status === 'delayed').length;
  await gotoApp(page, '/pledges?status=delayed');
  await expect(page.locator('html')).toHaveAttribute('lang', 'ja');
  await page.getByRole('link', { name: 'English', exact: true }).click();
  await expect(page).toHaveURL(/\/en\/pledges\/\?status=delayed$/);
  await expect(page.locator('html[data-app="ready"]')).toHaveCount(1);

  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  const nav = mainNav(page);
  for (const name of Object.values(NAV.en)) await expect(nav.getByRole('link', { name, exact: true })).toBeVisible();
  await expect(page.locator('h1')).toHaveText('Pledges');
  await expect(page).toHaveTitle(titleRe('Pledges', 'en'));
  await expectResults(page, delayed, 'en');

  // Inside the English pages every link and filter stays English.
  await page.getByTestId('pledge-item').first().getByRole('link').first().click();
  await expect(page).toHaveURL(/\/en\/pledges\/[\w-]+$/);
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await nav.getByRole('link', { name: 'Overview', exact: true }).click();
  await expect(page).toHaveURL(/\/en$/);
  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.locator('h1')).not.toHaveText('');

  // and back, to the same page in Japanese
  await page.getByRole('link', { name: '日本語', exact: true }).click();
  await expect(page).toHaveURL(/127\.0\.0\.1:\d+\/$/);
  await expect(page.locator('html')).toHaveAttribute('lang', 'ja');
  await expect(mainNav(page).getByRole('link', { name: NAV.ja.pledges, exact: true })).toBeVisible();
});

test('English pages name policies, departments and statuses in English; the pledge text stays Japanese', async ({ page }) => {
  await gotoApp(page, '/en/pledges');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');

  const p = pledgeById('1');
  await expect(facet(page, 'Basic policy')).toContainText(policyName(p.policy, 'en'));
  await expect(facet(page, 'Department')).toContainText(departmentEn(p.departments[0]!.name));
  await expect(facet(page, 'Status')).toContainText(statusName(p.status, 'en')!);
  await expect(page.getByRole('searchbox', { name: 'Search' })).toBeVisible();

  const item = page.getByTestId('pledge-item').first();
  await expect(item.getByTestId('status-badge')).toHaveText(new RegExp(statusName(pledges[0]!.status, 'en')!));

  await gotoApp(page, '/en/pledges/1');
  await expect(page.getByTestId('status-badge').first()).toHaveText(new RegExp(statusName(p.status, 'en')!));
  await expect(page.getByRole('main')).toContainText(policyName(p.policy, 'en'));
  await expect(page).toHaveTitle(titleRe(`1. ${p.title.en}`, 'en'));
  await expect(page.getByRole('main')).toContainText(p.summary);
  await expect(page.getByRole('group', { name: 'Text size' })).toBeVisible();
  await expect(page.getByRole('link', { name: /Skip to content/ })).toHaveCount(1);
});

test('an English page is English before any script runs (prerendered), with JavaScript off too', async ({ browser, request }) => {
  const html = await (await request.get('/en/pledges/20/')).text();
  expect(html).toMatch(/<html lang="en">/);
  expect(html).toContain('<link rel="manifest" href="/manifest.en.webmanifest">');
  expect(html).toMatch(/<link rel="alternate" hreflang="ja" href="[^"]*\/pledges\/20\/" \/>/);
  expect(html).toMatch(/<meta property="og:locale" content="en_US" \/>/);
  expect(html).toMatch(/<meta property="og:image" content="[^"]*\/social\/en\/ahead\.png" \/>/);
  expect(html).toContain(`${pledgeById('20').title.en}`);

  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/en/pledges/20/');
  await expect(page.locator('h1')).toHaveText(pledgeById('20').title.ja);
  await expect(mainNav(page).getByRole('link', { name: 'Pledges', exact: true })).toBeVisible();
  // The language link is a plain link: it works without JavaScript.
  await page.getByRole('link', { name: '日本語', exact: true }).click();
  await expect(page).toHaveURL(/\/pledges\/20\/$/);
  await expect(page.locator('html')).toHaveAttribute('lang', 'ja');
  await context.close();
});

// The offer tests block the service worker: its one-time "ready offline" card would otherwise
// race the language offer for the floating bar, and whichever came first would keep it.
test.describe('an English browser on a Japanese link', () => {
  test.use({ locale: 'en-US', serviceWorkers: 'block' });
  test('keeps the page Japanese and offers it in English, in English, until declined', async ({ page }) => {
    await gotoApp(page, '/pledges/20');
    await expect(page.locator('html')).toHaveAttribute('lang', 'ja');
    const offer = page.getByTestId('lang-offer');
    await expect(offer).toContainText('This page is also available in English.');
    await expect(offer).toHaveAttribute('lang', 'en');
    await offer.getByRole('link', { name: 'Read in English' }).click();
    await expect(page).toHaveURL(/\/en\/pledges\/20\/$/);
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expect(page).toHaveTitle(new RegExp(`\\| ${SITE.en}$`));
    // Chosen: English pages offer nothing; Japanese pages keep offering English.
    await expect(page.locator('html[data-app="ready"]')).toHaveCount(1);
    await expect(page.getByTestId('lang-offer')).toHaveCount(0);

    await gotoApp(page, '/about');
    await page.getByTestId('lang-offer').getByRole('button', { name: 'Keep Japanese' }).click();
    await expect(page.getByTestId('lang-offer')).toHaveCount(0);
    await gotoApp(page, '/');
    await expect(page.locator('html')).toHaveAttribute('lang', 'ja');
    await expect(page.getByTestId('lang-offer')).toHaveCount(0);
  });
});

test.describe('a Japanese browser', () => {
  test.use({ serviceWorkers: 'block' });
  test('on an English link is offered Japanese, in Japanese', async ({ page }) => {
    await gotoApp(page, '/en/about');
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    const offer = page.getByTestId('lang-offer');
    await expect(offer).toContainText('このページは日本語でも読めます。');
    await offer.getByRole('link', { name: '日本語で読む' }).click();
    await expect(page).toHaveURL(/\/about\/$/);
    await expect(page.locator('html')).toHaveAttribute('lang', 'ja');
  });
});

test.describe('browser language other than English or Japanese', () => {
  test.use({ locale: 'fr-FR' });
  test('gets the page as linked, with no offer', async ({ page }) => {
    await gotoApp(page, '/');
    await expect(page.locator('html')).toHaveAttribute('lang', 'ja');
    await expect(page.locator('html[data-app="ready"]')).toHaveCount(1);
    await expect(page.getByTestId('lang-offer')).toHaveCount(0);
  });
});
