/** Filtered views are deep links: the URL reproduces the view, and filter changes replace the URL. */
import { expect, test } from '@playwright/test';
import {
  expectResults,
  facet,
  gotoApp,
  idsMatching,
  pledges,
  searchBox,
  shownIds,
  statusName,
  policyName,
} from './helpers';

const byStatus = (...s: string[]) => pledges.filter((p) => s.includes(p.status)).map((p) => p.id);

test('/pledges lists every pledge with the result count', async ({ page }) => {
  await gotoApp(page, '/pledges');
  await expect(page.locator('h1')).toHaveText('公約一覧');
  await expectResults(page, pledges.length);
  expect(await shownIds(page)).toEqual(pledges.map((p) => p.id));
  await expect(page.getByTestId('result-count')).toHaveAttribute('role', 'status');
  await expect(facet(page, '基本施策')).toBeVisible();
  await expect(facet(page, '担当部署')).toBeVisible();
  await expect(facet(page, '進捗状況')).toBeVisible();
  await expect(page.getByTestId('pledge-item').first().getByTestId('status-badge')).not.toHaveText('');
});

test('deep link ?status=delayed&status=not-started reproduces the view', async ({ page }) => {
  await gotoApp(page, '/pledges?status=delayed&status=not-started');
  const expected = byStatus('delayed', 'not-started');
  await expectResults(page, expected.length);
  expect((await shownIds(page)).sort()).toEqual([...expected].sort());

  const statusFacet = facet(page, '進捗状況');
  await expect(statusFacet.getByRole('checkbox', { name: new RegExp(statusName('delayed')!) })).toBeChecked();
  await expect(statusFacet.getByRole('checkbox', { name: new RegExp(statusName('not-started')!) })).toBeChecked();
  await expect(statusFacet.getByRole('checkbox', { name: new RegExp(statusName('on-track')!) })).not.toBeChecked();
});

test('deep link ?policy=1&dept=こども未来課 combines different keys with AND', async ({ page }) => {
  await gotoApp(page, `/pledges?policy=1&dept=${encodeURIComponent('こども未来課')}`);
  const expected = pledges
    .filter((p) => p.policy === 1 && p.departments.some((d) => d.name === 'こども未来課'))
    .map((p) => p.id);
  await expectResults(page, expected.length);
  expect((await shownIds(page)).sort()).toEqual([...expected].sort());
  await expect(facet(page, '基本施策').getByRole('checkbox', { name: new RegExp(policyName(1)) })).toBeChecked();
  await expect(facet(page, '担当部署').getByRole('checkbox', { name: /こども未来課/ })).toBeChecked();
});

test('deep link with q fills the search field and filters', async ({ page }) => {
  const q = '保育';
  await gotoApp(page, `/pledges?policy=1&q=${encodeURIComponent(q)}`);
  await expect(searchBox(page)).toHaveValue(q);
  const ids = await shownIds(page);
  const lower = [...idsMatching(q)].filter((id) => pledges.find((p) => p.id === id)!.policy === 1);
  const upper = new Set([...idsMatching(q, 'anywhere')].filter((id) => pledges.find((p) => p.id === id)!.policy === 1));
  await expect(page.getByTestId('result-count')).toHaveText(new RegExp(`(^|\\D)${ids.length}\\s*件`));
  expect(ids.length).toBeGreaterThan(0);
  for (const id of ids) expect(upper.has(id), `result ${id} matches q and policy`).toBe(true);
  // Everything whose title/summary/... holds the word is found (lower bound).
  for (const id of lower) expect(ids).toContain(id);
});

test('facet counts reflect the other filters', async ({ page }) => {
  await gotoApp(page, '/pledges?policy=1');
  const inPolicy = pledges.filter((p) => p.policy === 1);
  const status = inPolicy[0]!.status;
  const n = inPolicy.filter((p) => p.status === status).length;
  const label = facet(page, '進捗状況').locator('label').filter({ hasText: statusName(status)! }).first();
  await expect(label).toContainText(new RegExp(`(^|\\D)${n}(\\D|$)`));
});

test('changing filters updates the URL with replace, not a history entry per change', async ({ page }) => {
  await gotoApp(page, '/pledges');
  await expectResults(page, pledges.length);
  const before = await page.evaluate(() => history.length);

  const status = pledges[0]!.status;
  await facet(page, '進捗状況').getByRole('checkbox', { name: new RegExp(statusName(status)!) }).check();
  await expect(page).toHaveURL(new RegExp(`[?&]status=${status}`));
  await expectResults(page, byStatus(status).length);

  const q = pledges[0]!.title.ja.slice(0, 4);
  await searchBox(page).pressSequentially(q, { delay: 50 });
  await expect.poll(() => new URL(page.url()).searchParams.get('q')).toBe(q);
  expect(new URL(page.url()).searchParams.getAll('status')).toEqual([status]);

  expect(await page.evaluate(() => history.length), 'history does not grow per keystroke or click').toBe(before);

  // The URL now reproduces the view on its own.
  const url = page.url();
  const ids = await shownIds(page);
  await gotoApp(page, url);
  await expect.poll(() => shownIds(page)).toEqual(ids);
});

test('clear all removes every filter', async ({ page }) => {
  await gotoApp(page, `/pledges?status=not-started&policy=1&q=${encodeURIComponent('保育')}`);
  await page.getByRole('button', { name: 'すべてクリア' }).click();
  await expectResults(page, pledges.length);
  await expect(searchBox(page)).toHaveValue('');
  await expect.poll(() => new URL(page.url()).search).toBe('');
});

test('a filter with no result shows the empty state', async ({ page }) => {
  await gotoApp(page, `/pledges?q=${encodeURIComponent('該当なしのはずの語zzzqqq')}`);
  await expect(page.getByTestId('empty-state')).toBeVisible();
  await expect(page.getByTestId('pledge-item')).toHaveCount(0);
  await expect(page.getByTestId('result-count')).toHaveText(/(^|\D)0\s*件/);
});

test('facets are keyboard operable', async ({ page }) => {
  await gotoApp(page, '/pledges');
  const status = pledges[0]!.status;
  const box = facet(page, '進捗状況').getByRole('checkbox', { name: new RegExp(statusName(status)!) });
  await box.focus();
  await page.keyboard.press('Space');
  await expect(box).toBeChecked();
  await expect(page).toHaveURL(new RegExp(`[?&]status=${status}`));
  await expectResults(page, byStatus(status).length);
});
