/**
 * Installable: the install button follows the browser's `beforeinstallprompt`, the
 * manifest link is each language's own, /about explains Add to Home Screen and the storage
 * status, and persistent storage is asked for on the first bookmark and on install.
 */
import { expect, test, type Page } from '@playwright/test';
import { bookmarkButton, gotoApp } from './helpers';
import { waitForController } from './pwa-helpers';

/** Records `navigator.storage.persist()` calls instead of asking the browser. */
async function recordPersist(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const w = window as unknown as { persistCalls: number };
    w.persistCalls = 0;
    // Granted for the rest of the test, across page loads.
    Object.defineProperty(StorageManager.prototype, 'persist', {
      value: async () => {
        w.persistCalls++;
        sessionStorage.setItem('test.persisted', '1');
        return true;
      },
    });
    Object.defineProperty(StorageManager.prototype, 'persisted', { value: async () => sessionStorage.getItem('test.persisted') === '1' });
  });
}
const persistCalls = (page: Page) => page.evaluate(() => (window as unknown as { persistCalls: number }).persistCalls);

/** Fires Chromium's `beforeinstallprompt`, with a `prompt()` that records it was called. */
async function offerInstall(page: Page): Promise<void> {
  await page.evaluate(() => {
    const event = Object.assign(new Event('beforeinstallprompt', { cancelable: true }), {
      prompt: async () => {
        (window as unknown as { prompted: boolean }).prompted = true;
      },
      userChoice: Promise.resolve({ outcome: 'accepted' }),
    });
    window.dispatchEvent(event);
  });
}

test('the install button appears with beforeinstallprompt, installs, and asks to persist storage', async ({ page }) => {
  await recordPersist(page);
  await gotoApp(page, '/');
  const install = page.getByRole('button', { name: 'アプリをインストール' });
  await expect(install).toHaveCount(0);
  // The one-time "ready offline" notice comes first on a first visit; the install offer waits
  // behind it rather than replacing it, and takes its place once it is dismissed.
  const ready = page.getByTestId('offline-ready');
  await expect(ready).toBeVisible({ timeout: 20_000 });
  await offerInstall(page);
  await expect(ready).toBeVisible();
  await expect(install).toHaveCount(0);
  await ready.getByRole('button').click();
  await expect(install).toBeVisible();
  await install.click();
  await expect(install).toHaveCount(0);
  expect(await page.evaluate(() => (window as unknown as { prompted?: boolean }).prompted)).toBe(true);
  await expect.poll(() => persistCalls(page)).toBe(1);
});

test('an offer on screen is not swapped for one that arrives after it', async ({ page, context }) => {
  // Hold the worker's script back so the install offer is on screen before "ready offline".
  let release!: () => void;
  const held = new Promise<void>((resolve) => (release = resolve));
  await context.route('**/sw.js', async (route) => {
    await held;
    await route.continue();
  });
  await gotoApp(page, '/');
  const install = page.getByRole('button', { name: 'アプリをインストール' });
  await offerInstall(page);
  await expect(install).toBeVisible();
  release();
  await waitForController(page);
  // The worker has installed ("ready offline" now applies), yet the install offer stays put.
  await expect(page.getByTestId('install-offer')).toBeVisible();
  await expect(page.getByTestId('offline-ready')).toHaveCount(0);
  await page.getByTestId('install-offer').getByRole('button', { name: 'あとで' }).click();
  await expect(page.getByTestId('offline-ready')).toBeVisible();
});

test('the first bookmark asks the browser to keep the storage; /about shows the status', async ({ page }) => {
  await recordPersist(page);
  await gotoApp(page, '/pledges/1');
  await bookmarkButton(page.getByRole('main')).click();
  await expect.poll(() => persistCalls(page)).toBe(1);
  await gotoApp(page, '/about');
  const storage = page.getByTestId('storage-status');
  await expect(storage).toContainText('保存の状態：永続');
  await expect(storage).toContainText('使用量');
});

test('/about explains Add to Home Screen for iOS Safari', async ({ page }) => {
  await gotoApp(page, '/about');
  await expect(page.getByRole('heading', { name: 'ホーム画面に追加する' })).toBeVisible();
  await expect(page.getByRole('main')).toContainText('「ホーム画面に追加」');
});

test('each language links its own manifest, which opens the app in that language', async ({ page }) => {
  await gotoApp(page, '/');
  const href = () => page.locator('link[rel="manifest"]').getAttribute('href');
  expect(await href()).toMatch(/\/manifest\.webmanifest$/);
  await page.getByRole('link', { name: 'English', exact: true }).click();
  await expect(page.locator('html[data-app="ready"]')).toHaveCount(1);
  await expect.poll(href).toMatch(/\/manifest\.en\.webmanifest$/);
  const manifest = await page.evaluate(async (url) => (await fetch(url!)).json(), await href());
  expect(manifest.name).toBe('Bibai Pledge Tracker');
  expect(manifest.start_url).toBe('/en/');
  expect(manifest.scope).toBe('/');
  await page.getByRole('link', { name: '日本語', exact: true }).click();
  await expect.poll(href).toMatch(/\/manifest\.webmanifest$/);
});

test('the offline indicator says so in words, in either language', async ({ page, context }) => {
  await gotoApp(page, '/');
  await waitForController(page);
  await context.setOffline(true);
  await expect(page.getByTestId('offline-indicator')).toHaveText(/オフライン/);
  // Offline, the other language's page comes from the service worker.
  await page.getByRole('link', { name: 'English', exact: true }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.getByTestId('offline-indicator')).toHaveText(/Offline/);
  await context.setOffline(false);
  await expect(page.getByTestId('offline-indicator')).toHaveCount(0);
});
