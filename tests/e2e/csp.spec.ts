/**
 * The hardened build: on every route, served as plain files with the service worker
 * on, no request leaves the app's own origin, and the strict Content-Security-Policy of the
 * pages is never violated — not by Solid's hydration, Chart.js drawing a chart, the English
 * chunk, the service worker or the bookmarks. Violations are caught by a
 * `securitypolicyviolation` listener installed before any page script, and by the console.
 */
import { expect, test, type Page } from '@playwright/test';
import { bookmarkButton, pledges, waitForApp } from './helpers';
import { DIST } from './pwa-helpers';
import { startStaticServer, type StaticServer } from '../../src/build/static-server';

test.use({ serviceWorkers: 'allow' });

let server: StaticServer;
test.beforeAll(async () => {
  server = await startStaticServer({ root: DIST, fallback: 'static' });
});
test.afterAll(async () => {
  await server?.close();
});

interface Watch {
  requests: string[];
  problems: string[];
}

/** Records every request of the page (and its worker) and every CSP violation it reports. */
async function watch(page: Page): Promise<Watch> {
  const w: Watch = { requests: [], problems: [] };
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      console.error(`[csp-violation] ${e.violatedDirective} blocked ${e.blockedURI || '(inline)'} at ${e.sourceFile}:${e.lineNumber}`);
    });
  });
  page.context().on('request', (r) => w.requests.push(r.url()));
  page.on('console', (m) => {
    if (/csp-violation|Content Security Policy/i.test(m.text())) w.problems.push(m.text());
  });
  page.on('pageerror', (e) => w.problems.push(`pageerror: ${e.message}`));
  return w;
}

function expectClean(w: Watch, origin: string): void {
  expect(w.problems, 'CSP violations or page errors').toEqual([]);
  const foreign = w.requests.filter((u) => !u.startsWith(`${origin}/`) && !u.startsWith('data:') && !u.startsWith('blob:'));
  expect(foreign, 'requests that left the app origin').toEqual([]);
}

const ROUTES = ['/', '/pledges', ...pledges.map((p) => `/pledges/${p.id}`), '/bookmarks', '/about', '/data', '/nope', '/pledges?status=delayed&q=保育'];

test('no third-party request and no CSP violation on any route', async ({ page }) => {
  test.setTimeout(180_000);
  const w = await watch(page);
  for (const route of ROUTES) {
    await page.goto(`${server.url}${route}`);
    await waitForApp(page);
  }
  expectClean(w, server.url);
  // The worker registered under the policy (worker-src 'self') and controls the page.
  expect(await page.evaluate(() => navigator.serviceWorker.ready.then((r) => !!r.active))).toBe(true);
});

test('nor while using the app: charts, English, bookmarks, search', async ({ page }) => {
  const w = await watch(page);
  // Pledge 20 has a numeric KPI series, so it draws a chart (tests/e2e/charts.spec.ts).
  const withChart = pledges.find((p) => p.id === '20')!;
  await page.goto(`${server.url}/pledges/${withChart.id}`);
  await waitForApp(page);
  // Chart.js sizes its canvas through the CSSOM, which style-src 'self' allows. It draws when
  // the chart comes near the viewport.
  await page.getByTestId('kpi-chart').first().scrollIntoViewIfNeeded();
  await expect(page.locator('.kpi-chart[data-state="ready"]').first()).toBeVisible();
  await bookmarkButton(page).click();
  await page.getByRole('link', { name: 'English', exact: true }).click();
  await waitForApp(page);
  await expect(page.getByRole('link', { name: 'Pledges', exact: true }).first()).toBeVisible();
  await page.getByRole('link', { name: 'Pledges', exact: true }).first().click();
  await page.getByRole('searchbox').first().fill('ALT');
  await page.getByRole('link', { name: 'Bookmarks', exact: true }).first().click();
  await expect(page.getByRole('main')).toContainText(withChart.title.ja);
  await page.getByRole('button', { name: /Large|Extra large/ }).first().click();
  await page.getByRole('link', { name: 'Overview', exact: true }).first().click();
  await waitForApp(page);
  expectClean(w, server.url);
});
