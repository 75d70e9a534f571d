import { describe, expect, it } from 'vitest';
import { applyFilter, createCatalog, facetCounts, isEmptyFilter, toggleValue, EMPTY_FILTER } from '../../src/domain/filter';
import { neighbours, countByStatus, countByPolicy } from '../../src/domain/pledges';
import { PLEDGES } from './fixtures';

const catalog = createCatalog(PLEDGES);
const ids = (state: Parameters<typeof applyFilter>[1]) => applyFilter(catalog, state).map((r) => r.pledge.id);

describe('applyFilter', () => {
  it('returns everything for the empty filter, in dataset order', () => {
    expect(ids(EMPTY_FILTER)).toEqual(['1', '2-1', '2-2', '3']);
  });

  it('ORs values within a key and ANDs different keys', () => {
    expect(ids({ ...EMPTY_FILTER, status: ['delayed', 'unreported'] })).toEqual(['2-1', '3']);
    expect(ids({ ...EMPTY_FILTER, policy: [2], status: ['delayed', 'unreported'] })).toEqual(['2-1']);
    expect(ids({ ...EMPTY_FILTER, dept: ['指導室', 'こども未来課'] })).toEqual(['1', '2-1']);
  });

  it('combines the text query with the facets', () => {
    expect(ids({ ...EMPTY_FILTER, q: 'ＡＬＴ' })).toEqual(['2-1']);
    expect(ids({ ...EMPTY_FILTER, q: 'ＡＬＴ', status: ['on-track'] })).toEqual([]);
  });
});

describe('a query that names a pledge by number', () => {
  it('puts that pledge first, before the text matches, in every way it is typed', () => {
    for (const q of ['2-1', '２－１', '2の1', '2ー2', '公約2-1', '公約番号2-1', 'No.2-1', '#2-1']) expect(ids({ ...EMPTY_FILTER, q })[0], q).toBe(q.includes('2ー2') ? '2-2' : '2-1');
  });
  it('lists a pledge named by number even where no text holds the query', () => {
    expect(ids({ ...EMPTY_FILTER, q: '公約3' })).toEqual(['3']);
    expect(ids({ ...EMPTY_FILTER, q: '2' })).toEqual(['2-1', '2-2']);
  });
  it('never names another pledge for a near miss, and keeps the facets', () => {
    expect(ids({ ...EMPTY_FILTER, q: '2-3' })).toEqual([]);
    expect(ids({ ...EMPTY_FILTER, q: '公約3', status: ['on-track'] })).toEqual([]);
    expect([...facetCounts(catalog, { ...EMPTY_FILTER, q: '公約3' }).status]).toEqual([['unreported', 1]]);
  });
});

describe('facetCounts', () => {
  it('counts each facet with the other filters applied, not its own', () => {
    const c = facetCounts(catalog, { ...EMPTY_FILTER, policy: [2], status: ['delayed'] });
    // Policy counts ignore the policy filter but apply the status filter.
    expect([...c.policy]).toEqual([[2, 1]]);
    // Status counts ignore the status filter but apply the policy filter.
    expect(Object.fromEntries(c.status)).toEqual({ delayed: 1, 'on-track': 1 });
    expect(Object.fromEntries(c.dept)).toEqual({ 学務課: 1, 指導室: 1 });
  });

  it('applies the text query to every facet', () => {
    const c = facetCounts(catalog, { ...EMPTY_FILTER, q: '保育' });
    expect(Object.fromEntries(c.policy)).toEqual({ 1: 1 });
    expect(Object.fromEntries(c.status)).toEqual({ 'not-started': 1 });
  });
});

describe('helpers', () => {
  it('toggles a facet value on and off', () => {
    const on = toggleValue(EMPTY_FILTER, 'status', 'delayed');
    expect(on.status).toEqual(['delayed']);
    expect(toggleValue(on, 'status', 'delayed').status).toEqual([]);
    expect(isEmptyFilter(on)).toBe(false);
    expect(isEmptyFilter({ ...EMPTY_FILTER, q: '  ' })).toBe(true);
  });

  it('finds neighbours and counts', () => {
    expect(neighbours(PLEDGES, '2-1').prev?.id).toBe('1');
    expect(neighbours(PLEDGES, '2-1').next?.id).toBe('2-2');
    expect(neighbours(PLEDGES, '1').prev).toBeUndefined();
    expect(neighbours(PLEDGES, '3').next).toBeUndefined();
    expect(countByStatus(PLEDGES)).toEqual({ ahead: 0, 'on-track': 1, delayed: 1, 'not-started': 1, unreported: 1 });
    expect(countByPolicy(PLEDGES, [2, 4]).get(2)).toEqual({ ahead: 0, 'on-track': 1, delayed: 1, 'not-started': 0, unreported: 0 });
    expect(countByPolicy(PLEDGES, [2, 4]).get(4)?.delayed).toBe(0);
  });
});
