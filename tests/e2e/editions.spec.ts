/**
 * Every published report kept: the real report is served, then a made-up next report
 * (tests/fixtures/second-edition.ts) is published the way the city would publish it; the reader
 * then has both, reads a pledge's history, compares the reports either way, opens the earlier
 * report's page and a pledge the new report no longer lists — also offline — and keeps the
 * bookmarks made before, including ones from a database of an earlier app version.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { dataset, pledgeById, statusName, waitForApp } from './helpers';
import { startStaticServer, type StaticServer } from '../../src/build/static-server';
import { DIST, waitForController } from './pwa-helpers';
import { ADDED_TITLE, FIXTURE_MARK, NEW_NEXT_STEP, makeSecondEdition, type SecondEdition } from '../fixtures/second-edition';

test.use({ serviceWorkers: 'allow' });

let server: StaticServer;
let second: SecondEdition;
test.beforeAll(async () => {
  second = makeSecondEdition();
  server = await startStaticServer({ root: DIST, fallback: 'static' });
});
test.beforeEach(() => server.overrides.clear());
test.afterAll(async () => {
  await server?.close();
  second?.remove();
});

/** The city publishes the next report: a new current edition, the index, the edition's own file. */
function publish(): void {
  for (const file of ['pledges.json', 'editions.json', 'editions/2025-05.json'] as const) server.overrides.set(`/data/${file}`, second.files[file]);
}

async function open(page: Page, path: string): Promise<void> {
  await page.goto(`${server.url}${path}`);
  await waitForApp(page);
}

const history = (page: Page) => page.getByTestId('pledge-history');

test('after the next report is published, both are kept: history, comparison both ways, the earlier report, offline', async ({ page }) => {
  // First visit with the real report: its history says it is the first report.
  await open(page, '/pledges/20');
  await waitForController(page);
  await expect(history(page).getByTestId('history-first')).toContainText('最初の報告');
  await page.getByRole('button', { name: 'ブックマーク', exact: true }).click();
  await expect(page.getByRole('button', { name: 'ブックマーク', exact: true })).toHaveAttribute('aria-pressed', 'true');

  publish();
  await open(page, '/pledges/20');
  await expect(page.getByTestId('glance').getByTestId('status-badge')).toHaveAttribute('data-status', 'delayed');
  const notice = page.getByRole('status').filter({ hasText: 'データを更新しました' });
  await expect(notice).toBeVisible();
  await expect(notice.getByRole('link')).toHaveAttribute('href', '/changes?from=2024-11&to=2025-05');

  // The pledge's history: a status per report, the new actual, the next step that was added.
  const statusRows = history(page).getByTestId('history-status').locator('tbody tr');
  await expect(statusRows).toHaveCount(2);
  await expect(statusRows.nth(0)).toContainText('悪くなった');
  await expect(statusRows.nth(1)).toContainText(statusName(pledgeById('20').status)!);
  await expect(history(page).getByTestId('history-actuals')).toContainText('25.1億円');
  await expect(history(page).getByTestId('history-actuals')).toContainText('（新）');
  const texts = history(page).getByTestId('history-texts');
  await expect(texts.locator('ins').filter({ hasText: NEW_NEXT_STEP.slice(1) })).toHaveCount(1);
  await expect(texts).toContainText('今後の取組(予定)');

  // The comparison, forwards from the notice's link.
  await notice.getByRole('link').click();
  await expect(page).toHaveURL(/\/changes\?from=2024-11&to=2025-05$/);
  await expect(page.getByTestId('changes-improved')).toContainText('公約2-1');
  await expect(page.getByTestId('changes-worsened')).toContainText('公約20');
  await expect(page.getByTestId('changes-added')).toContainText(ADDED_TITLE);
  await expect(page.getByTestId('changes-removed').getByRole('link')).toHaveAttribute('href', '/pledges/11?edition=2024-11');
  await expect(page.getByTestId('changes-actuals')).toContainText('25.1億円');
  // A changed text opens to its marked diff.
  const changed = page.getByTestId('changes-texts').locator('details').filter({ hasText: '公約20' });
  await changed.locator('summary').click();
  await expect(changed.locator('ins').filter({ hasText: NEW_NEXT_STEP.slice(1) })).toHaveCount(1);

  // And backwards, from a shared URL: the mirror image.
  await open(page, '/changes?from=2025-05&to=2024-11');
  await expect(page.getByText('さかのぼって比べています')).toBeVisible();
  await expect(page.getByTestId('changes-improved')).toContainText('公約20');
  await expect(page.getByTestId('changes-worsened')).toContainText('公約2-1');
  await expect(page.getByTestId('changes-added')).toContainText('公約11');
  await expect(page.getByTestId('changes-removed')).toContainText(ADDED_TITLE);

  // The pledge as the earlier report printed it, marked as such, with the way back.
  await open(page, '/pledges/20?edition=2024-11');
  await expect(page.getByTestId('glance').getByTestId('status-badge')).toHaveAttribute('data-status', pledgeById('20').status);
  await expect(page.getByText('これは以前の報告')).toBeVisible();
  await expect(page.getByRole('link', { name: /最新の報告（2025年5月時点）の内容を見る/ })).toHaveAttribute('href', '/pledges/20');

  // A pledge the new report no longer lists stays readable in its last report.
  await open(page, '/pledges/11');
  await expect(page.getByTestId('pledge-title')).toHaveText(pledgeById('11').title.ja);
  await expect(page.getByRole('main')).toContainText('この公約は最新の報告');

  // The bookmark made before the update is kept.
  await open(page, '/bookmarks');
  await expect(page.getByTestId('pledge-item').filter({ hasText: pledgeById('20').title.ja })).toHaveCount(1);

  // Offline, both reports are there.
  await page.context().setOffline(true);
  await open(page, '/pledges/20?edition=2024-11');
  await expect(page.getByTestId('glance').getByTestId('status-badge')).toHaveAttribute('data-status', pledgeById('20').status);
  await open(page, '/changes');
  await expect(page.getByTestId('changes-worsened')).toContainText('公約20');
  await open(page, '/pledges/11');
  await expect(page.getByTestId('pledge-title')).toHaveText(pledgeById('11').title.ja);
  await page.context().setOffline(false);
});

test('the comparison page with a single report says so, prerendered and in the app', async ({ page }) => {
  const html = await (await fetch(`${server.url}/changes/`)).text();
  expect(html).toContain('公開されている報告はまだ1つだけです');
  await open(page, '/en/changes');
  await expect(page.getByTestId('changes-single')).toContainText('Only one report has been published so far');
});

test('a database of an earlier app version (one stored dataset) upgrades: its bookmark stays, and the next report is added beside', async ({ page }) => {
  // The app of schema v3 (IndexedDB version 30, as Dexie numbers it) left its dataset and a bookmark.
  await page.goto(`${server.url}/robots.txt`);
  const { pledges, ...meta } = { ...JSON.parse(readFileSync(join(DIST, 'data/pledges.json'), 'utf8')), schemaVersion: 1 } as typeof dataset;
  delete (meta as Record<string, unknown>).sectionLabels;
  await page.evaluate(
    async ({ meta, pledges }) => {
      await new Promise<void>((resolve, reject) => {
        const req = indexedDB.open('bibai-pledges', 30);
        req.onupgradeneeded = () => {
          const db = req.result;
          db.createObjectStore('meta', { keyPath: 'key' });
          db.createObjectStore('pledgeList', { keyPath: 'key' });
          db.createObjectStore('bookmarks', { keyPath: 'pledgeId' }).createIndex('addedAt', 'addedAt');
          db.createObjectStore('updates', { keyPath: 'id', autoIncrement: true }).createIndex('at', 'at');
        };
        req.onsuccess = () => {
          const db = req.result;
          const tx = db.transaction(['meta', 'pledgeList', 'bookmarks'], 'readwrite');
          tx.objectStore('meta').put({ key: 'dataset', version: meta.version, meta });
          tx.objectStore('pledgeList').put({ key: 'dataset', pledges });
          tx.objectStore('bookmarks').put({ pledgeId: '13-2', addedAt: 1_700_000_000_000 });
          tx.oncomplete = () => {
            db.close();
            resolve();
          };
          tx.onerror = () => reject(new Error(String(tx.error)));
        };
        req.onerror = () => reject(new Error(String(req.error)));
      });
    },
    { meta, pledges },
  );
  publish();
  await open(page, '/pledges/13-2');
  await expect(page.getByRole('button', { name: 'ブックマーク', exact: true })).toHaveAttribute('aria-pressed', 'true');
  await expect(history(page).getByTestId('history-status').locator('tbody tr')).toHaveCount(2);
  const stores = await page.evaluate(
    () =>
      new Promise<string[]>((resolve) => {
        const req = indexedDB.open('bibai-pledges');
        req.onsuccess = () => {
          resolve([...req.result.objectStoreNames].sort());
          req.result.close();
        };
      }),
  );
  expect(stores).toEqual(['bookmarks', 'editions', 'flags', 'notes']);
});

test('the production build holds none of the made-up report', () => {
  const files: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const full = join(dir, name);
      if (statSync(full).isDirectory()) walk(full);
      else files.push(full);
    }
  };
  walk(DIST);
  const leaking = files.filter((f) => /\.(html|js|json|xml|csv|css|txt|webmanifest)$/.test(f) && readFileSync(f, 'utf8').includes(FIXTURE_MARK));
  expect(leaking).toEqual([]);
  expect(files.some((f) => f.endsWith('2025-05.json'))).toBe(false);
});
