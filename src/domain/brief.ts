/**
 * The printed brief's URL: `/brief` takes the list's query (`policy`, `dept`, `status`, `q`) plus
 * `id` (repeatable) for chosen pledges, `layout=compact` for two pledges a page and `notes=1` to
 * print the member's notes. The notes themselves never go into the URL: `notes=1` only says to
 * include what is on this device.
 */
import type { FilterState } from './filter';
import { parseFilter, serializeFilter, type InvalidParam, type UrlContext } from './url-state';
import { parsePledgeNumber } from './pledge-number';

export type BriefLayout = 'single' | 'compact';

export interface BriefQuery {
  /** Chosen pledges in the order given (canonical ids); empty: every pledge the filter lets through. */
  ids: string[];
  filter: FilterState;
  layout: BriefLayout;
  notes: boolean;
  /** `id=` values that are not pledge numbers, and the list's own invalid values. */
  invalid: (InvalidParam | { key: 'id'; value: string })[];
}

/** Enough for any committee; a longer list is a mistake in the URL, not a brief. */
const MAX_IDS = 200;

export function parseBriefQuery(search: string | URLSearchParams, ctx: UrlContext = {}): BriefQuery {
  const params = typeof search === 'string' ? new URLSearchParams(search) : search;
  const { state, invalid } = parseFilter(params, ctx);
  const ids: string[] = [];
  const badIds: { key: 'id'; value: string }[] = [];
  for (const raw of params.getAll('id').slice(0, MAX_IDS)) {
    const id = parsePledgeNumber(raw);
    if (id === null) badIds.push({ key: 'id', value: raw });
    else if (!ids.includes(id)) ids.push(id);
  }
  return { ids, filter: state, layout: params.get('layout') === 'compact' ? 'compact' : 'single', notes: params.get('notes') === '1', invalid: [...invalid, ...badIds] };
}

export interface BriefLink {
  ids?: readonly string[];
  filter?: FilterState;
  layout?: BriefLayout;
  notes?: boolean;
}

/** App-relative link to a brief. */
export function briefHref(link: BriefLink, ctx: UrlContext = {}): string {
  const params = new URLSearchParams(link.filter ? serializeFilter(link.filter, ctx) : '');
  for (const id of link.ids ?? []) params.append('id', id);
  if (link.layout === 'compact') params.set('layout', 'compact');
  if (link.notes) params.set('notes', '1');
  const qs = params.toString();
  return qs ? `/brief?${qs}` : '/brief';
}
