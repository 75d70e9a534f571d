/**
 * Dataset updates without an app release, with the service worker in the way: a new report on
 * the server reaches the reader on the next online visit, with a notice and a change list, and
 * the earlier report is kept; a broken file is refused and the stored data stays.
 */
import { expect, test, type Page } from '@playwright/test';
import { dataset, loadDataset, pledges, statusName, waitForApp } from './helpers';
import { startStaticServer, type StaticServer } from '../../src/build/static-server';
import { DATASET_URL_PATH, DIST, waitForController } from './pwa-helpers';

test.use({ serviceWorkers: 'allow' });

let server: StaticServer;
test.beforeAll(async () => {
  server = await startStaticServer({ root: DIST, fallback: 'spa' });
});
test.beforeEach(() => {
  server.overrides.delete(DATASET_URL_PATH);
});
test.afterAll(async () => {
  await server?.close();
});

/** First visit: the worker controls the page and the build's dataset is in IndexedDB. */
async function firstVisit(page: Page): Promise<void> {
  await page.goto(`${server.url}/pledges`);
  await waitForApp(page);
  await waitForController(page);
  await expect(page.getByTestId('pledge-item')).toHaveCount(pledges.length);
}

test('a new dataset reaches the reader on the next online visit, with what changed', async ({ page }) => {
  await firstVisit(page);
  const target = pledges.find((p) => p.status !== 'delayed')!;
  const next = loadDataset();
  next.asOf = '2099-01';
  next.version = `2099-01.e2e-next`;
  next.pledges.find((p) => p.id === target.id)!.status = 'delayed';
  server.overrides.set(DATASET_URL_PATH, JSON.stringify(next));
  const hits = server.requests(DATASET_URL_PATH);

  // Opened directly, the dataset URL is the server's file too, not the precached copy.
  const direct = await page.goto(`${server.url}/data/pledges.json`);
  expect(JSON.parse((await direct?.text()) ?? '{}').version).toBe(next.version);

  await page.goto(`${server.url}/pledges`);
  await waitForApp(page);
  expect(server.requests(DATASET_URL_PATH), 'the worker let the request reach the server').toBeGreaterThan(hits);
  await expect(page.getByRole('status').filter({ hasText: 'データを更新しました' })).toBeVisible();

  await page.goto(`${server.url}/pledges/${target.id}`);
  await waitForApp(page);
  await expect(page.getByTestId('glance').getByTestId('status-badge')).toHaveAttribute('data-status', 'delayed');

  await page.goto(`${server.url}/about`);
  await waitForApp(page);
  const change = page.getByTestId('update-history').getByTestId('status-change');
  await expect(change).toHaveCount(1);
  await expect(change).toContainText(`公約${target.id}`);
  await expect(change).toContainText(`${statusName(target.status) ?? '記載なし'} → ${statusName('delayed')}`);

  // The new copy is the stored one: offline, it is still what the reader sees.
  await page.context().setOffline(true);
  await page.goto(`${server.url}/pledges/${target.id}`);
  await waitForApp(page);
  await expect(page.getByTestId('glance').getByTestId('status-badge')).toHaveAttribute('data-status', 'delayed');
});

const BROKEN = [
  { what: 'broken JSON', body: () => '{"schemaVersion": 1, "version": "x", "pledges": [', path: '(root)' },
  {
    what: 'an unknown status',
    body: () => {
      const d = loadDataset();
      d.version = `${dataset.version}-e2e-bad`;
      (d.pledges[1] as { status: string }).status = 'finished';
      return JSON.stringify(d);
    },
    path: 'pledges[1].status',
  },
];

for (const bad of BROKEN) {
  test(`a dataset with ${bad.what} is refused: the stored data stays and the reader is told`, async ({ page }) => {
    await firstVisit(page);
    const errors: string[] = [];
    page.on('console', (m) => {
      if (m.type() === 'error') errors.push(m.text());
    });
    server.overrides.set(DATASET_URL_PATH, bad.body());
    await page.reload();
    await waitForApp(page);
    await expect(page.getByRole('main')).toContainText('新しいデータの形式が正しくなかったため');
    await expect(page.getByTestId('pledge-item')).toHaveCount(pledges.length);
    await expect(page.getByTestId('pledge-item').nth(1).getByTestId('status-badge')).toHaveAttribute('data-status', pledges[1]!.status);
    expect(errors.join('\n')).toContain(bad.path);
  });
}
