/** Search: NFKC width folding, kana insensitivity, <mark> highlight, matched section shown. */
import { expect, test } from '@playwright/test';
import {
  expectResults,
  gotoApp,
  idsMatching,
  normalize,
  pledges,
  searchBox,
  shownIds,
  toHiragana,
  toKatakana,
  type Pledge,
} from './helpers';

/** The ids shown must include every pledge whose searchable text holds q, and only pledges holding q somewhere. */
async function expectSearch(page: import('@playwright/test').Page, q: string): Promise<string[]> {
  const lower = idsMatching(q);
  const upper = idsMatching(q, 'anywhere');
  await expect.poll(async () => (await shownIds(page)).length, { message: `results for ${q}` }).toBeGreaterThanOrEqual(lower.size);
  const ids = await shownIds(page);
  for (const id of lower) expect(ids, `search ${q} finds ${id}`).toContain(id);
  for (const id of ids) expect(upper.has(id), `search ${q} result ${id} holds the text`).toBe(true);
  return ids;
}

test('full-width ＡＬＴ finds ALT (NFKC)', async ({ page }) => {
  test.skip(idsMatching('ALT').size === 0, 'no pledge mentions ALT yet');
  await gotoApp(page, `/pledges?q=${encodeURIComponent('ＡＬＴ')}`);
  const ids = await expectSearch(page, 'ALT');
  expect(ids.length).toBeGreaterThan(0);
  await expect(page.getByTestId('pledge-item').first().locator('mark').first()).toHaveText(/ALT|ＡＬＴ/i);
});

test('full-width digits find half-width ones (１万円 → 1万円)', async ({ page }) => {
  const hit = pledges.flatMap((p) => [p.summary, ...Object.values(p.sections).flat()]).join('\n').match(/[0-9]+万円/);
  test.skip(!hit, 'no half-width N万円 in the dataset yet');
  const half = hit![0];
  const full = half.replace(/[0-9]/g, (d) => String.fromCharCode(d.charCodeAt(0) + 0xfee0));
  await gotoApp(page, `/pledges?q=${encodeURIComponent(full)}`);
  const ids = await expectSearch(page, half);
  expect(ids.length).toBeGreaterThan(0);
});

/** A run of at least 3 kana in the pledge's summary/title/programs, for the kana test. */
function kanaRun(p: Pledge): { text: string; flipped: string } | null {
  for (const t of [p.title.ja, p.summary, ...p.relatedPrograms, ...Object.values(p.sections).flat()]) {
    const kata = t.match(/[\u30a1-\u30f6]{3,}/);
    if (kata) return { text: kata[0], flipped: toHiragana(kata[0]) };
  }
  for (const t of [p.title.ja, p.summary, ...p.relatedPrograms]) {
    const hira = t.match(/[\u3041-\u3096]{3,}/);
    if (hira) return { text: hira[0], flipped: toKatakana(hira[0]) };
  }
  return null;
}

test('hiragana and katakana find each other', async ({ page }) => {
  const found = pledges.map((p) => ({ p, run: kanaRun(p) })).find((x) => x.run);
  test.skip(!found, 'no kana run in the dataset');
  const { p, run } = found!;
  await gotoApp(page, `/pledges?q=${encodeURIComponent(run!.flipped)}`);
  const ids = await expectSearch(page, run!.text);
  expect(ids).toContain(p.id);
  // The match is highlighted although its script differs from the query.
  const marks = await page.getByTestId('pledge-item').locator('mark').allTextContents();
  expect(marks.some((m) => normalize(m) === normalize(run!.text))).toBe(true);
});

test('typing in the search box filters and highlights with <mark>', async ({ page }) => {
  const p = pledges[0]!;
  const q = p.title.ja.slice(-4);
  await gotoApp(page, '/pledges');
  await expectResults(page, pledges.length);
  await searchBox(page).fill(q);
  await expect.poll(() => new URL(page.url()).searchParams.get('q')).toBe(q);
  const ids = await expectSearch(page, q);
  expect(ids).toContain(p.id);
  const item = page.getByTestId('pledge-item').filter({ has: page.locator(`a[href$="/pledges/${p.id}"]`) });
  await expect(item.locator('mark').first()).toHaveText(q);
  // The mark holds text only: no markup injected from the query.
  expect(await item.locator('mark').first().evaluate((m) => m.children.length)).toBe(0);
});

test('a match inside a section is shown with that section', async ({ page }) => {
  // Find a phrase that occurs only in one pledge's 現状の課題 (challenges) section.
  let target: { id: string; phrase: string } | null = null;
  outer: for (const p of pledges) {
    for (const para of p.sections.challenges) {
      for (let i = 0; i + 6 <= para.length; i += 3) {
        const phrase = para.slice(i, i + 6);
        if (/[\s、。「」（）()]/.test(phrase) || phrase.includes('課題')) continue;
        const where = pledges.filter((x) => normalize(JSON.stringify({ ...x, source: null, notes: null })).includes(normalize(phrase)));
        const other = [p.title.ja, p.summary, ...p.relatedPrograms, ...Object.entries(p.sections).filter(([k]) => k !== 'challenges').flatMap(([, v]) => v)];
        if (where.length === 1 && !other.some((o) => normalize(o).includes(normalize(phrase)))) {
          target = { id: p.id, phrase };
          break outer;
        }
      }
    }
  }
  test.skip(!target, 'no phrase unique to a challenges section');
  await gotoApp(page, `/pledges?q=${encodeURIComponent(target!.phrase)}`);
  await expectResults(page, 1);
  const item = page.getByTestId('pledge-item').first();
  await expect(item.locator('mark').first()).toHaveText(target!.phrase);
  await expect(item).toContainText('現状の課題');
});
