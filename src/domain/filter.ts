/**
 * The list's filter: facets combine with AND across keys and OR within a key; the free-text
 * query must match too. Facet counts apply every other filter, so each count says how many
 * results ticking that box would add to (or leave in) the current view.
 */
import type { Pledge, StatusId } from './schema';
import { queryTerms } from './normalize';
import { searchPledge, type FieldMatch } from './search';

export interface FilterState {
  policy: number[];
  dept: string[];
  status: StatusId[];
  q: string;
}

export type FacetKey = 'policy' | 'dept' | 'status';
export const FACET_KEYS: readonly FacetKey[] = ['policy', 'dept', 'status'];

export const EMPTY_FILTER: FilterState = { policy: [], dept: [], status: [], q: '' };

export interface Result {
  pledge: Pledge;
  /** Fields where the query matched; empty when there is no query. */
  matches: FieldMatch[];
}

function passesFacet(p: Pledge, state: FilterState, key: FacetKey): boolean {
  switch (key) {
    case 'policy':
      return state.policy.length === 0 || state.policy.includes(p.policy);
    case 'dept':
      return state.dept.length === 0 || p.departments.some((d) => state.dept.includes(d.name));
    case 'status':
      return state.status.length === 0 || state.status.includes(p.status);
  }
}

function passesFacets(p: Pledge, state: FilterState, except?: FacetKey): boolean {
  return FACET_KEYS.every((key) => key === except || passesFacet(p, state, key));
}

/**
 * The list page runs `applyFilter` and `facetCounts` on every keystroke with the same pledges
 * and query: both need each pledge's text matches, so the last query's are kept and shared
 * (`npm run bench`: this halves the time per keystroke at 10,000 pledges). Keyed by the pledges
 * array and the folded terms; a new dataset or query starts afresh.
 */
let lastSearch: { pledges: readonly Pledge[]; key: string; hits: Map<Pledge, FieldMatch[] | null> } | null = null;

function textMatcher(pledges: readonly Pledge[], terms: string[]): (p: Pledge) => FieldMatch[] | null {
  const key = terms.join('\u0000');
  if (!lastSearch || lastSearch.pledges !== pledges || lastSearch.key !== key) lastSearch = { pledges, key, hits: new Map() };
  const hits = lastSearch.hits;
  return (p) => {
    let m = hits.get(p);
    if (m === undefined) {
      m = searchPledge(p, terms);
      hits.set(p, m);
    }
    return m;
  };
}

export function applyFilter(pledges: readonly Pledge[], state: FilterState): Result[] {
  const match = textMatcher(pledges, queryTerms(state.q));
  const out: Result[] = [];
  for (const pledge of pledges) {
    if (!passesFacets(pledge, state)) continue;
    const matches = match(pledge);
    if (matches) out.push({ pledge, matches });
  }
  return out;
}

export interface FacetCounts {
  policy: Map<number, number>;
  dept: Map<string, number>;
  status: Map<StatusId, number>;
}

export function facetCounts(pledges: readonly Pledge[], state: FilterState): FacetCounts {
  const match = textMatcher(pledges, queryTerms(state.q));
  const textHits = pledges.filter((p) => match(p) !== null);
  const counts: FacetCounts = { policy: new Map(), dept: new Map(), status: new Map() };
  const bump = <K>(map: Map<K, number>, key: K) => map.set(key, (map.get(key) ?? 0) + 1);
  for (const p of textHits) {
    if (passesFacets(p, state, 'policy')) bump(counts.policy, p.policy);
    if (passesFacets(p, state, 'status')) bump(counts.status, p.status);
    if (passesFacets(p, state, 'dept')) for (const name of new Set(p.departments.map((d) => d.name))) bump(counts.dept, name);
  }
  return counts;
}

export function isEmptyFilter(state: FilterState): boolean {
  return state.policy.length + state.dept.length + state.status.length === 0 && state.q.trim() === '';
}

/** Adds or removes one facet value. */
export function toggleValue<K extends FacetKey>(state: FilterState, key: K, value: FilterState[K][number]): FilterState {
  const list = state[key] as (typeof value)[];
  const next = list.includes(value) ? list.filter((v) => v !== value) : [...list, value];
  return { ...state, [key]: next };
}
