/**
 * The search index must answer exactly what `searchPledge` answers, pledge by pledge, for any
 * query, in any order of queries (its incremental narrowing and caches must never change a
 * result); each index answers for its own dataset only.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Dataset, Pledge } from '../../src/domain/schema';
import { queryTerms } from '../../src/domain/normalize';
import { searchPledge } from '../../src/domain/search';
import { createSearchIndex, type SearchIndex } from '../../src/domain/search-index';
import { applyFilter, createCatalog, facetCounts, EMPTY_FILTER, type FilterState } from '../../src/domain/filter';
import { PLEDGES, makePledge } from './fixtures';

const real = (JSON.parse(readFileSync(resolve(import.meta.dirname, '../../data/pledges.json'), 'utf8')) as Dataset).pledges;

/** Typed one character at a time, as the list page sees them. */
const QUERIES = [
  '除雪',
  'こども',
  '子育て支援',
  'ホームページ',
  'ほーむぺーじ',
  'ＡＬＴ',
  'alt',
  'ｶﾞｽ',
  'ガス',
  'が',
  'か',
  'デジタル',
  'で',
  '予算 学校',
  '学校　給食',
  '観光 2025',
  'snow',
  'Teachers',
  '市',
  'の',
  'ー',
  '\u3099',
  'zzz',
  '保育 無償 市',
];

const prefixes = (qs: readonly string[]) => qs.flatMap((q) => Array.from({ length: q.length }, (_, i) => q.slice(0, i + 1)));

/** One index per pledges array, as the app makes one per dataset. */
const indexes = new WeakMap<readonly Pledge[], SearchIndex>();
const indexOf = (pledges: readonly Pledge[]) => {
  let index = indexes.get(pledges);
  if (!index) indexes.set(pledges, (index = createSearchIndex(pledges)));
  return index;
};
const textHits = (pledges: readonly Pledge[], terms: readonly string[]) => indexOf(pledges).hits(terms);

function expectSameAsSearchPledge(pledges: readonly Pledge[], query: string) {
  const terms = queryTerms(query);
  const hits = textHits(pledges, terms);
  const expected = pledges.map((p) => (searchPledge(p, terms) === null ? 0 : 1));
  expect([...hits], `query ${JSON.stringify(query)}`).toEqual(expected);
}

describe('textHits', () => {
  it('matches searchPledge on the real pledges for every keystroke of many queries', () => {
    for (const q of prefixes(QUERIES)) expectSameAsSearchPledge(real, q);
  });

  it('gives the same answers whatever the order of queries (narrowing and caches)', () => {
    const all = prefixes(QUERIES);
    // Backwards (each query shortens the last), then shuffled deterministically.
    for (const q of [...all].reverse()) expectSameAsSearchPledge(real, q);
    let seed = 7;
    const shuffled = [...all].sort(() => ((seed = (seed * 48271) % 2147483647) % 3) - 1);
    for (const q of shuffled) expectSameAsSearchPledge(real, q);
  });

  it('matches whole characters only, as searchPledge does', () => {
    const pledges = [
      makePledge({ id: '1', summary: 'ガス' }),
      makePledge({ id: '2', summary: 'かす' }),
      // か followed by a separate combining voiced mark: two characters that fold like が.
      makePledge({ id: '3', summary: 'か\u3099す' }),
      makePledge({ id: '4', summary: '㍿美唄' }),
      makePledge({ id: '5', summary: '株式会社' }),
    ];
    for (const q of ['か', 'が', 'かす', 'がす', 'す', '\u3099', '株', '株式', '株式会社', '会社美唄', '美唄', 'か が']) {
      expectSameAsSearchPledge(pledges, q);
    }
    // And the narrowing path: typed on from a prefix that only matches mid-character.
    for (const q of ['か', 'かす', 'か', 'が', 'がす', '株', '株式会社']) expectSameAsSearchPledge(pledges, q);
    expect([...textHits(pledges, queryTerms('か'))]).toEqual([0, 1, 1, 0, 0]);
    expect([...textHits(pledges, queryTerms('株式会社'))]).toEqual([0, 0, 0, 1, 1]);
  });

  it('does not match across two fields', () => {
    const pledges = [makePledge({ id: '1', title: { ja: '学校', en: 'school' }, summary: '給食' })];
    expect([...textHits(pledges, queryTerms('学校給食'))]).toEqual([0]);
    expect([...textHits(pledges, queryTerms('学校 給食'))]).toEqual([1]);
  });

  it('answers for its own dataset, whatever another index was asked', () => {
    const before = [makePledge({ id: '1', summary: '除雪の計画' }), makePledge({ id: '2' })];
    expect([...textHits(before, queryTerms('除雪'))]).toEqual([1, 0]);
    // The next report: same ids, other texts, a new array (datasets are never edited in place).
    const after = [makePledge({ id: '1' }), makePledge({ id: '2', summary: '除雪の計画' })];
    expect([...textHits(after, queryTerms('除雪'))]).toEqual([0, 1]);
    expect([...textHits(after, queryTerms('除雪の'))]).toEqual([0, 1]);
    expect([...textHits(before, queryTerms('除雪の'))]).toEqual([1, 0]);
  });

  it('builds in slices (idle time) to the same index, finished at once when a query needs it', () => {
    const whole = createSearchIndex(real).entries();
    const sliced = createSearchIndex(real);
    // No time left: each call still adds a slice, so it always finishes.
    let calls = 1;
    while (!sliced.buildSlice(() => 0)) calls++;
    expect(calls).toBeGreaterThan(1);
    expect(sliced.entries()).toEqual(whole);
    // Half built, then a keystroke: the rest is built on the spot, and the answers are right.
    const half = [...real];
    expect(indexOf(half).buildSlice(() => 0)).toBe(false);
    for (const q of prefixes(['子育て', 'が'])) expectSameAsSearchPledge(half, q);
    expect(indexOf(half).buildSlice(() => 0)).toBe(true);
  });

  it('lets every pledge through when there is no term', () => {
    expect([...textHits(PLEDGES, [])]).toEqual([1, 1, 1, 1]);
  });
});

/** The filter as it was before the index: searchPledge per pledge, facets from the state. */
function reference(pledges: readonly Pledge[], state: FilterState) {
  const terms = queryTerms(state.q);
  const pass = (p: Pledge, except?: string) =>
    (except === 'policy' || state.policy.length === 0 || state.policy.includes(p.policy)) &&
    (except === 'dept' || state.dept.length === 0 || p.departments.some((d) => state.dept.includes(d.name))) &&
    (except === 'status' || state.status.length === 0 || state.status.includes(p.status));
  const text = pledges.map((p) => searchPledge(p, terms));
  const results = pledges.flatMap((p, i) => (text[i] && pass(p) ? [{ id: p.id, matches: text[i] }] : []));
  const counts = { policy: new Map<number, number>(), dept: new Map<string, number>(), status: new Map<string, number>() };
  const bump = <K>(m: Map<K, number>, k: K) => m.set(k, (m.get(k) ?? 0) + 1);
  pledges.forEach((p, i) => {
    if (!text[i]) return;
    if (pass(p, 'policy')) bump(counts.policy, p.policy);
    if (pass(p, 'status')) bump(counts.status, p.status);
    if (pass(p, 'dept')) for (const name of new Set(p.departments.map((d) => d.name))) bump(counts.dept, name);
  });
  return { results, counts };
}

describe('applyFilter and facetCounts with the index', () => {
  it('give the same results, matches and counts (in the same order) as before', () => {
    const dept = real[0]!.departments[0]!.name;
    const states: FilterState[] = [
      EMPTY_FILTER,
      ...prefixes(['子育て', '除雪 市', 'ＡＬＴ']).map((q) => ({ ...EMPTY_FILTER, q })),
      { ...EMPTY_FILTER, status: ['delayed', 'not-started'] },
      { ...EMPTY_FILTER, policy: [1], dept: [dept] },
      { ...EMPTY_FILTER, policy: [1, 2], q: '市' },
      { ...EMPTY_FILTER, dept: [dept], status: ['on-track'], q: 'の' },
    ];
    const catalog = createCatalog(real);
    for (const state of states) {
      const ref = reference(real, state);
      const got = applyFilter(catalog, state);
      expect(got.map((r) => ({ id: r.pledge.id, matches: r.matches }))).toEqual(ref.results);
      const counts = facetCounts(catalog, state);
      expect([...counts.policy]).toEqual([...ref.counts.policy]);
      expect([...counts.dept]).toEqual([...ref.counts.dept]);
      expect([...counts.status]).toEqual([...ref.counts.status]);
    }
  });
});
