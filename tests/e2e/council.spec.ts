/**
 * The council member's own work, in the production build: open a pledge by its number, notes that
 * save as they type (across reloads, offline, two tabs), quoting the facts, the notes page and
 * its export, one backup file moved to a fresh profile, a bad file refused, the printed brief
 * with QR codes that open the pledge, and 変更あり after a new report.
 */
import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import jsQR from 'jsqr';
import { PNG } from 'pngjs';
import { pledgeById, waitForApp } from './helpers';
import { startStaticServer, type StaticServer } from '../../src/build/static-server';
import { DIST, waitForController } from './pwa-helpers';
import { makeSecondEdition, type SecondEdition } from '../fixtures/second-edition';

test.use({ serviceWorkers: 'allow' });

let server: StaticServer;
let second: SecondEdition;
test.beforeAll(async () => {
  server = await startStaticServer({ root: DIST, fallback: 'static' });
  second = makeSecondEdition();
});
test.beforeEach(() => server.overrides.clear());
test.afterAll(async () => {
  await server?.close();
  second?.remove();
});

async function open(page: Page, path: string): Promise<void> {
  await page.goto(`${server.url}${path}`);
  await waitForApp(page);
}

const jump = (page: Page) => page.getByRole('textbox', { name: '番号で開く' });
const note = (page: Page) => page.getByRole('textbox', { name: /メモ/ });
const saved = (page: Page) => expect(page.getByTestId('pledge-note').getByRole('status')).toContainText('保存しました');

test('a pledge opens by its number from the header, typed in any usual way, online and offline; a near miss opens nothing', async ({ page }) => {
  await open(page, '/');
  await waitForController(page);
  for (const [typed, id] of [
    ['13-2', '13-2'],
    ['１３－２', '13-2'],
    ['13の2', '13-2'],
    ['13ー2', '13-2'],
    ['13−2', '13-2'],
    ['公約13-2', '13-2'],
    ['公約番号13-2', '13-2'],
    ['No.13-2', '13-2'],
    ['#13-2', '13-2'],
    ['20', '20'],
  ] as const) {
    await jump(page).fill(typed);
    await jump(page).press('Enter');
    await expect(page, typed).toHaveURL(`${server.url}/pledges/${id}`);
    await expect(page.getByTestId('pledge-title')).toHaveText(pledgeById(id).title.ja);
  }
  for (const typed of ['133', '13-3', '2-3']) {
    await jump(page).fill(typed);
    await jump(page).press('Enter');
    await expect(page.getByText(`公約${typed}はありません。`)).toBeVisible();
    await expect(page).toHaveURL(`${server.url}/pledges/20`);
  }
  await page.context().setOffline(true);
  await jump(page).fill('２５');
  await jump(page).press('Enter');
  await expect(page.getByTestId('pledge-title')).toHaveText(pledgeById('25').title.ja);
  await page.context().setOffline(false);
});

test('the list search puts the pledge a number names first', async ({ page }) => {
  for (const [q, id] of [
    ['13-2', '13-2'],
    ['１３－２', '13-2'],
    ['公約20', '20'],
  ] as const) {
    await open(page, `/pledges?q=${encodeURIComponent(q)}`);
    await expect(page.getByTestId('pledge-item').first().getByRole('link').first(), q).toHaveAttribute('href', `/pledges/${id}`);
  }
});

test('a note saves as it is typed, survives a reload, works offline and follows another tab; two tabs never lose text', async ({ page, context }) => {
  const requests: string[] = [];
  context.on('request', (r) => requests.push(`${r.url()} ${r.postData() ?? ''}`));
  await open(page, '/pledges/7');
  await waitForController(page);
  await note(page).fill('委員会で若者会議の設置時期を質問する');
  await saved(page);
  await page.reload();
  await waitForApp(page);
  await expect(note(page)).toHaveValue('委員会で若者会議の設置時期を質問する');

  await page.context().setOffline(true);
  await note(page).fill('委員会で若者会議の設置時期を質問する。予算も確認。');
  await saved(page);
  await page.reload();
  await waitForApp(page);
  await expect(note(page)).toHaveValue('委員会で若者会議の設置時期を質問する。予算も確認。');
  await page.context().setOffline(false);

  // A second tab sees the note, and the first follows what the second writes.
  const other = await context.newPage();
  await open(other, '/pledges/7');
  await expect(note(other)).toHaveValue('委員会で若者会議の設置時期を質問する。予算も確認。');
  await note(other).fill('二つ目のタブで書き直した');
  await saved(other);
  await expect(note(page)).toHaveValue('二つ目のタブで書き直した');

  // Both tabs edit from the same text at once: the later write does not silently replace the
  // earlier one — both texts stay, and the note says it has another version.
  await note(page).fill('一つ目のタブの文章');
  await note(other).fill('二つ目のタブの文章');
  await expect(page.getByTestId('note-versions')).toContainText('二つ目のタブの文章');
  await expect(note(page)).toHaveValue('一つ目のタブの文章');
  await page.getByTestId('note-versions').getByRole('button', { name: '両方をつなげて残す' }).click();
  await expect(note(page)).toHaveValue('一つ目のタブの文章\n\n二つ目のタブの文章');
  await expect(page.getByTestId('note-versions')).toHaveCount(0);
  await other.close();

  // Never in a URL, a request or the caches.
  expect(requests.filter((r) => r.includes(encodeURIComponent('質問')) || r.includes('質問'))).toEqual([]);
  const cached = await page.evaluate(async () => {
    const texts: string[] = [];
    for (const name of await caches.keys()) {
      const cache = await caches.open(name);
      for (const req of await cache.keys()) texts.push(req.url);
    }
    return texts.join(' ');
  });
  expect(cached).not.toContain('質問');
});

test('quoting the facts inserts the printed figures of each KPI, at the cursor', async ({ page }) => {
  await open(page, '/pledges/20');
  await note(page).fill('質問：\n\n以上');
  await note(page).evaluate((el: HTMLTextAreaElement) => el.setSelectionRange(4, 4));
  await page.getByRole('button', { name: '事実を引用' }).click();
  const text = await note(page).inputValue();
  expect(text.startsWith('質問：\n')).toBe(true);
  expect(text.endsWith('以上')).toBe(true);
  for (const part of ['公約番号：20', 'ふるさと納税の倍増', '計画よりも進んでいる', '23.6億円', '20億円', '118%', '2023年度（R5）', '出典：第7回経営会議']) expect(text, part).toContain(part);
  for (const step of pledgeById('20').sections.nextSteps) expect(text).toContain(step);

  await open(page, '/pledges/25');
  await page.getByRole('button', { name: '事実を引用' }).click();
  const t25 = await note(page).inputValue();
  for (const part of ['公約番号：25', '2024年度（R6）', '実績値：26／目標値：27', '96.3%']) expect(t25, part).toContain(part);
});

test('notes page, export, a backup moved to a fresh profile, and a bad backup refused with nothing changed', async ({ page, browser }) => {
  await open(page, '/pledges/3');
  await page.getByRole('button', { name: 'ブックマーク', exact: true }).click();
  await note(page).fill('保育士の確保について聞く');
  await saved(page);
  await open(page, '/notes');
  const item = page.getByTestId('note-item');
  await expect(item).toHaveCount(1);
  await expect(item).toContainText('保育士の確保について聞く');
  await expect(item.getByRole('link')).toHaveAttribute('href', '/pledges/3');
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'すべてのメモを書き出す（テキスト）' }).click();
  const md = readFileSync((await (await download).path())!, 'utf8');
  expect(md).toContain('保育士の確保について聞く');
  expect(md).toContain(pledgeById('3').title.ja);

  // The list filters to pledges with a note, and marks them.
  await open(page, '/pledges?note=1');
  await expect(page.getByTestId('pledge-item')).toHaveCount(1);
  await expect(page.getByTestId('pledge-item').getByTestId('has-note')).toBeVisible();

  await open(page, '/bookmarks');
  const backupDownload = page.waitForEvent('download');
  await page.getByRole('button', { name: 'バックアップを書き出す' }).click();
  const backupPath = (await (await backupDownload).path())!;

  const fresh = await browser.newContext({ serviceWorkers: 'block', locale: 'ja-JP' });
  const p2 = await fresh.newPage();
  await p2.goto(`${server.url}/bookmarks`);
  await waitForApp(p2);
  await p2.getByLabel('バックアップを読み込む').setInputFiles({ name: 'broken.json', mimeType: 'application/json', buffer: Buffer.from('{"format":"bibai-pledge-backup","version":1,"bookmarks":[') });
  await expect(p2.getByRole('alert')).toContainText('このファイルは読み込めません');
  await expect(p2.getByTestId('empty-state')).toBeVisible();
  await p2.getByLabel('バックアップを読み込む').setInputFiles(backupPath);
  await expect(p2.getByRole('status').filter({ hasText: '読み込みました' })).toContainText('1件追加');
  await expect(p2.getByTestId('pledge-item')).toHaveCount(1);
  await p2.goto(`${server.url}/pledges/3`);
  await waitForApp(p2);
  await expect(note(p2)).toHaveValue('保育士の確保について聞く');
  await fresh.close();
});

/** The QR code an <img> shows, decoded. */
async function decodeQr(page: Page, selector: string, index: number): Promise<string | null> {
  const png = PNG.sync.read(await page.locator(selector).nth(index).screenshot());
  return jsQR(new Uint8ClampedArray(png.data), png.width, png.height)?.data ?? null;
}

test('the brief of two pledges prints on A4, each with a QR code that opens its page', async ({ page }) => {
  await open(page, '/brief?id=20&id=25');
  const pledges = page.getByTestId('brief-pledge');
  await expect(pledges).toHaveCount(2);
  await expect(pledges.nth(0)).toContainText(pledgeById('20').title.ja);
  await expect(pledges.nth(1)).toContainText(pledgeById('25').title.ja);
  expect(await decodeQr(page, '[data-testid="brief-qr"]', 0)).toBe(`${server.url}/pledges/20`);
  expect(await decodeQr(page, '[data-testid="brief-qr"]', 1)).toBe(`${server.url}/pledges/25`);
  await page.emulateMedia({ media: 'print' });
  const pdf = await page.pdf({ format: 'A4' });
  const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
  expect(pages, 'a pledge per sheet').toBeGreaterThanOrEqual(2);
  // The bookmarks page, the notes page and the filtered list each open a brief of what they show.
  await page.emulateMedia({ media: 'screen' });
  await open(page, '/pledges?status=delayed');
  await expect(page.getByRole('link', { name: 'この一覧を印刷用資料にする' })).toHaveAttribute('href', '/brief?status=delayed');
});

test('変更あり on a bookmarked pledge after a new report, until it is opened', async ({ page }) => {
  await open(page, '/pledges/20');
  await waitForController(page);
  await page.getByRole('button', { name: 'ブックマーク', exact: true }).click();
  await expect(page.getByRole('button', { name: 'ブックマーク', exact: true })).toHaveAttribute('aria-pressed', 'true');
  for (const file of ['pledges.json', 'editions.json', 'editions/2025-05.json'] as const) server.overrides.set(`/data/${file}`, second.files[file]);
  await open(page, '/bookmarks');
  const flag = page.getByTestId('change-flag');
  await expect(flag).toContainText('変更あり');
  await expect(flag).toContainText('計画よりも遅れている');
  await expect(flag).toContainText('25.1億円');
  await open(page, '/pledges/20');
  await expect(page.getByTestId('change-flag')).toBeVisible();
  await page.waitForTimeout(1500);
  await open(page, '/bookmarks');
  await expect(page.getByTestId('pledge-item')).toHaveCount(1);
  await expect(page.getByTestId('change-flag')).toHaveCount(0);
});
