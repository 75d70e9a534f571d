import { describe, expect, it } from 'vitest';
import { compareAsOf, decideEditionWrite } from '../../src/domain/dataset-version';

const v = (version: string) => ({ version, asOf: version.split('.')[0]! });

describe('compareAsOf', () => {
  it('orders reports by their as-of date', () => {
    expect(compareAsOf('2024-11', '2025-03')).toBe(-1);
    expect(compareAsOf('2025-03', '2024-11')).toBe(1);
    expect(compareAsOf('2024-11', '2024-11')).toBe(0);
    expect(compareAsOf('2024-11', '2024-11-15')).toBe(-1);
  });
});

describe('decideEditionWrite', () => {
  it('stores an edition the device does not hold, from the network or the precache', () => {
    expect(decideEditionWrite(null, v('2024-11.aaa'), 'network')).toBe('store');
    expect(decideEditionWrite(null, v('2024-11.aaa'), 'precache')).toBe('store');
  });
  it('keeps the same version', () => {
    expect(decideEditionWrite(v('2024-11.aaa'), v('2024-11.aaa'), 'network')).toBe('keep');
  });
  it('replaces an edition the server republished in another version', () => {
    expect(decideEditionWrite(v('2024-11.aaa'), v('2024-11.ccc'), 'network')).toBe('replace');
  });
  it('never lets the copy precached with the app replace a stored edition', () => {
    expect(decideEditionWrite(v('2024-11.aaa'), v('2024-11.ccc'), 'precache')).toBe('keep');
  });
});
