import { describe, expect, it } from 'vitest';
import { listHref, parseFilter, serializeFilter } from '../../src/domain/url-state';
import { formatAsOf, formatFiscalYear } from '../../src/domain/dates';
import { DEPARTMENTS } from './fixtures';

const ctx = { departments: DEPARTMENTS };

describe('parseFilter', () => {
  it('reads repeated keys as several values', () => {
    const { state, invalid } = parseFilter('status=delayed&status=not-started&policy=2&policy=1', ctx);
    expect(state).toEqual({ policy: [1, 2], dept: [], status: ['delayed', 'not-started'], q: '' });
    expect(invalid).toEqual([]);
  });

  it('drops and reports invalid values instead of failing', () => {
    const { state, invalid } = parseFilter('policy=99&policy=3&status=foo&dept=%E7%B7%8F%E5%8B%99%E8%AA%B2&policy=1e0', ctx);
    expect(state.policy).toEqual([3]);
    expect(state.status).toEqual([]);
    expect(state.dept).toEqual([]);
    expect(invalid).toEqual([
      { key: 'policy', value: '99' },
      { key: 'policy', value: '1e0' },
      { key: 'dept', value: '総務課' },
      { key: 'status', value: 'foo' },
    ]);
  });

  it('keeps a known department and the query text as typed', () => {
    const { state } = parseFilter('dept=%E3%81%93%E3%81%A9%E3%82%82%E6%9C%AA%E6%9D%A5%E8%AA%B2&q=%EF%BC%A1%EF%BC%AC%EF%BC%B4+%E4%BF%9D%E8%82%B2', ctx);
    expect(state.dept).toEqual(['こども未来課']);
    expect(state.q).toBe('ＡＬＴ 保育');
  });
});

describe('serializeFilter', () => {
  it('is canonical: fixed key order, sorted and de-duplicated values', () => {
    const qs = serializeFilter({ q: 'x', status: ['not-started', 'delayed', 'delayed'], dept: ['学務課', 'こども未来課'], policy: [3, 1, 3] }, ctx);
    expect(qs).toBe(
      'policy=1&policy=3&dept=%E3%81%93%E3%81%A9%E3%82%82%E6%9C%AA%E6%9D%A5%E8%AA%B2&dept=%E5%AD%A6%E5%8B%99%E8%AA%B2&status=delayed&status=not-started&q=x',
    );
  });

  it('round-trips any state through the URL', () => {
    const state = { policy: [2, 8], dept: ['指導室'], status: ['ahead' as const, 'unreported' as const], q: '１万円 ほいく' };
    const again = parseFilter(serializeFilter(state, ctx), ctx);
    expect(again.state).toEqual(state);
    expect(again.invalid).toEqual([]);
    // Parsing a non-canonical URL and writing it back gives the canonical one.
    const messy = 'q=a&status=ahead&policy=8&policy=2&status=ahead';
    expect(serializeFilter(parseFilter(messy, ctx).state, ctx)).toBe('policy=2&policy=8&status=ahead&q=a');
  });

  it('omits an empty query and gives the bare list path for no filter', () => {
    expect(listHref({ q: '   ' })).toBe('/pledges');
    expect(listHref({ policy: [4] })).toBe('/pledges?policy=4');
  });
});

describe('format', () => {
  it('formats the as-of date per language', () => {
    expect(formatAsOf('2024-11', 'ja')).toBe('2024年11月');
    expect(formatAsOf('2024-11', 'en')).toBe('November 2024');
    expect(formatAsOf('2024-11-05', 'en')).toBe('November 5, 2024');
  });

  it('formats fiscal years with the Reiwa era in Japanese', () => {
    expect(formatFiscalYear(2023, 'ja')).toBe('2023年度（R5）');
    expect(formatFiscalYear(2027, 'en')).toBe('FY2027');
  });
});
