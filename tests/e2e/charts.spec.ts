/**
 * KPI charts on pledge pages (with their caption and data table), the
 * milestone row of qualitative KPIs, the overview's status bars and KPI progress panel, and
 * Chart.js kept off the pledge list.
 */
import { expect, test, type Page, type Response } from '@playwright/test';
import { dataset, expectResults, formatViolations, gotoApp, pledgeById, pledges, runAxe, type StatusId } from './helpers';

interface Series {
  total: boolean;
  years: { target: { value: number } | null; actual: { value: number } | null }[];
}
const seriesOf = (id: string) => (pledgeById(id).kpis as unknown as { series: Series[] }[]).map((k) => k.series);
/** Pledges whose KPIs have numeric series, with how many such KPIs. */
const NUMERIC = pledges
  .map((p) => ({ id: p.id, charts: seriesOf(p.id).filter((s) => s.length > 0).length }))
  .filter((x) => x.charts > 0);

/** A string only Chart.js's own code holds (its error for a canvas used twice). */
const CHART_JS_SIGNATURE = 'Canvas is already in use';

/**
 * Scrolls each chart into view: a chart is drawn only when it comes near the viewport
 * (src/components/KpiChart.tsx), and the first one sits just below the first screen.
 */
async function showCharts(page: Page): Promise<void> {
  const canvases = page.getByTestId('kpi-chart');
  for (let i = 0; i < (await canvases.count()); i++) await canvases.nth(i).scrollIntoViewIfNeeded();
}

/** True once the chart has drawn something other than transparent pixels. */
async function canvasHasInk(page: Page, index = 0): Promise<boolean> {
  return page.getByTestId('kpi-chart').nth(index).evaluate((c) => {
    const canvas = c as HTMLCanvasElement;
    const ctx = canvas.getContext('2d');
    if (!ctx || canvas.width === 0 || canvas.height === 0) return false;
    const data = ctx.getImageData(0, 0, canvas.width, canvas.height).data;
    for (let i = 3; i < data.length; i += 4) if (data[i]! > 0) return true;
    return false;
  });
}

test.describe('KPI charts on pledge pages', () => {
  test('the dataset has the numeric KPIs the charts are for', () => {
    expect(NUMERIC.map((x) => x.id)).toEqual(['3', '5', '7', '10', '18', '19', '20', '25', '26']);
  });

  test('every pledge with numeric KPIs renders one chart canvas per numeric KPI', async ({ page }) => {
    test.slow();
    for (const { id, charts } of NUMERIC) {
      await gotoApp(page, `/pledges/${id}`);
      const canvases = page.getByTestId('kpi-chart');
      await expect(canvases, `pledge ${id}`).toHaveCount(charts);
      await showCharts(page);
      await expect(page.locator('.kpi-chart[data-state="ready"]'), `pledge ${id} charts drawn`).toHaveCount(charts);
      await expect(canvases.first()).toBeVisible();
      expect(await canvasHasInk(page), `pledge ${id} canvas has pixels`).toBe(true);
      // The canvas is an image named by the caption's sentence.
      await expect(canvases.first()).toHaveAttribute('role', 'img');
      await expect(canvases.first()).toHaveAttribute('aria-label', /グラフ/);
    }
  });

  test('furusato nozei (20): caption and data table hold baseline 17.2億円 and FY2023 23.6億円 against 20億円', async ({ page }) => {
    await gotoApp(page, '/pledges/20');
    const kpi = page.getByTestId('kpi').first();
    await expect(kpi.getByTestId('kpi-caption')).toHaveText('2023年度（R5）の実績は23.6億円で、目標20億円に対する達成率は118%です。');
    const table = kpi.getByTestId('kpi-table');
    await expect(table).toBeVisible();
    await expect(table.locator('tr', { hasText: '現状値' })).toContainText('17.2億円');
    const fy2023 = table.locator('tbody tr', { hasText: '2023年度' });
    await expect(fy2023.locator('td').nth(0)).toHaveText('20億円');
    await expect(fy2023.locator('td').nth(1)).toContainText('23.6億円');
    await expect(fy2023.locator('td').nth(1)).toContainText('118%');
    await expect(table.locator('tbody tr', { hasText: '2027年度' }).locator('td').nth(0)).toHaveText('40億円');
    await expect(page.getByTestId('kpi-chart')).toHaveAttribute('aria-label', /23\.6億円.*20億円.*118%/);
    // The table prints (the print stylesheet keeps it).
    await page.emulateMedia({ media: 'print' });
    await expect(table).toBeVisible();
    await expect(kpi.getByTestId('kpi-caption')).toBeVisible();
  });

  test('dialogue events (25): parts stacked, the total and its rate in the table', async ({ page }) => {
    await gotoApp(page, '/pledges/25');
    const kpi = page.getByTestId('kpi').first();
    await expect(kpi.getByTestId('kpi-caption')).toContainText('2024年度（R6）の合計の実績は26回で、目標27回に対する達成率は96.3%です。');
    const legend = kpi.locator('.kpi-legend');
    for (const part of ['② 市長との対話の日', '③', '④', '⑤ まちづくり目安箱', '⑥ その他', '目標（合計）']) await expect(legend).toContainText(part);
    const table = kpi.getByTestId('kpi-table');
    const fy2023 = table.locator('tbody tr', { hasText: '2023年度' });
    await expect(fy2023.locator('td').nth(0)).toContainText('合計 24回');
    await expect(fy2023.locator('td').nth(1)).toContainText('合計 26回');
    await expect(fy2023.locator('td').nth(1)).toContainText('108.3%');
    await expect(table.locator('tbody tr', { hasText: '2024年度' }).locator('td').nth(1)).toContainText('⑤7件');
    await expect(table.locator('tr', { hasText: '現状値' })).toContainText('21回');
  });

  test('multi-part KPIs get one legend entry per part (3: nursery schools, 5: grades)', async ({ page }) => {
    await gotoApp(page, '/pledges/3');
    const legend3 = page.getByTestId('kpi').first().locator('.kpi-legend');
    await expect(legend3).toContainText('ピパの子保育園');
    await expect(legend3).toContainText('認定こども園ひまわり');
    await expect(page.getByTestId('kpi-caption')).toContainText('実績はまだ報告されていません');
    await gotoApp(page, '/pledges/5');
    const legend5 = page.getByTestId('kpi').first().locator('.kpi-legend');
    for (const part of ['偏差値平均', '小6', '中1', '中2', '目標（共通）']) await expect(legend5).toContainText(part);
    await expect(page.getByTestId('kpi-caption')).toContainText('92.8%');
  });

  test('qualitative KPIs show a milestone row, not a chart; a KPI of dashes shows neither', async ({ page }) => {
    await gotoApp(page, '/pledges/1');
    await expect(page.getByTestId('kpi-chart')).toHaveCount(0);
    const row = page.getByTestId('kpi-milestones');
    await expect(row).toBeVisible();
    await expect(row.locator('li')).toHaveCount(5);
    await expect(row.locator('li').nth(3)).toContainText('2026年度');
    await expect(row.locator('li').nth(3)).toContainText('無償化');
    await expect(row.locator('.milestone--set')).toHaveCount(2);
    await expect(page.getByTestId('kpi-table')).toBeVisible();

    await gotoApp(page, '/pledges/4-1');
    await expect(page.getByTestId('kpi')).toHaveCount(1);
    await expect(page.getByTestId('kpi-chart')).toHaveCount(0);
    await expect(page.getByTestId('kpi-milestones')).toHaveCount(0);
    await expect(page.locator('.kpi-chart, .kpi-figure')).toHaveCount(0);
  });

  test('the chart speaks the page\'s language', async ({ page }) => {
    await gotoApp(page, '/en/pledges/20');
    await showCharts(page);
    const kpi = page.getByTestId('kpi').first();
    await expect(kpi.getByTestId('kpi-caption')).toHaveText('In FY2023 the actual was 23.6 × ¥100 million against a target of 20 × ¥100 million: 118% achieved.');
    await expect(page.getByTestId('kpi-chart')).toHaveAttribute('aria-label', /^Chart of /);
    await expect(kpi.locator('.kpi-legend')).toContainText('Bars: baseline and actuals');
    await expect(page.locator('.kpi-chart[data-state="ready"]')).toHaveCount(1);
    expect(await canvasHasInk(page)).toBe(true);
  });

  test.describe('on a phone', () => {
    test.use({ viewport: { width: 412, height: 823 }, hasTouch: true, isMobile: true });

    test('a chart below the first screen is drawn when it comes near, not while the page loads', async ({ page }) => {
      const chartChunk = page.waitForResponse(/\/assets\/kpi-drawing-[^/]*\.js$/);
      await gotoApp(page, '/pledges/20');
      await chartChunk;
      const chart = page.locator('.kpi-chart');
      expect((await chart.boundingBox())!.y, 'the chart starts below the first screen').toBeGreaterThan(823 + 100);
      // Chart.js has arrived; a few frames later the chart is still not drawn.
      await page.evaluate(() => new Promise((r) => setTimeout(r, 500)));
      await expect(chart).toHaveAttribute('data-state', 'loading');
      await page.getByTestId('kpi-chart').scrollIntoViewIfNeeded();
      await expect(chart).toHaveAttribute('data-state', 'ready');
      expect(await canvasHasInk(page)).toBe(true);
    });

    test('printing draws a chart that was not drawn yet, at once (paper gets the bitmap)', async ({ page }) => {
      const chartChunk = page.waitForResponse(/\/assets\/kpi-drawing-[^/]*\.js$/);
      await gotoApp(page, '/pledges/20');
      await chartChunk;
      // Chart.js has arrived and been evaluated; the chart is still below the first screen.
      await page.evaluate(() => new Promise((r) => setTimeout(r, 500)));
      const chart = page.locator('.kpi-chart');
      await expect(chart).toHaveAttribute('data-state', 'loading');
      // Drawn within the beforeprint event itself: the print snapshot follows right after it.
      const drawn = await page.evaluate(() => {
        window.dispatchEvent(new Event('beforeprint'));
        return document.querySelector('.kpi-chart')?.getAttribute('data-state');
      });
      expect(drawn).toBe('ready');
      expect(await canvasHasInk(page)).toBe(true);
    });
  });

  test.describe('on a 320 px phone', () => {
    test.use({ viewport: { width: 320, height: 640 }, hasTouch: true, isMobile: true });

    test('the chart keeps its aspect and the page does not scroll sideways, at every text size', async ({ page }) => {
      for (const size of ['標準', '特大']) {
        await gotoApp(page, '/pledges/25');
        await page.getByRole('button', { name: size, exact: true }).click();
        await showCharts(page);
        await expect(page.locator('.kpi-chart[data-state="ready"]')).toHaveCount(1);
        const box = (await page.getByTestId('kpi-chart').boundingBox())!;
        expect(box.width).toBeGreaterThan(200);
        expect(box.width).toBeLessThanOrEqual(320);
        expect(Math.abs(box.height / box.width - 1)).toBeLessThan(0.05);
        const over = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
        expect(over, `horizontal overflow at ${size}`).toBeLessThanOrEqual(0);
      }
    });
  });
});

test.describe('overview', () => {
  const countsOf = (list: typeof pledges) => {
    const m = new Map<StatusId, number>();
    for (const p of list) m.set(p.status, (m.get(p.status) ?? 0) + 1);
    return m;
  };

  test('the whole-roadmap bar has one labelled segment per status, linking to the filtered list', async ({ page }) => {
    await gotoApp(page, '/');
    const bar = page.getByTestId('status-bar').first();
    const counts = countsOf(pledges);
    await expect(bar.getByRole('link')).toHaveCount(counts.size);
    for (const [status, n] of counts) {
      const seg = bar.locator(`a[data-status="${status}"]`);
      await expect(seg).toHaveAttribute('href', `/pledges?status=${status}`);
      await expect(seg).toHaveText(String(n));
      await expect(seg).toHaveAccessibleName(new RegExp(`${n}件`));
    }
  });

  test('each basic policy has a bar whose segments open the policy × status list', async ({ page }) => {
    await gotoApp(page, '/');
    const bars = page.getByTestId('status-bar');
    await expect(bars).toHaveCount(1 + dataset.policies.length);
    for (const [i, policy] of dataset.policies.entries()) {
      const bar = bars.nth(i + 1);
      const counts = countsOf(pledges.filter((p) => p.policy === policy.id));
      await expect(bar.getByRole('link')).toHaveCount(counts.size);
      for (const [status, n] of counts) {
        const seg = bar.locator(`a[data-status="${status}"]`);
        await expect(seg).toHaveAttribute('href', `/pledges?policy=${policy.id}&status=${status}`);
        await expect(seg).toHaveText(String(n));
      }
    }
    // Follow one segment: policy 1, the status with the fewest pledges there.
    const inPolicy = pledges.filter((p) => p.policy === 1);
    const [status, n] = [...countsOf(inPolicy).entries()].sort((a, b) => a[1] - b[1])[0]!;
    await bars.nth(1).locator(`a[data-status="${status}"]`).click();
    await expect(page).toHaveURL(new RegExp(`/pledges\\?policy=1&status=${status}$`));
    await expectResults(page, n);
  });

  test('the KPI progress panel lists the pledges with numeric KPIs, highest rate first', async ({ page }) => {
    await gotoApp(page, '/');
    const panel = page.getByTestId('kpi-progress');
    const links = panel.getByRole('link');
    await expect(links).toHaveCount(NUMERIC.length);
    const hrefs = await links.evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    expect(hrefs).toEqual(['20', '18', '25', '5', '7', '3', '10', '19', '26'].map((id) => `/pledges/${id}`));
    await expect(panel.locator('li').first()).toContainText('118%');
    await links.first().click();
    await expect(page).toHaveURL(/\/pledges\/20$/);
  });
});

test.describe('Chart.js is loaded only where a chart is shown', () => {
  /** Records the JavaScript the page itself requests (and its bodies) from now on. */
  function recordScripts(page: Page) {
    const responses: Response[] = [];
    page.on('response', (r) => {
      if (r.request().resourceType() === 'script' || /\.js(\?|$)/.test(r.url())) responses.push(r);
    });
    return {
      urls: () => responses.map((r) => r.url()),
      async chartJs(): Promise<string[]> {
        const hits: string[] = [];
        for (const r of responses) {
          const body = await r.text().catch(() => '');
          if (body.includes(CHART_JS_SIGNATURE)) hits.push(r.url());
        }
        return hits;
      },
    };
  }

  test('the pledge list requests no Chart.js code; a pledge page with a KPI chart does', async ({ page }) => {
    const onList = recordScripts(page);
    await gotoApp(page, '/pledges');
    await expect(page.getByTestId('pledge-item').first()).toBeVisible();
    await page.waitForLoadState('networkidle');
    expect(onList.urls().length, 'scripts were recorded').toBeGreaterThan(0);
    expect(await onList.chartJs(), 'Chart.js requested on /pledges').toEqual([]);
    expect(onList.urls().filter((u) => /\/kpi-drawing-[^/]*\.js/.test(u))).toEqual([]);

    // Positive control, in the same session: opening a pledge with a chart fetches the chunk.
    page.removeAllListeners('response');
    const onPledge = recordScripts(page);
    await page.getByRole('link', { name: /ふるさと/ }).first().click();
    await showCharts(page);
    await expect(page.locator('.kpi-chart[data-state="ready"]')).toHaveCount(1);
    const chunks = await onPledge.chartJs();
    expect(chunks, 'Chart.js fetched for the pledge page').toHaveLength(1);
    expect(onList.urls()).not.toContain(chunks[0]);
  });

  test('a pledge page paints before Chart.js arrives', async ({ page }) => {
    // Hold the chart chunk back: the page, its KPI table and caption still render.
    let release!: () => void;
    const held = new Promise<void>((r) => (release = r));
    await page.route(/\/assets\/kpi-drawing-[^/]*\.js$/, async (route) => {
      await held;
      await route.continue();
    });
    await gotoApp(page, '/pledges/20');
    await expect(page.getByTestId('kpi-table')).toContainText('23.6億円');
    await expect(page.getByTestId('kpi-caption')).toContainText('118%');
    await expect(page.locator('.kpi-chart[data-state="loading"]')).toHaveCount(1);
    await showCharts(page);
    release();
    await expect(page.locator('.kpi-chart[data-state="ready"]')).toHaveCount(1);
  });
});

for (const colorScheme of ['light', 'dark'] as const) {
  test(`axe: chart pages and the overview, ${colorScheme} theme`, async ({ page }) => {
    await page.emulateMedia({ colorScheme });
    for (const url of ['/', '/pledges/20', '/pledges/25', '/pledges/1']) {
      await gotoApp(page, url);
      if (url !== '/' && url !== '/pledges/1') {
        await showCharts(page);
        await expect(page.locator('.kpi-chart[data-state="ready"]').first()).toBeVisible();
      }
      const violations = await runAxe(page);
      expect(violations, `${url}\n${formatViolations(violations)}`).toEqual([]);
    }
  });
}
