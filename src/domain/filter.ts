/**
 * The list's filter: facets combine with AND across keys and OR within a key; the free-text
 * query must match too. Facet counts apply every other filter, so each count says how many
 * results ticking that box would add to (or leave in) the current view.
 */
import type { Pledge, StatusId } from './schema';
import { queryTerms } from './normalize';
import { searchPledge, type FieldMatch, type FoldText } from './search';
import { createSearchIndex, type SearchIndex } from './search-index';
import { queryPledgeIds } from './pledge-number';

export interface FilterState {
  policy: number[];
  dept: string[];
  status: StatusId[];
  q: string;
  /** Only pledges the member wrote a note on (the notes stay on the device; the URL says only this). */
  note?: boolean;
}

export type FacetKey = 'policy' | 'dept' | 'status';
export const FACET_KEYS: readonly FacetKey[] = ['policy', 'dept', 'status'];

export const EMPTY_FILTER: FilterState = { policy: [], dept: [], status: [], q: '' };

export interface Result {
  pledge: Pledge;
  /** Fields where the query matched; empty when there is no query. */
  matches: FieldMatch[];
}

/**
 * Each pledge's facet values as small integers, built once per pledges array: filtering and
 * counting 10,000 pledges per keystroke then costs array reads instead of `includes` on the
 * state's lists and Map updates keyed by strings. Values are numbered in first-seen order.
 */
interface FacetTable {
  policies: number[];
  statuses: StatusId[];
  depts: string[];
  policyOf: Uint32Array;
  statusOf: Uint32Array;
  /** Pledge i's distinct departments are deptIds[deptStart[i] .. deptStart[i + 1]). */
  deptStart: Uint32Array;
  deptIds: Uint32Array;
}

function numbering<T>(): { values: T[]; id: (v: T) => number } {
  const values: T[] = [];
  const ids = new Map<T, number>();
  return {
    values,
    id(v) {
      let n = ids.get(v);
      if (n === undefined) {
        n = values.length;
        values.push(v);
        ids.set(v, n);
      }
      return n;
    },
  };
}

function facetTable(pledges: readonly Pledge[]): FacetTable {
  const policies = numbering<number>();
  const statuses = numbering<StatusId>();
  const depts = numbering<string>();
  const n = pledges.length;
  const policyOf = new Uint32Array(n);
  const statusOf = new Uint32Array(n);
  const deptStart = new Uint32Array(n + 1);
  const deptIds: number[] = [];
  for (let i = 0; i < n; i++) {
    const p = pledges[i]!;
    policyOf[i] = policies.id(p.policy);
    statusOf[i] = statuses.id(p.status);
    deptStart[i] = deptIds.length;
    // Each department once, even if a pledge lists it under two divisions.
    for (const name of new Set(p.departments.map((d) => d.name))) deptIds.push(depts.id(name));
  }
  deptStart[n] = deptIds.length;
  return {
    policies: policies.values,
    statuses: statuses.values,
    depts: depts.values,
    policyOf,
    statusOf,
    deptStart,
    deptIds: Uint32Array.from(deptIds),
  };
}

/**
 * What the list searches and filters: one dataset's pledges with their search index and facet
 * table, both built when first needed. Made once per dataset by whoever shows the list (the
 * app's data provider, the bench) and passed to `applyFilter` and `facetCounts`.
 */
export interface PledgeCatalog {
  readonly pledges: readonly Pledge[];
  readonly search: SearchIndex;
  facets(): FacetTable;
  /** The pledges' ids in order, and each id's position. */
  ids(): { list: readonly string[]; index: ReadonlyMap<string, number> };
}

export function createCatalog(pledges: readonly Pledge[]): PledgeCatalog {
  let facets: FacetTable | undefined;
  let ids: { list: string[]; index: Map<string, number> } | undefined;
  return {
    pledges,
    search: createSearchIndex(pledges),
    facets: () => (facets ??= facetTable(pledges)),
    ids: () => {
      if (!ids) {
        const list = pledges.map((p) => p.id);
        ids = { list, index: new Map(list.map((id, i) => [id, i])) };
      }
      return ids;
    },
  };
}

/**
 * Positions of the pledges the query names by number (`13-2`, `１３－２`, `公約20`): they are
 * results even where their text lacks the query, and they come first.
 */
function namedPositions(catalog: PledgeCatalog, q: string): number[] {
  const { list, index } = catalog.ids();
  return queryPledgeIds(q, list).map((id) => index.get(id)!);
}

/** The member's own filter: only pledges with a note, when the state asks. */
function ownFilter(pledges: readonly Pledge[], state: FilterState, noted: ReadonlySet<string> | undefined): (i: number) => boolean {
  if (!state.note) return () => true;
  return (i) => noted?.has(pledges[i]!.id) ?? false;
}

/** The text hits with the named pledges let through too (a fresh array: the index's is shared). */
function hitsWith(hits: Uint8Array, named: readonly number[]): Uint8Array {
  if (named.length === 0) return hits;
  const out = Uint8Array.from(hits);
  for (const i of named) out[i] = 1;
  return out;
}

/** Per facet value, 1 when the state lets it through (every value when nothing is ticked). */
function allowed<T>(values: readonly T[], selected: readonly T[]): Uint8Array {
  const ok = new Uint8Array(values.length);
  for (let v = 0; v < values.length; v++) ok[v] = selected.length === 0 || selected.includes(values[v]!) ? 1 : 0;
  return ok;
}

/** For each pledge, whether it passes each facet of the state. */
function facetPasses(t: FacetTable, state: FilterState) {
  const policyOk = allowed(t.policies, state.policy);
  const statusOk = allowed(t.statuses, state.status);
  const deptOk = allowed(t.depts, state.dept);
  const anyDept = state.dept.length === 0;
  return {
    policy: (i: number) => policyOk[t.policyOf[i]!] === 1,
    status: (i: number) => statusOk[t.statusOf[i]!] === 1,
    dept: (i: number) => {
      if (anyDept) return true;
      for (let k = t.deptStart[i]!; k < t.deptStart[i + 1]!; k++) if (deptOk[t.deptIds[k]!]) return true;
      return false;
    },
  };
}

/**
 * A result's matches are worked out when first read: the list renders a few rows of thousands
 * of results, and only those need the fields and highlight ranges (`searchPledge` is far slower
 * than the index's yes/no).
 */
class LazyResult implements Result {
  #matches: FieldMatch[] | undefined;
  constructor(
    readonly pledge: Pledge,
    private readonly terms: readonly string[],
    private readonly foldText: FoldText,
  ) {}
  get matches(): FieldMatch[] {
    // A text match has its fields; a pledge the query only names by number has none.
    this.#matches ??= this.terms.length === 0 ? [] : (searchPledge(this.pledge, this.terms, this.foldText) ?? []);
    return this.#matches;
  }
}

/** `noted`: the pledges with a note, for `state.note` (ignored without it). */
export function applyFilter(catalog: PledgeCatalog, state: FilterState, noted?: ReadonlySet<string>): Result[] {
  const { pledges, search } = catalog;
  const terms = queryTerms(state.q);
  const named = namedPositions(catalog, state.q);
  const hits = hitsWith(search.hits(terms), named);
  const pass = facetPasses(catalog.facets(), state);
  const own = ownFilter(pledges, state, noted);
  const passes = (i: number) => hits[i] === 1 && own(i) && pass.policy(i) && pass.dept(i) && pass.status(i);
  const fold = (text: string) => search.fold(text);
  const out: Result[] = [];
  // The pledge the query names first, then the text matches in document order.
  for (const i of named) if (passes(i)) out.push(new LazyResult(pledges[i]!, terms, fold));
  for (let i = 0; i < pledges.length; i++) {
    if (passes(i) && !named.includes(i)) out.push(new LazyResult(pledges[i]!, terms, fold));
  }
  return out;
}

export interface FacetCounts {
  policy: Map<number, number>;
  dept: Map<string, number>;
  status: Map<StatusId, number>;
}

export function facetCounts(catalog: PledgeCatalog, state: FilterState, noted?: ReadonlySet<string>): FacetCounts {
  const { pledges } = catalog;
  const hits = hitsWith(catalog.search.hits(queryTerms(state.q)), namedPositions(catalog, state.q));
  const own = ownFilter(pledges, state, noted);
  const t = catalog.facets();
  const pass = facetPasses(t, state);
  const policyN = new Uint32Array(t.policies.length);
  const statusN = new Uint32Array(t.statuses.length);
  const deptN = new Uint32Array(t.depts.length);
  // The Maps list values in the order they were first counted, as they always have.
  const policyOrder: number[] = [];
  const statusOrder: number[] = [];
  const deptOrder: number[] = [];
  for (let i = 0; i < pledges.length; i++) {
    if (!hits[i] || !own(i)) continue;
    const policy = pass.policy(i);
    const dept = pass.dept(i);
    const status = pass.status(i);
    if (dept && status && policyN[t.policyOf[i]!]!++ === 0) policyOrder.push(t.policyOf[i]!);
    if (policy && dept && statusN[t.statusOf[i]!]!++ === 0) statusOrder.push(t.statusOf[i]!);
    if (policy && status)
      for (let k = t.deptStart[i]!; k < t.deptStart[i + 1]!; k++) if (deptN[t.deptIds[k]!]!++ === 0) deptOrder.push(t.deptIds[k]!);
  }
  return {
    policy: new Map(policyOrder.map((v) => [t.policies[v]!, policyN[v]!])),
    dept: new Map(deptOrder.map((v) => [t.depts[v]!, deptN[v]!])),
    status: new Map(statusOrder.map((v) => [t.statuses[v]!, statusN[v]!])),
  };
}

export function isEmptyFilter(state: FilterState): boolean {
  return state.policy.length + state.dept.length + state.status.length === 0 && state.q.trim() === '' && !state.note;
}

/** Adds or removes one facet value. */
export function toggleValue<K extends FacetKey>(state: FilterState, key: K, value: FilterState[K][number]): FilterState {
  const list = state[key] as (typeof value)[];
  const next = list.includes(value) ? list.filter((v) => v !== value) : [...list, value];
  return { ...state, [key]: next };
}
