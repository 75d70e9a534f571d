/** The overview's counts link into the filtered list; the about page tells source, license, privacy. */
import { expect, test } from '@playwright/test';
import { dataset, expectResults, gotoApp, pledges, type StatusId } from './helpers';

test('overview shows the as-of year and links each status count to the filtered list', async ({ page }) => {
  await gotoApp(page, '/');
  const year = dataset.asOf.slice(0, 4);
  await expect(page.getByRole('main')).toContainText(year);

  const present = [...new Set(pledges.map((p) => p.status))];
  for (const status of present) {
    await expect(page.locator(`main a[href*="status=${status}"]`).first()).toBeVisible();
  }

  // Follow one status link (the most common status) and check the list it opens.
  const counts = new Map<StatusId, number>();
  for (const p of pledges) counts.set(p.status, (counts.get(p.status) ?? 0) + 1);
  const [status, n] = [...counts.entries()].sort((a, b) => b[1] - a[1])[0]!;
  await page.locator(`main a[href*="status=${status}"]`).first().click();
  await expect(page).toHaveURL(new RegExp(`/pledges\\?.*status=${status}`));
  await expectResults(page, n);
});

test('overview links each basic policy count to the filtered list', async ({ page }) => {
  await gotoApp(page, '/');
  const policies = [...new Set(pledges.map((p) => p.policy))];
  for (const policy of policies) {
    await expect(page.locator(`main a[href*="policy=${policy}"]`).first()).toBeVisible();
  }
  const policy = policies[0]!;
  await page.locator(`main a[href*="policy=${policy}"]`).first().click();
  await expect(page).toHaveURL(new RegExp(`/pledges\\?.*policy=${policy}`));
  await expectResults(page, pledges.filter((p) => p.policy === policy).length);
});

test('about page tells the source, as-of date, license and privacy', async ({ page }) => {
  await gotoApp(page, '/about');
  const main = page.getByRole('main');
  await expect(main).toContainText(dataset.asOf.slice(0, 4));
  await expect(main).toContainText('CC BY 4.0');
  await expect(main).toContainText('美唄市');
});
