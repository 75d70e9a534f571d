/**
 * URL query ⇄ filter state. The URL is the product's deep link, so serialising is canonical:
 * fixed key order (policy, dept, status, q), values de-duplicated in dataset order. Values that
 * cannot be valid are dropped and reported, never thrown.
 */
import { STATUS_IDS, type StatusId } from './ids';
import type { FilterState } from './filter';

export interface InvalidParam {
  key: 'policy' | 'dept' | 'status';
  value: string;
}

export interface ParsedFilter {
  state: FilterState;
  invalid: InvalidParam[];
}

export interface UrlContext {
  /** Department names of the dataset, in dataset order; without it any non-empty name is kept. */
  departments?: readonly string[];
}

const MAX_Q = 200;
const POLICY_RE = /^[1-8]$/;

const isStatus = (s: string): s is StatusId => (STATUS_IDS as readonly string[]).includes(s);

export function parseFilter(search: string | URLSearchParams, ctx: UrlContext = {}): ParsedFilter {
  const params = typeof search === 'string' ? new URLSearchParams(search) : search;
  const invalid: InvalidParam[] = [];
  const policy: number[] = [];
  const dept: string[] = [];
  const status: StatusId[] = [];
  for (const raw of params.getAll('policy')) {
    const value = raw.trim();
    if (POLICY_RE.test(value)) policy.push(Number(value));
    else invalid.push({ key: 'policy', value: raw });
  }
  for (const raw of params.getAll('dept')) {
    const value = raw.trim();
    const known = ctx.departments ? ctx.departments.includes(value) : value.length > 0 && value.length <= 100;
    if (known) dept.push(value);
    else invalid.push({ key: 'dept', value: raw });
  }
  for (const raw of params.getAll('status')) {
    const value = raw.trim();
    if (isStatus(value)) status.push(value);
    else invalid.push({ key: 'status', value: raw });
  }
  const q = (params.getAll('q').find((v) => v.trim() !== '') ?? '').slice(0, MAX_Q);
  const note = params.get('note') === '1';
  return { state: canonical({ policy, dept, status, q, ...(note ? { note } : {}) }, ctx), invalid };
}

/** Same filter with values de-duplicated and in their fixed order. */
export function canonical(state: FilterState, ctx: UrlContext = {}): FilterState {
  const order = ctx.departments;
  const deptRank = (d: string) => (order ? order.indexOf(d) : -1);
  return {
    policy: [...new Set(state.policy)].sort((a, b) => a - b),
    dept: [...new Set(state.dept)].sort((a, b) => deptRank(a) - deptRank(b) || (a < b ? -1 : a > b ? 1 : 0)),
    status: STATUS_IDS.filter((s) => state.status.includes(s)),
    q: state.q,
    ...(state.note ? { note: true } : {}),
  };
}

/** The canonical query string, without `?`; empty for no filter. */
export function serializeFilter(state: FilterState, ctx: UrlContext = {}): string {
  const c = canonical(state, ctx);
  const params = new URLSearchParams();
  for (const p of c.policy) params.append('policy', String(p));
  for (const d of c.dept) params.append('dept', d);
  for (const s of c.status) params.append('status', s);
  if (c.q.trim() !== '') params.append('q', c.q);
  if (c.note) params.append('note', '1');
  return params.toString();
}

/** App-relative link to the list with this filter. */
export function listHref(state: Partial<FilterState>, ctx: UrlContext = {}): string {
  const qs = serializeFilter({ policy: [], dept: [], status: [], q: '', ...state }, ctx);
  return qs ? `/pledges?${qs}` : '/pledges';
}
