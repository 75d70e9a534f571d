/**
 * The returning reader: one visit (to /about) installs the service worker and stores the
 * dataset; then, CPU slowed ×4, the reader opens pages they never opened before, with no
 * network and again online with the worker in control. For each navigation the page itself
 * records, from navigation start:
 * - **content**: its `<h1>` and, on a pledge page, its status painted (Element Timing: the
 *   init script marks them as they enter the DOM, parser or client render alike);
 * - **usable**: the app says it is interactive (`html[data-app="ready"]`: rendered or hydrated,
 *   handlers attached), checked by tapping the bookmark button or a filter afterwards;
 * - first contentful paint, for reference.
 */
import { chromium, type BrowserContext, type CDPSession, type Page } from '@playwright/test';
import { summarize, type Summary } from './stats.ts';
import { CPU_SLOWDOWN } from './scale.ts';

/** Never opened in the warm-up visit: pledge pages, filtered lists, the overview, both languages. */
export const RETURNING_PAGES = [
  '/pledges/7',
  '/pledges/25',
  '/pledges/13-2',
  '/pledges?status=delayed',
  '/pledges?policy=3',
  '/',
  '/pledges/1',
  '/en/pledges/7',
  '/en/pledges/20',
  '/en/pledges?status=on-track',
  '/en/',
  '/en/pledges/13-2',
] as const;
const FIRST_VISIT = '/about';

export interface Navigation {
  path: string;
  fcpMs: number;
  contentMs: number;
  usableMs: number;
}

export interface ReturningMode {
  mode: 'offline' | 'online';
  navigations: Navigation[];
  content: Summary;
  usable: Summary;
}

export interface ReturningResult {
  runsPerPage: number;
  modes: ReturningMode[];
}

interface Marks {
  fcp: number | null;
  h1: number | null;
  status: number | null;
  ready: number | null;
}

/** A pledge page shows a status; its source is handed to the page's init script as well. */
const PLEDGE_PAGE = String.raw`\/pledges\/[^/?]+$`;
const isPledgePage = (path: string) => new RegExp(PLEDGE_PAGE).test(path);

/** Runs in every document before its scripts; see the module comment. */
function recordMarks(pledgePage: string) {
  const marks: Marks = { fcp: null, h1: null, status: null, ready: null };
  (window as unknown as { __marks: Marks }).__marks = marks;
  // The bench waits on this promise over CDP: Playwright's own waiting would inject its script
  // into the page, about 55 ms of main-thread work at CPU ×4 before the first paint.
  const needStatus = new RegExp(pledgePage).test(location.pathname);
  let done: ((m: Marks) => void) | undefined;
  (window as unknown as { __marksDone: Promise<Marks> }).__marksDone = new Promise<Marks>((r) => (done = r));
  // Callbacks passed inline: a named local function gets a name helper from the TypeScript
  // loader that does not exist in the page.
  new MutationObserver(() => {
    for (const el of document.querySelectorAll('main h1:not([elementtiming])')) el.setAttribute('elementtiming', 'h1');
    for (const el of document.querySelectorAll('main [data-testid="glance"] [data-testid="status-badge"]:not([elementtiming])')) el.setAttribute('elementtiming', 'status');
    if (marks.ready === null && document.documentElement.dataset.app === 'ready') marks.ready = performance.now();
    if (marks.h1 !== null && marks.ready !== null && (!needStatus || marks.status !== null)) done?.(marks);
  }).observe(document, { subtree: true, childList: true, attributes: true, attributeFilter: ['data-app'] });
  new PerformanceObserver((list) => {
    for (const e of list.getEntries() as (PerformanceEntry & { identifier: string; renderTime: number; loadTime: number })[]) {
      const key = e.identifier as 'h1' | 'status';
      if (marks[key] === null) marks[key] = e.renderTime || e.loadTime;
    }
    if (marks.h1 !== null && marks.ready !== null && (!needStatus || marks.status !== null)) done?.(marks);
  }).observe({ type: 'element', buffered: true });
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) if (e.name === 'first-contentful-paint') marks.fcp = e.startTime;
  }).observe({ type: 'paint', buffered: true });
}

/** The page's marks once complete, read over CDP (see recordMarks); throws after 20 s. */
async function marksOf(cdp: CDPSession, path: string): Promise<Marks> {
  const deadline = Date.now() + 20_000;
  while (Date.now() < deadline) {
    // Undefined until the new document's init script has run; then it settles with the marks.
    const { result } = await cdp
      .send('Runtime.evaluate', {
        expression: 'window.__marksDone ? Promise.race([window.__marksDone, new Promise((r) => setTimeout(() => r(null), 1000))]) : null',
        awaitPromise: true,
        returnByValue: true,
      })
      .catch(() => ({ result: { value: null } }));
    if (result.value) return result.value as Marks;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`${path}: the page did not show its content and become usable within 20 s`);
}

async function open(page: Page, cdp: CDPSession, base: string, path: string): Promise<Navigation> {
  await page.goto(`${base}${path}`, { waitUntil: 'commit' });
  const needStatus = isPledgePage(path);
  const m = await marksOf(cdp, path).catch(async (error: unknown) => {
    const seen = await page.evaluate(() => JSON.stringify({ marks: (window as unknown as { __marks?: Marks }).__marks, main: document.querySelector('main')?.textContent?.slice(0, 200) }));
    throw new Error(`${(error as Error).message} (${seen})`, { cause: error });
  });
  // Usable means a tap works: the bookmark toggles on a pledge page, a filter on the list.
  if (needStatus) {
    const button = page.locator('.pledge__actions button[aria-pressed]').first();
    const before = await button.getAttribute('aria-pressed');
    await button.click();
    await page.waitForFunction((b) => document.querySelector('.pledge__actions button[aria-pressed]')?.getAttribute('aria-pressed') !== b, before, { timeout: 5000 });
    // Back as it was, and stored so, before the next page: a later visit reads the same state.
    await button.click();
    await page.waitForFunction((b) => document.querySelector('.pledge__actions button[aria-pressed]')?.getAttribute('aria-pressed') === b, before, { timeout: 5000 });
  } else if (path.includes('/pledges?')) {
    const box = page.locator('.facet input[type="checkbox"]').first();
    await box.check();
    await page.waitForURL((u) => u.search !== new URL(`${base}${path}`).search, { timeout: 5000 });
  }
  const content = Math.max(m.h1!, m.status ?? 0);
  return { path, fcpMs: m.fcp ?? Number.NaN, contentMs: content, usableMs: Math.max(m.ready!, content) };
}

async function warmUp(context: BrowserContext, base: string): Promise<void> {
  const page = await context.newPage();
  await page.goto(`${base}${FIRST_VISIT}`);
  await page.waitForSelector('html[data-app="ready"]');
  // Installed (the precache is complete once the worker is active), in control, and the dataset
  // kept by the worker and stored in IndexedDB by the app.
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
    const deadline = Date.now() + 20_000;
    while (Date.now() < deadline) {
      const stored = await new Promise<boolean>((resolve) => {
        const req = indexedDB.open('bibai-pledges');
        req.onsuccess = () => {
          const db = req.result;
          const has = db.objectStoreNames.contains('editions');
          if (!has) return (db.close(), resolve(false));
          const count = db.transaction('editions').objectStore('editions').count();
          count.onsuccess = () => (db.close(), resolve(count.result > 0));
          count.onerror = () => (db.close(), resolve(false));
        };
        req.onerror = () => resolve(false);
      });
      if (stored && navigator.serviceWorker.controller && (await caches.has('bibai-dataset'))) return;
      await new Promise((r) => setTimeout(r, 200));
    }
    throw new Error('the first visit did not install the worker and store the dataset within 20 s');
  });
  await page.close();
}

export async function measureReturning(base: string, log: (s: string) => void, runsPerPage = 3): Promise<ReturningResult> {
  const browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
  });
  try {
    const context = await browser.newContext({ viewport: { width: 412, height: 823 }, isMobile: true, hasTouch: true, locale: 'ja-JP' });
    await context.addInitScript(recordMarks, PLEDGE_PAGE);
    await warmUp(context, base);
    // One tab, as the figures were taken: a new tab would add a renderer's start-up,
    // itself slowed ×4, to every figure (about 1 s here), which is the browser's, not the app's.
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN });
    const modes: ReturningMode[] = [];
    for (const mode of ['offline', 'online'] as const) {
      await context.setOffline(mode === 'offline');
      const navigations: Navigation[] = [];
      for (let run = 0; run < runsPerPage; run++)
        for (const path of RETURNING_PAGES) {
          // From a blank page, so no earlier document of the app unloads inside the measurement.
          await page.goto('about:blank');
          navigations.push(await open(page, cdp, base, path));
        }
      const result = { mode, navigations, content: summarize(navigations.map((n) => n.contentMs)), usable: summarize(navigations.map((n) => n.usableMs)) };
      log(`  ${mode}: content p50 ${Math.round(result.content.p50)} ms, p95 ${Math.round(result.content.p95)} ms; usable p50 ${Math.round(result.usable.p50)} ms, p95 ${Math.round(result.usable.p95)} ms`);
      modes.push(result);
    }
    return { runsPerPage, modes };
  } finally {
    await browser.close();
  }
}
