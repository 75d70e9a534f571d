/** Bookmarks: toggle, survive reload, bookmarks page, live across tabs, export, import. */
import { readFile } from 'node:fs/promises';
import { expect, test, type Page } from '@playwright/test';
import { bookmarkButton, gotoApp, itemFor, jsonMentionsPledge, loadDataset, pledges, shownIds } from './helpers';

async function bookmarkOnPledgePage(page: Page, id: string): Promise<void> {
  await gotoApp(page, `/pledges/${id}`);
  const btn = bookmarkButton(page.getByRole('main'));
  await expect(btn).toHaveAttribute('aria-pressed', 'false');
  await btn.click();
  await expect(btn).toHaveAttribute('aria-pressed', 'true');
}

async function bookmarkedIds(page: Page): Promise<string[]> {
  await gotoApp(page, '/bookmarks');
  await expect(page.locator('h1')).toHaveText('ブックマーク');
  return (await shownIds(page)).sort();
}

async function exportBookmarks(page: Page): Promise<string> {
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'バックアップを書き出す' }).click();
  const file = await (await download).path();
  return readFile(file, 'utf8');
}

function importInput(page: Page) {
  return page.getByLabel('バックアップを読み込む', { exact: true }).and(page.locator('input[type="file"]'));
}

test('bookmark on the pledge page survives a reload and shows on /bookmarks', async ({ page }) => {
  await bookmarkOnPledgePage(page, '1');
  await page.reload();
  await expect(bookmarkButton(page.getByRole('main'))).toHaveAttribute('aria-pressed', 'true');
  await expect(page.getByTestId('pledge-title')).toBeVisible();
  expect(await bookmarkedIds(page)).toEqual(['1']);
  await expect(bookmarkButton(itemFor(page, '1'))).toHaveAttribute('aria-pressed', 'true');
});

test('bookmark toggle on a list item, and un-bookmarking removes it', async ({ page }) => {
  await gotoApp(page, '/pledges');
  const item = itemFor(page, '1');
  const btn = bookmarkButton(item);
  await expect(btn).toHaveAttribute('aria-pressed', 'false');
  expect(await btn.evaluate((el) => el.tagName)).toBe('BUTTON');
  await btn.click();
  await expect(btn).toHaveAttribute('aria-pressed', 'true');
  expect(await bookmarkedIds(page)).toEqual(['1']);

  const listed = bookmarkButton(itemFor(page, '1'));
  await listed.click();
  // Removed from the list (or shown un-pressed) once stored; then it must stay gone after a reload.
  await expect.poll(() => page.locator('[data-testid="pledge-item"] button[aria-pressed="true"]').count()).toBe(0);
  await page.reload();
  await expect(page.locator('h1')).toHaveText('ブックマーク');
  await expect(page.getByTestId('pledge-item')).toHaveCount(0);
});

test('a bookmark made in one tab appears live in another', async ({ page, context }) => {
  const other = await context.newPage();
  await gotoApp(other, '/bookmarks');
  await expect(other.getByTestId('pledge-item')).toHaveCount(0);

  await bookmarkOnPledgePage(page, '1');
  await expect(itemFor(other, '1')).toBeVisible();
  await other.close();
});

test('export gives valid JSON holding the bookmarks', async ({ page }) => {
  await bookmarkOnPledgePage(page, '1');
  await gotoApp(page, '/bookmarks');
  const text = await exportBookmarks(page);
  let json: unknown;
  expect(() => (json = JSON.parse(text))).not.toThrow();
  expect(jsonMentionsPledge(json, '1'), `exported file mentions pledge 1: ${text.slice(0, 300)}`).toBe(true);
});

const BAD_FILES = [
  { what: 'broken JSON', name: 'broken.json', body: '{"bookmarks": [ {"id": "1"' },
  { what: 'wrong shape', name: 'wrong.json', body: JSON.stringify({ hello: 'world', bookmarks: 'nope' }) },
  { what: 'unknown pledge ids of a wrong type', name: 'types.json', body: JSON.stringify([{ id: 42, addedAt: 'yesterday' }]) },
];

for (const bad of BAD_FILES) {
  test(`importing a bad file (${bad.what}) shows an alert and changes nothing`, async ({ page }) => {
    await bookmarkOnPledgePage(page, '1');
    expect(await bookmarkedIds(page)).toEqual(['1']);

    await importInput(page).setInputFiles({ name: bad.name, mimeType: 'application/json', buffer: Buffer.from(bad.body) });
    const alert = page.getByRole('alert').filter({ hasText: /\S/ });
    await expect(alert.first()).toBeVisible();

    await expect(page.getByTestId('pledge-item')).toHaveCount(1);
    await page.reload();
    await expect(page.locator('h1')).toHaveText('ブックマーク');
    await expect.poll(() => shownIds(page)).toEqual(['1']);
  });
}

test('a bookmarks file exported by an earlier version still imports', async ({ page }) => {
  await gotoApp(page, '/bookmarks');
  const old = { format: 'bibai-pledge-bookmarks', version: 1, exportedAt: '2024-12-01T00:00:00.000Z', bookmarks: [{ pledgeId: '20', addedAt: '2024-12-01T00:00:00.000Z' }] };
  await importInput(page).setInputFiles({ name: 'bibai-bookmarks-2024-12-01.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(old)) });
  await expect.poll(() => shownIds(page)).toEqual(['20']);
});

test('importing an exported file adds its bookmarks', async ({ page, browser }) => {
  const ids = pledges.slice(0, 2).map((p) => p.id);
  for (const id of ids) await bookmarkOnPledgePage(page, id);
  await gotoApp(page, '/bookmarks');
  const exported = await exportBookmarks(page);

  // A fresh profile with no bookmarks imports the file.
  const fresh = await browser.newContext();
  try {
    const p2 = await fresh.newPage();
    // It already has one bookmark of its own, which the import must keep.
    const own = pledges[2]!.id;
    await bookmarkOnPledgePage(p2, own);
    const all = [...ids, own].sort();
    await gotoApp(p2, '/bookmarks');
    await expect.poll(() => shownIds(p2)).toEqual([own]);
    await importInput(p2).setInputFiles({ name: 'bookmarks.json', mimeType: 'application/json', buffer: Buffer.from(exported) });
    await expect.poll(async () => (await shownIds(p2)).sort()).toEqual(all);
    await expect(p2.getByRole('alert').filter({ hasText: /\S/ })).toHaveCount(0);
    await p2.reload();
    await expect(p2.locator('h1')).toHaveText('ブックマーク');
    await expect.poll(async () => (await shownIds(p2)).sort()).toEqual(all);
  } finally {
    await fresh.close();
  }
});

test.describe('dataset updates', () => {
  // page.route does not see requests a service worker answers.
  test.use({ serviceWorkers: 'block' });

  test('a bookmark whose pledge left the dataset is kept and shown as such', async ({ page }) => {
    await bookmarkOnPledgePage(page, '1');
    const next = loadDataset();
    next.pledges = next.pledges.filter((p) => p.id !== '1');
    next.version = `${next.version}-without-1`;
    let hits = 0;
    await page.route('**/data/pledges.json*', async (route) => {
      hits++;
      await route.fulfill({ status: 200, contentType: 'application/json', body: JSON.stringify(next) });
    });
    await gotoApp(page, '/bookmarks');
    expect(hits).toBeGreaterThan(0);
    // The list no longer has pledge 1 ...
    await gotoApp(page, '/pledges');
    await expect(page.getByTestId('result-count')).toHaveText(new RegExp(`(^|\\D)${next.pledges.length}\\s*件`));
    // ... but the bookmark is still there, saying so.
    await gotoApp(page, '/bookmarks');
    const items = page.getByTestId('pledge-item');
    await expect(items).toHaveCount(1);
    await expect(items.first()).toContainText('1');
  });
});
