/**
 * App updates: two builds that differ; after the server switches to the second, the
 * new worker waits, the page shows 新しいバージョンがあります without reloading by itself, and
 * the reload button moves the page to the new version.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { waitForApp } from './helpers';
import { startStaticServer, type StaticServer } from '../../src/build/static-server';
import { buildApp, waitForController } from './pwa-helpers';

test.use({ serviceWorkers: 'allow' });

let dir: string;
let server: StaticServer;
test.beforeAll(async () => {
  test.setTimeout(240_000);
  dir = mkdtempSync(join(tmpdir(), 'bibai-update-'));
  buildApp(join(dir, 'a'), 'e2e-a');
  buildApp(join(dir, 'b'), 'e2e-b');
  server = await startStaticServer({ root: join(dir, 'a'), fallback: 'spa' });
});
test.afterAll(async () => {
  await server?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

const appVersion = (page: Page) => page.getByRole('main').getByText(/^アプリの版：/);

test('a new version waits, is offered, and is applied only when the reader asks', async ({ page }) => {
  await page.goto(`${server.url}/about`);
  await waitForApp(page);
  await waitForController(page);
  await expect(appVersion(page)).toHaveText(/\+e2e-a$/);

  // The city's server now has the new release; the reader comes back to the app.
  server.root = join(dir, 'b');
  await page.evaluate(() => {
    (window as unknown as { stillHere: boolean }).stillHere = true;
    document.dispatchEvent(new Event('visibilitychange'));
  });

  // First visit: the one-time "ready offline" notice is on screen, and the update offer waits
  // behind it instead of replacing it under the reader's thumb.
  const waiting = () => page.evaluate(() => navigator.serviceWorker.getRegistration().then((r) => !!r?.waiting));
  await expect.poll(waiting, { timeout: 20_000 }).toBe(true);
  const ready = page.getByTestId('offline-ready');
  await expect(ready).toBeVisible();
  const prompt = page.getByTestId('update-prompt');
  await expect(prompt).toHaveCount(0);
  await ready.getByRole('button').click();
  await expect(prompt).toBeVisible();
  await expect(prompt).toContainText('新しいバージョンがあります');

  // Nothing happens under the reader's thumb: same page, same version, until they press reload.
  await page.waitForTimeout(1500);
  expect(await page.evaluate(() => (window as unknown as { stillHere?: boolean }).stillHere)).toBe(true);
  await expect(appVersion(page)).toHaveText(/\+e2e-a$/);

  await Promise.all([page.waitForEvent('load'), prompt.getByRole('button', { name: '再読み込み' }).click()]);
  await waitForApp(page);
  await expect(appVersion(page)).toHaveText(/\+e2e-b$/);
  expect(await page.evaluate(() => (window as unknown as { stillHere?: boolean }).stillHere)).toBeUndefined();
  await expect(page.getByTestId('update-prompt')).toHaveCount(0);
  expect(await page.evaluate(() => navigator.serviceWorker.getRegistration().then((r) => !!r?.waiting))).toBe(false);
});
