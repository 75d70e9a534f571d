/**
 * A tab left open on an old database schema: when another tab opens a newer schema,
 * the old tab closes its connection (so the upgrade is not blocked) and reloads cleanly, with
 * the reader's bookmarks intact.
 */
import { expect, test } from '@playwright/test';
import { bookmarkButton, gotoApp, waitForApp } from './helpers';

test('an old tab reloads cleanly when another tab upgrades the database', async ({ page, context }) => {
  await gotoApp(page, '/pledges/1');
  const button = bookmarkButton(page.getByRole('main'));
  await button.click();
  await expect(button).toHaveAttribute('aria-pressed', 'true');
  await page.evaluate(() => ((window as unknown as { oldTab: boolean }).oldTab = true));

  // Another tab of the same origin (a plain file, so no old app runs in it) opens a newer schema.
  const reloaded = page.waitForEvent('load');
  const other = await context.newPage();
  await other.goto('/favicon.svg');
  const upgraded = await other.evaluate(async () => {
    const info = (await indexedDB.databases()).find((d) => d.name === 'bibai-pledges');
    const next = (info?.version ?? 0) + 10;
    await new Promise<void>((resolve, reject) => {
      const req = indexedDB.open('bibai-pledges', next);
      req.onupgradeneeded = () => req.result.createObjectStore('fromTheFuture');
      req.onsuccess = () => {
        req.result.close();
        resolve();
      };
      req.onerror = () => reject(req.error ?? new Error('cannot open the database'));
      // Blocked means the old tab kept its connection open: the test fails on the timeout.
      req.onblocked = () => reject(new Error('blocked by the old tab'));
    });
    return next;
  });
  expect(upgraded).toBeGreaterThan(10);

  await reloaded;
  await waitForApp(page);
  expect(await page.evaluate(() => (window as unknown as { oldTab?: boolean }).oldTab ?? false)).toBe(false);
  await expect(bookmarkButton(page.getByRole('main'))).toHaveAttribute('aria-pressed', 'true');
  await expect(page.getByRole('main')).not.toContainText('ブックマークはページを閉じると消えます');
});
