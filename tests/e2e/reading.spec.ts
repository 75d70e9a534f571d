/**
 * Reading for everyone: each pledge at a glance on a phone's first screen, plain explanations of
 * the roadmap's words reachable by keyboard, Japanese titles that break between phrases.
 */
import { expect, test, type Page } from '@playwright/test';
import { formatViolations, gotoApp, pledgeById, pledges, runAxe, statusName } from './helpers';

const NO_KPI = pledges.find((p) => p.kpis.length === 0)!;

async function expectInFirstScreen(page: Page, testId: string): Promise<void> {
  const box = await page.getByTestId(testId).boundingBox();
  expect(box, `${testId} is rendered`).not.toBeNull();
  const height = page.viewportSize()!.height;
  expect(box!.y, `${testId} starts on the first screen`).toBeGreaterThanOrEqual(0);
  expect(box!.y + box!.height, `${testId} ends within the first ${height} px`).toBeLessThanOrEqual(height);
}

test.describe('at a glance, 390 × 844', () => {
  test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });

  for (const id of ['20', '25', '5', NO_KPI.id]) {
    test(`pledge ${id}: status, headline number and next step on the first screen`, async ({ page }) => {
      const p = pledgeById(id);
      await gotoApp(page, `/pledges/${id}`);
      await expectInFirstScreen(page, 'glance');
      const glance = page.getByTestId('glance');
      await expect(glance.getByTestId('status-badge')).toHaveText(new RegExp(statusName(p.status) ?? '進捗'));
      const reason = p.statusReason?.trim();
      if (reason) await expect(glance.getByTestId('glance-status')).toContainText(reason.slice(0, Math.min(12, reason.search(/[。\n]|$/))));
      const kpi = glance.getByTestId('glance-kpi');
      if (p.kpis.length === 0) await expect(kpi).toHaveText(/KPI/);
      else await expect(kpi).toContainText(p.kpis[0]!.name.split('\n')[0]!.slice(0, 8));
      const next = p.sections.nextSteps.find((s) => s.trim() !== '');
      if (next) await expect(glance.getByTestId('glance-next')).toContainText(next.trim().slice(0, 8));
    });
  }

  test('pledge 20 quotes its reported actual against the target with the rate and year', async ({ page }) => {
    await gotoApp(page, '/pledges/20');
    await expect(page.getByTestId('glance-kpi')).toContainText('23.6億円');
    await expect(page.getByTestId('glance-kpi')).toContainText('20億円');
    await expect(page.getByTestId('glance-kpi')).toContainText('118');
    await expect(page.getByTestId('glance-kpi')).toContainText('2023年度');
  });

  test('the list shows the first sentence of each status reason', async ({ page }) => {
    await gotoApp(page, '/pledges');
    const p = pledges.find((x) => x.statusReason && x.statusReason.includes('。'))!;
    const item = page.getByTestId('pledge-item').filter({ has: page.locator(`a[href$="/pledges/${p.id}"]`) });
    await expect(item.getByTestId('item-reason')).toHaveText(p.statusReason!.slice(0, p.statusReason!.indexOf('。') + 1));
  });

  test('English page: the same three answers, in English', async ({ page }) => {
    await gotoApp(page, '/en/pledges/20');
    await expect(page.getByTestId('glance')).toContainText('How it is going');
    await expect(page.getByTestId('glance')).toContainText('Key figure');
    await expect(page.getByTestId('glance')).toContainText('Next');
  });
});

test.describe('plain explanations', () => {
  test('a section’s term opens by keyboard, says it is the app’s own text and links to the list', async ({ page }) => {
    await gotoApp(page, '/pledges/20');
    const button = page.getByRole('button', { name: '「担当部署」の説明' });
    await button.focus();
    await expect(button).toBeFocused();
    await expect(button).toHaveAttribute('aria-expanded', 'false');
    await page.keyboard.press('Enter');
    await expect(button).toHaveAttribute('aria-expanded', 'true');
    const def = page.locator(`#${await button.getAttribute('aria-controls')}`);
    await expect(def).toContainText('市役所の部や課');
    await expect(def).toContainText('アプリによるもので、市の資料ではありません');
    await page.keyboard.press('Space');
    await expect(button).toHaveAttribute('aria-expanded', 'false');
    await expect(def).toHaveCount(0);
  });

  test('the status explains what it means and whose assessment it is', async ({ page }) => {
    const p = pledgeById('20');
    await gotoApp(page, '/pledges/20');
    await page.getByRole('button', { name: '「進捗状況」の説明' }).first().click();
    const def = page.getByTestId('term-def');
    await expect(def).toContainText('担当部署が自分で評価');
    await expect(def).toContainText(statusName(p.status)!);
    await expect(def).toContainText('計画より早く進んでいる');
  });

  test('the KPI words are explained under the KPI heading', async ({ page }) => {
    await gotoApp(page, '/pledges/20');
    for (const [name, text] of [
      ['現状値（指標設定時）', 'KPIを決めたとき'],
      ['達成率', '実績値を目標値で割った'],
      ['年度（R5〜R9）', '令和5年度'],
    ] as const) {
      await page.getByRole('button', { name: `「${name}」の説明` }).click();
      await expect(page.getByTestId('term-def')).toContainText(text);
    }
  });

  test('every term is listed on /about, in both languages, and the link lands on it', async ({ page }) => {
    await gotoApp(page, '/pledges/20');
    await page.getByRole('button', { name: '「関連事務事業」の説明' }).click();
    await page.getByRole('link', { name: '用語の説明をすべて見る' }).click();
    await expect(page).toHaveURL(/\/about#term-programs$/);
    const list = page.getByTestId('glossary');
    for (const term of ['基本施策', '公約事業', '担当部署', '関連事務事業', '重要業績成果指標（KPI）', '現状値（指標設定時）', '目標値', '実績値', '達成率', '経営会議', '進捗状況']) {
      await expect(list.locator('dt', { hasText: term }).first()).toBeVisible();
    }
    await expect(list).toContainText('令和5年度');
    await gotoApp(page, '/en/about');
    await expect(page.getByTestId('glossary')).toContainText('Achievement rate');
    await expect(page.getByTestId('glossary')).toContainText('Management meeting');
  });

  for (const scheme of ['light', 'dark'] as const) {
    test(`axe: a pledge page with an explanation open (${scheme})`, async ({ page }) => {
      await page.emulateMedia({ colorScheme: scheme });
      await gotoApp(page, '/pledges/20');
      await page.getByRole('button', { name: '「担当部署」の説明' }).click();
      await expect(page.getByTestId('term-def')).toBeVisible();
      const violations = await runAxe(page);
      expect(violations, formatViolations(violations)).toEqual([]);
    });
  }
});

test.describe('Japanese line breaks', () => {
  test('a title carries its phrase breaks and still reads as its text', async ({ page }) => {
    await gotoApp(page, '/pledges/20');
    const h1 = page.getByTestId('pledge-title');
    await expect(h1.locator('wbr')).not.toHaveCount(0);
    await expect(h1).toHaveText(pledgeById('20').title.ja);
    const style = await h1.evaluate((el) => getComputedStyle(el).wordBreak);
    expect(['auto-phrase', 'keep-all']).toContain(style);
  });

  test.describe('320 px at the largest text size', () => {
    test.use({ viewport: { width: 320, height: 640 }, hasTouch: true, isMobile: true });
    test('no horizontal scroll on the longest titles', async ({ page }) => {
      await gotoApp(page, '/pledges/1');
      await page.getByRole('button', { name: '特大' }).click();
      const longest = [...pledges].sort((a, b) => b.title.ja.length - a.title.ja.length).slice(0, 3);
      for (const p of longest) {
        await gotoApp(page, `/pledges/${p.id}`);
        const over = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
        expect(over, `horizontal overflow on /pledges/${p.id}`).toBeLessThanOrEqual(0);
      }
    });
  });
});
