import { describe, expect, it } from 'vitest';
import { compareAsOf, decideUpdate } from '../../src/domain/dataset-version';

const v = (version: string) => ({ version, asOf: version.split('.')[0]! });

describe('compareAsOf', () => {
  it('orders reports by their as-of date', () => {
    expect(compareAsOf('2024-11', '2025-03')).toBe(-1);
    expect(compareAsOf('2025-03', '2024-11')).toBe(1);
    expect(compareAsOf('2024-11', '2024-11')).toBe(0);
    expect(compareAsOf('2024-11', '2024-11-15')).toBe(-1);
  });
});

describe('decideUpdate', () => {
  it('stores the first copy, wherever it came from', () => {
    expect(decideUpdate(null, v('2024-11.aaa'), 'network')).toBe('store');
    expect(decideUpdate(null, v('2024-11.aaa'), 'precache')).toBe('store');
  });

  it('keeps the stored copy when the version is the same', () => {
    expect(decideUpdate(v('2024-11.aaa'), v('2024-11.aaa'), 'network')).toBe('keep');
  });

  it('replaces it with a later report or a correction of the same report', () => {
    expect(decideUpdate(v('2024-11.aaa'), v('2025-03.bbb'), 'network')).toBe('replace');
    expect(decideUpdate(v('2024-11.aaa'), v('2024-11.ccc'), 'network')).toBe('replace');
  });

  it('never goes back to an older report', () => {
    expect(decideUpdate(v('2025-03.bbb'), v('2024-11.aaa'), 'network')).toBe('keep');
  });

  it('never lets the copy precached with the app replace a stored one', () => {
    expect(decideUpdate(v('2024-11.aaa'), v('2025-03.bbb'), 'precache')).toBe('keep');
  });
});
