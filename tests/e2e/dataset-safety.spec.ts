/** The dataset is shown as text, never as markup; an invalid dataset shows a clear error. */
import { expect, test, type Page } from '@playwright/test';
import { datasetText, loadDataset } from './helpers';

// Requests answered by a service worker bypass page.route: keep the worker out of these tests.
test.use({ serviceWorkers: 'block' });

const INJECT = '<img src=x onerror=alert(1)>';
const SCRIPT = '<script>alert(2)</script>';

async function serveDataset(page: Page, body: string): Promise<{ hits: number }> {
  const served = { hits: 0 };
  await page.route('**/data/pledges.json*', async (route) => {
    served.hits++;
    await route.fulfill({ status: 200, contentType: 'application/json', body });
  });
  return served;
}

test('markup in the dataset is shown literally and never runs', async ({ page }) => {
  const data = loadDataset();
  const p = data.pledges[0]!;
  p.summary = `${INJECT} ${p.summary}`;
  if (p.statusReason) p.statusReason = `${SCRIPT} ${p.statusReason}`;
  p.title.ja = `${p.title.ja}<b>太字</b>`;
  data.version = `${data.version}-xss`;
  const served = await serveDataset(page, JSON.stringify(data));

  const dialogs: string[] = [];
  page.on('dialog', async (d) => {
    dialogs.push(d.message());
    await d.dismiss();
  });

  await page.goto(`/pledges/${p.id}`);
  const main = page.getByRole('main');
  await expect(main).toContainText(INJECT);
  if (p.statusReason) await expect(main).toContainText(SCRIPT);
  await expect(page.getByTestId('pledge-title')).toContainText('<b>太字</b>');
  expect(served.hits, 'the app loaded the dataset through the intercepted URL').toBeGreaterThan(0);
  await expect(page.locator('img[src="x"]')).toHaveCount(0);
  await expect(page.locator('main b', { hasText: '太字' })).toHaveCount(0);

  // The list and search results (with <mark>) must stay text too.
  await page.goto(`/pledges?q=${encodeURIComponent('onerror')}`);
  await expect(page.getByTestId('pledge-item').first()).toContainText(INJECT);
  await expect(page.locator('img[src="x"]')).toHaveCount(0);
  expect(dialogs).toEqual([]);
});

const INVALID = [
  { what: 'wrong shape', body: JSON.stringify({ schemaVersion: 1, pledges: 'nope' }) },
  { what: 'broken JSON', body: datasetText().slice(0, 500) },
  {
    what: 'a pledge with an unknown status',
    body: (() => {
      const d = loadDataset();
      (d.pledges[0] as { status: string }).status = 'finished';
      d.version = `${d.version}-bad`;
      return JSON.stringify(d);
    })(),
  },
];

for (const bad of INVALID) {
  test(`an invalid dataset (${bad.what}) shows a clear error, not a blank page`, async ({ page }) => {
    const served = await serveDataset(page, bad.body);
    await page.goto('/pledges');
    const message = page.getByRole('alert').filter({ hasText: /\S/ });
    await expect(message.first()).toBeVisible();
    expect(served.hits).toBeGreaterThan(0);
    expect((await page.locator('body').innerText()).trim().length).toBeGreaterThan(0);
    await expect(page.getByTestId('pledge-item')).toHaveCount(0);
  });
}
