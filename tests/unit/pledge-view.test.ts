import { describe, expect, it } from 'vitest';
import { pledgeView } from '../../src/domain/pledge-view';
import { PLEDGES, makeDataset } from './fixtures';

const older = { ...makeDataset(PLEDGES, '2024-05.a'), asOf: '2024-05' };
const current = makeDataset(PLEDGES.filter((p) => p.id !== '3'), '2024-11.b');
const editions = [older, current];

describe('pledgeView', () => {
  it('shows the current printing without reading the earlier reports', () => {
    expect(pledgeView(current, null, '1', null)).toMatchObject({ kind: 'current', edition: current });
    expect(pledgeView(current, null, '1', '2024-11')).toMatchObject({ kind: 'current' });
  });

  it('shows an earlier report when the URL names it, once the editions are read', () => {
    expect(pledgeView(current, null, '1', '2024-05')).toEqual({ kind: 'pending' });
    expect(pledgeView(current, editions, '1', '2024-05')).toMatchObject({ kind: 'older', edition: older, current });
    // Typed by hand in full width.
    expect(pledgeView(current, editions, '1', '２０２４－０５')).toMatchObject({ kind: 'older' });
  });

  it('reads a pledge the current report no longer lists in its last report', () => {
    expect(pledgeView(current, null, '3', null)).toEqual({ kind: 'pending' });
    expect(pledgeView(current, editions, '3', null)).toMatchObject({ kind: 'notListed', edition: older });
    expect(pledgeView(current, editions, '99', null)).toEqual({ kind: 'notFound' });
  });

  it('names a bad edition= and shows the current printing instead', () => {
    expect(pledgeView(current, editions, '1', '2031-01')).toMatchObject({ kind: 'current', problem: { kind: 'unknownEdition', value: '2031-01' } });
    expect(pledgeView(current, editions, '1', '<script>')).toMatchObject({ kind: 'current', problem: { kind: 'unknownEdition' } });
    const newer = { ...makeDataset(PLEDGES.slice(0, 1), '2025-05.c'), asOf: '2025-05' };
    expect(pledgeView(newer, [older, current, newer], '2-1', '2024-11')).toMatchObject({ kind: 'older', edition: current });
    expect(pledgeView(current, editions, '3', '2024-11')).toMatchObject({ kind: 'notListed', edition: older });
  });
});
