/** One pledge: title, status, KPI table, sections, prev/next, policy and department links, source, share. */
import { expect, test } from '@playwright/test';
import { bookmarkButton, disableWebShare, gotoApp, pledgeById, pledges, statusName, titleRe } from './helpers';

const first = pledgeById('1');

test('pledge 1 shows its title, status, KPI table and sections in order', async ({ page }) => {
  await gotoApp(page, '/pledges/1');
  await expect(page).toHaveTitle(titleRe(`1. ${first.title.ja}`));
  const h1 = page.locator('h1');
  await expect(h1).toHaveCount(1);
  await expect(page.getByTestId('pledge-title')).toContainText(first.title.ja);
  await expect(h1).toContainText(first.title.ja);
  await expect(page.getByTestId('status-badge').first()).toHaveText(new RegExp(statusName(first.status)!));

  const main = page.getByRole('main');
  await expect(main).toContainText(first.summary);
  for (const prog of first.relatedPrograms) await expect(main).toContainText(prog);
  for (const d of first.departments) await expect(main).toContainText(d.name);
  if (first.statusReason) await expect(main).toContainText(first.statusReason);

  if (first.kpis.length > 0) {
    const table = main.locator('table').first();
    await expect(table).toBeVisible();
    await expect(table.locator('caption')).not.toHaveText('');
    await expect(table).toContainText(first.kpis[0]!.name);
  }
  for (const step of first.plan) await expect(main).toContainText(step.text);
  for (const list of Object.values(first.sections)) for (const para of list) await expect(main).toContainText(para);

  // h2 headings exist and appear in document order (summary before KPIs before status/sections).
  const h2s = await main.locator('h2').allTextContents();
  expect(h2s.length).toBeGreaterThanOrEqual(3);
  // After the at-a-glance block, which quotes the reason and the KPI first by design.
  const all = (await main.innerText()).replace(/\s+/g, '');
  const glance = (await page.getByTestId('glance').innerText()).replace(/\s+/g, '');
  const text = all.slice(all.indexOf(glance) + glance.length);
  const order = [first.summary, first.kpis[0]?.name, first.plan[0]?.text, first.statusReason]
    .filter((x): x is string => !!x)
    .map((x) => text.indexOf(x.replace(/\s+/g, '')));
  expect(order, 'summary, KPIs, plan and status reason appear in the card order').toEqual([...order].sort((a, b) => a - b));
});

test('every pledge id in the dataset has its own page', async ({ page }) => {
  test.slow();
  for (const p of pledges) {
    await gotoApp(page, `/pledges/${p.id}`);
    await expect(page.getByTestId('pledge-title')).toContainText(p.title.ja);
    await expect(page).toHaveTitle(titleRe(`${p.id}. ${p.title.ja}`));
  }
});

test('previous / next links follow the dataset order', async ({ page }) => {
  test.skip(pledges.length < 2, 'dataset has one pledge so far');
  const i = Math.min(1, pledges.length - 2);
  const p = pledges[i]!;
  await gotoApp(page, `/pledges/${p.id}`);
  const next = page.getByRole('link', { name: /次の公約/ });
  await expect(next).toHaveAttribute('href', new RegExp(`/pledges/${pledges[i + 1]!.id}$`));
  if (i > 0) {
    await expect(page.getByRole('link', { name: /前の公約/ })).toHaveAttribute('href', new RegExp(`/pledges/${pledges[i - 1]!.id}$`));
  }
  await next.click();
  await expect(page).toHaveURL(new RegExp(`/pledges/${pledges[i + 1]!.id}$`));
  await expect(page.getByTestId('pledge-title')).toContainText(pledges[i + 1]!.title.ja);
});

test('policy and department links open the filtered list', async ({ page }) => {
  await gotoApp(page, '/pledges/1');
  const main = page.getByRole('main');
  await expect(main.locator(`a[href*="/pledges?policy=${first.policy}"]`).first()).toBeVisible();
  for (const d of first.departments) {
    const hrefs = await main.locator('a[href*="/pledges?dept="]').evaluateAll((as) =>
      as.map((a) => new URL((a as HTMLAnchorElement).href).searchParams.get('dept')),
    );
    expect(hrefs).toContain(d.name);
  }
  await main.locator(`a[href*="/pledges?dept="]`).first().click();
  await expect(page).toHaveURL(/\/pledges\?dept=/);
  await expect(page.locator('h1')).toHaveText('公約一覧');
});

test('the source text is shown in a details element', async ({ page }) => {
  await gotoApp(page, '/pledges/1');
  const details = page.locator('details').filter({ has: page.locator('summary', { hasText: '原文を表示' }) });
  await expect(details).toHaveCount(1);
  const pre = details.locator('pre');
  await expect(pre).toBeHidden();
  await details.locator('summary').click();
  await expect(pre).toBeVisible();
  const firstLine = first.source.text.split('\n').find((l) => l.trim().length > 0)!;
  await expect(pre).toContainText(firstLine);
  expect((await pre.textContent())!.replace(/\s+/g, '')).toBe(first.source.text.replace(/\s+/g, ''));
});

test('share copies the canonical link and confirms in a status region', async ({ page, context, baseURL }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseURL! });
  await disableWebShare(page);
  await gotoApp(page, '/pledges/1');
  await page.getByRole('button', { name: /^共有/ }).first().click();
  await expect(page.getByRole('status').filter({ hasText: 'リンクをコピーしました' })).toBeVisible();
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toBe(new URL('/pledges/1', baseURL).href);
});

test('the pledge page has a bookmark toggle', async ({ page }) => {
  await gotoApp(page, '/pledges/1');
  const btn = bookmarkButton(page.getByRole('main'));
  await expect(btn).toHaveAttribute('aria-pressed', 'false');
  expect(await btn.evaluate((el) => el.tagName)).toBe('BUTTON');
});
