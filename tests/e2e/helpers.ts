/**
 * Shared helpers for the browser tests. Expected values are derived from `data/pledges.json`
 * (read here) rather than hard-coded, because the dataset grows while the app is built.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import AxeBuilder from '@axe-core/playwright';
import { expect, type Locator, type Page } from '@playwright/test';

// ---------------------------------------------------------------------------------------------
// Dataset

export type StatusId = 'ahead' | 'on-track' | 'delayed' | 'not-started' | 'unreported';

export interface Pledge {
  id: string;
  policy: number;
  title: { ja: string; en: string };
  departments: { name: string; division: string | null; lead: boolean }[];
  summary: string;
  relatedPrograms: string[];
  kpis: { name: string; baseline: string | null; years: { fiscalYear: number; target: string | null; actual: string | null }[] }[];
  plan: { text: string; details: string[] }[];
  status: StatusId;
  statusReason: string | null;
  sections: Record<'reported' | 'sinceMeeting' | 'budget' | 'challenges' | 'nextSteps', string[]>;
  source: { lines: { start: number; end: number }; text: string };
}

export interface Dataset {
  version: string;
  asOf: string;
  policies: { id: number; ja: string; en: string }[];
  departments: { ja: string; en: string }[];
  statuses: { id: StatusId; ja: string | null; en: string }[];
  pledges: Pledge[];
  [key: string]: unknown;
}

export const DATASET_PATH = fileURLToPath(new URL('../../data/pledges.json', import.meta.url));

/** The dataset as a string (for serving modified copies through `page.route`). */
export function datasetText(): string {
  return readFileSync(DATASET_PATH, 'utf8');
}

/** A fresh, mutable copy of the dataset. */
export function loadDataset(): Dataset {
  return JSON.parse(datasetText()) as Dataset;
}

export const dataset: Dataset = loadDataset();
export const pledges: Pledge[] = dataset.pledges;

export function pledgeById(id: string): Pledge {
  const p = pledges.find((x) => x.id === id);
  if (!p) throw new Error(`pledge ${id} is not in data/pledges.json`);
  return p;
}

/**
 * Every text of a pledge the search must cover (title, summary, KPI names, plan,
 * status reason, sections, departments, related programs). KPI cells are not required.
 */
export function searchableTexts(p: Pledge): string[] {
  const out: string[] = [p.title.ja, p.summary, ...p.relatedPrograms];
  for (const d of p.departments) out.push(d.name);
  for (const k of p.kpis) out.push(k.name);
  for (const s of p.plan) out.push(s.text, ...s.details);
  if (p.statusReason) out.push(p.statusReason);
  for (const list of Object.values(p.sections)) out.push(...list);
  return out;
}

/** NFKC, lower case, katakana folded to hiragana: what the app's search is meant to ignore. */
export function normalize(s: string): string {
  return s
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\u30a1-\u30f6]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0x60));
}

export function toHiragana(s: string): string {
  return s.replace(/[\u30a1-\u30f6]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0x60));
}

export function toKatakana(s: string): string {
  return s.replace(/[\u3041-\u3096]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0x60));
}

/** Ids of pledges whose searchable text (or, as an upper bound, any of their JSON) holds q. */
export function idsMatching(q: string, where: 'searchable' | 'anywhere' = 'searchable'): Set<string> {
  const nq = normalize(q);
  return new Set(
    pledges
      .filter((p) => {
        const texts = where === 'searchable' ? searchableTexts(p) : [JSON.stringify(p)];
        return texts.some((t) => normalize(t).includes(nq));
      })
      .map((p) => p.id),
  );
}

export function policyName(id: number, lang: 'ja' | 'en' = 'ja'): string {
  const p = dataset.policies.find((x) => x.id === id);
  if (!p) throw new Error(`policy ${id} missing`);
  return p[lang];
}

export function statusName(id: StatusId, lang: 'ja' | 'en' = 'ja'): string | null {
  return dataset.statuses.find((x) => x.id === id)?.[lang] ?? null;
}

export function departmentEn(ja: string): string {
  return dataset.departments.find((d) => d.ja === ja)?.en ?? ja;
}

// ---------------------------------------------------------------------------------------------
// App

/** The app's name in each language, as data/site.json gives it. */
export const SITE = (JSON.parse(readFileSync(fileURLToPath(new URL('../../data/site.json', import.meta.url)), 'utf8')) as { name: { ja: string; en: string } }).name;

export const NAV = {
  ja: { overview: '概要', pledges: '公約一覧', bookmarks: 'ブックマーク', about: 'このアプリについて' },
  en: { overview: 'Overview', pledges: 'Pledges', bookmarks: 'Bookmarks', about: 'About' },
} as const;

export const ROUTES = ['/', '/pledges', '/pledges/1', '/bookmarks', '/about', '/data', '/nope'] as const;

/** Regex that matches a document title `<page> | <site>` (page part optional). */
export function titleRe(page: string | null, lang: 'ja' | 'en' = 'ja'): RegExp {
  const site = escapeRe(SITE[lang]);
  return page === null ? new RegExp(`\\| ${site}$`) : new RegExp(`^${escapeRe(page)} \\| ${site}$`);
}

export function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Navigates and waits until the app has rendered its page (the one h1 inside the layout). */
export async function gotoApp(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await waitForApp(page);
}

export async function waitForApp(page: Page): Promise<void> {
  // A prerendered page shows its content before any script runs: wait until it is interactive.
  await expect(page.locator('html[data-app="ready"]')).toHaveCount(1);
  await expect(page.locator('main#main')).toBeVisible();
  await expect(page.locator('h1').first()).toBeVisible();
  await expect(page.locator('h1').first()).not.toHaveText('');
}

/** The site navigation: the nav holding the 公約一覧 / Pledges link. */
export function mainNav(page: Page): Locator {
  return page
    .getByRole('navigation')
    .filter({ has: page.getByRole('link', { name: /^(公約一覧|Pledges)$/ }) })
    .first();
}

export function resultCount(page: Page): Locator {
  return page.getByTestId('result-count');
}

export function countRe(n: number, lang: 'ja' | 'en' = 'ja'): RegExp {
  return lang === 'ja' ? new RegExp(`(^|\\D)${n}\\s*件`) : new RegExp(`(^|\\D)${n}\\s+pledges?\\b`, 'i');
}

/** Waits for the list to show exactly `n` results (count text and items). */
export async function expectResults(page: Page, n: number, lang: 'ja' | 'en' = 'ja'): Promise<void> {
  await expect(resultCount(page)).toHaveText(countRe(n, lang));
  await expect(page.getByTestId('pledge-item')).toHaveCount(n);
}

/** Pledge ids of the items shown, in order (from each item's link to `/pledges/<id>`). */
export async function shownIds(page: Page): Promise<string[]> {
  return page.getByTestId('pledge-item').evaluateAll((items) =>
    items.map((item) => {
      for (const a of Array.from(item.querySelectorAll('a[href]'))) {
        const url = new URL((a as HTMLAnchorElement).href, location.href);
        const m = /^\/pledges\/([^/?#]+)$/.exec(url.pathname);
        if (m) return decodeURIComponent(m[1]!);
      }
      return '?';
    }),
  );
}

/** The facet fieldset with the given legend. */
export function facet(page: Page, legend: string | RegExp): Locator {
  return page.locator('fieldset').filter({ has: page.locator('legend', { hasText: legend }) });
}

export function searchBox(page: Page, lang: 'ja' | 'en' = 'ja'): Locator {
  return page.getByRole('searchbox', { name: lang === 'ja' ? '検索' : 'Search' });
}

/** Bookmark toggle (a real button with aria-pressed) inside `scope`. */
export function bookmarkButton(scope: Page | Locator, lang: 'ja' | 'en' = 'ja'): Locator {
  return scope
    .getByRole('button', { name: lang === 'ja' ? /ブックマーク/ : /Bookmark/ })
    .and(scope.locator('[aria-pressed]'))
    .first();
}

/** The list item of pledge `id` (by its link to `/pledges/<id>`). */
export function itemFor(page: Page, id: string): Locator {
  return page
    .getByTestId('pledge-item')
    .filter({ has: page.locator(`a[href$="/pledges/${id}"], a[href$="/pledges/${encodeURIComponent(id)}"]`) });
}

/** Makes the share button fall back to copying the link (headless Chromium may have Web Share). */
export async function disableWebShare(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const proto = Navigator.prototype as unknown as Record<string, unknown>;
    delete proto['share'];
    delete proto['canShare'];
  });
}

// ---------------------------------------------------------------------------------------------
// axe-core

export interface AxeViolation {
  id: string;
  impact?: string | null;
  help: string;
  nodes: { target: unknown[]; failureSummary?: string }[];
}

/**
 * Runs axe-core (every rule of its default set) on the page and returns its violations, empty
 * when the page is clean. AxeBuilder evaluates axe through the DevTools protocol, not as a
 * <script> tag: the app's CSP (rightly) refuses inline scripts, and the test must not weaken it.
 */
export async function runAxe(page: Page): Promise<AxeViolation[]> {
  const { violations } = await new AxeBuilder({ page }).options({ resultTypes: ['violations'] }).analyze();
  return violations;
}

export function formatViolations(vs: AxeViolation[]): string {
  return vs
    .map(
      (v) =>
        `${v.id} (${v.impact}): ${v.help}\n` +
        v.nodes
          .slice(0, 5)
          .map((n) => `    ${JSON.stringify(n.target)} ${n.failureSummary?.split('\n').join(' ') ?? ''}`)
          .join('\n'),
    )
    .join('\n');
}

// ---------------------------------------------------------------------------------------------
// Exported bookmarks: shape-agnostic look-up of pledge ids in the file

/** True when the JSON holds `id` as a pledge id (a string value under a key named like `id`). */
export function jsonMentionsPledge(json: unknown, id: string): boolean {
  if (Array.isArray(json)) return json.some((x) => x === id || jsonMentionsPledge(x, id));
  if (json && typeof json === 'object') {
    return Object.entries(json as Record<string, unknown>).some(
      ([k, v]) => (/id$/i.test(k) && (v === id || (Array.isArray(v) && v.includes(id)))) || jsonMentionsPledge(v, id),
    );
  }
  return false;
}
