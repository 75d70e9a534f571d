import { describe, expect, it } from 'vitest';
import { briefHref, parseBriefQuery } from '../../src/domain/brief';
import { EMPTY_FILTER } from '../../src/domain/filter';

describe('the brief URL', () => {
  it('reads chosen pledges in order, as people type them, once each', () => {
    const q = parseBriefQuery('id=20&id=３&id=13の2&id=20&id=x&status=delayed');
    expect(q.ids).toEqual(['20', '3', '13-2']);
    expect(q.filter.status).toEqual(['delayed']);
    expect(q.invalid).toEqual([{ key: 'id', value: 'x' }]);
    expect(q).toMatchObject({ layout: 'single', notes: false });
  });
  it('round-trips the list query, the layout and the notes switch', () => {
    const href = briefHref({ ids: ['3', '20'], filter: { ...EMPTY_FILTER, policy: [2], q: '除雪' }, layout: 'compact', notes: true });
    expect(href).toBe('/brief?policy=2&q=%E9%99%A4%E9%9B%AA&id=3&id=20&layout=compact&notes=1');
    expect(parseBriefQuery(href.split('?')[1]!)).toMatchObject({ ids: ['3', '20'], layout: 'compact', notes: true, filter: { policy: [2], q: '除雪' } });
    expect(briefHref({})).toBe('/brief');
  });
});
