/**
 * Offline-first: after one online visit the service worker has precached the app and
 * the dataset, and every route and deep link opens with no network at all, including pages never
 * visited. A negative control with service workers blocked proves the test can fail.
 */
import { expect, test } from '@playwright/test';
import { bookmarkButton, expectResults, idsMatching, pledgeById, pledges, waitForApp } from './helpers';
import { startStaticServer, type StaticServer } from '../../src/build/static-server';
import { DIST, waitForController } from './pwa-helpers';

let server: StaticServer;
test.beforeAll(async () => {
  server = await startStaticServer({ root: DIST, fallback: 'spa' });
});
test.afterAll(async () => {
  await server?.close();
});

test.describe('with the service worker', () => {
  test.use({ serviceWorkers: 'allow' });

  test('after one online visit, every route and deep link opens offline', async ({ page, context }) => {
    await page.goto(`${server.url}/`);
    await waitForApp(page);
    await waitForController(page);
    await expect(page.getByTestId('offline-ready')).toBeVisible();

    await context.setOffline(true);
    await page.reload();
    await waitForApp(page);
    await expect(page.getByTestId('offline-indicator')).toHaveText(/オフライン/);

    // A deep link to a pledge.
    const p13 = pledgeById('13-2');
    await page.goto(`${server.url}/pledges/13-2`);
    await waitForApp(page);
    await expect(page.getByTestId('pledge-title')).toContainText(p13.title.ja);

    // A filtered list, reproduced from its URL.
    await page.goto(`${server.url}/pledges?status=delayed&q=${encodeURIComponent('除雪')}`);
    await waitForApp(page);
    await expect(page.getByRole('searchbox', { name: '検索' })).toHaveValue('除雪');
    const expected = [...idsMatching('除雪')].filter((id) => pledgeById(id).status === 'delayed');
    await expectResults(page, expected.length);
    // ... and the unfiltered list with every pledge.
    await page.goto(`${server.url}/pledges`);
    await waitForApp(page);
    await expectResults(page, pledges.length);

    // The bookmarks page and the about page.
    await page.goto(`${server.url}/bookmarks`);
    await waitForApp(page);
    await expect(page.locator('h1')).toHaveText('ブックマーク');
    await page.goto(`${server.url}/about`);
    await waitForApp(page);
    await expect(page.locator('h1')).toHaveText('このアプリについて');

    // A pledge never visited before (its chunk and data come from the precache and IndexedDB).
    const last = pledges[pledges.length - 1]!;
    await page.goto(`${server.url}/pledges/${last.id}`);
    await waitForApp(page);
    await expect(page.getByTestId('pledge-title')).toContainText(last.title.ja);

    // Files are not answered with the shell: the dataset URL gives JSON.
    const res = await page.goto(`${server.url}/data/pledges.json`);
    expect(res?.headers()['content-type']).toContain('application/json');
    expect(JSON.parse((await res?.text()) ?? '').pledges.length).toBe(pledges.length);
  });

  test('a bookmark made offline is there after going online and reloading', async ({ page, context }) => {
    await page.goto(`${server.url}/`);
    await waitForApp(page);
    await waitForController(page);

    await context.setOffline(true);
    const id = pledges[2]!.id;
    await page.goto(`${server.url}/pledges/${id}`);
    await waitForApp(page);
    const button = bookmarkButton(page.getByRole('main'));
    await button.click();
    await expect(button).toHaveAttribute('aria-pressed', 'true');

    await context.setOffline(false);
    await page.reload();
    await waitForApp(page);
    await expect(page.getByTestId('offline-indicator')).toHaveCount(0);
    await page.goto(`${server.url}/bookmarks`);
    await waitForApp(page);
    await expect(page.getByTestId('pledge-item').filter({ has: page.locator(`a[href$="/pledges/${id}"]`) })).toHaveCount(1);
  });
});

test.describe('negative control: service workers blocked', () => {
  test.use({ serviceWorkers: 'block' });

  test('the same visit cannot reload offline', async ({ page, context }) => {
    await page.goto(`${server.url}/`);
    await waitForApp(page);
    expect(await page.evaluate(() => navigator.serviceWorker?.controller ?? null)).toBeNull();
    await context.setOffline(true);
    await expect(page.reload()).rejects.toThrow(/ERR_INTERNET_DISCONNECTED|net::/);
    await expect(page.goto(`${server.url}/pledges/13-2`)).rejects.toThrow(/ERR_INTERNET_DISCONNECTED|net::/);
  });
});
