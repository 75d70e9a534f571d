// @vitest-environment node
/** Numbers, units and dates in either language, without i18next (src/domain/format.ts). */
import { describe, expect, it } from 'vitest';
import { formatNumber, formatPlain, formatQuantity, formatRate, unitIsPrefix, unitKey, type Lang } from '../../src/domain/format';
import { wholePercent } from '../../src/domain/whole-percent';

const LANGS: [Lang, string][] = [
  ['ja', 'ja-JP'],
  ['en', 'en-US'],
];

describe('units', () => {
  it('knows the printed units', () => {
    expect(['億円', '％', '回', '名', '社', 'か所', '件', '偏差値'].map(unitKey)).toEqual([
      'okuYen',
      'percent',
      'times',
      'people',
      'companies',
      'places',
      'cases',
      'score',
    ]);
    expect(unitKey(null)).toBeNull();
    expect(unitKey('トン')).toBeNull();
    expect(unitIsPrefix('偏差値')).toBe(true);
    expect(unitIsPrefix('回')).toBe(false);
  });

  it('puts the unit where each language puts it', () => {
    expect(formatQuantity(23.6, '億円', '億円', 'ja')).toBe('23.6億円');
    expect(formatQuantity(23.6, '億円', '× ¥100 million', 'en')).toBe('23.6 × ¥100 million');
    expect(formatQuantity(46.4, '偏差値', '偏差値', 'ja')).toBe('偏差値46.4');
    expect(formatQuantity(46.4, '偏差値', 'score', 'en')).toBe('score 46.4');
    expect(formatQuantity(100, '％', '%', 'en')).toBe('100%');
    expect(formatQuantity(1, '回', 'time', 'en')).toBe('1 time');
    expect(formatQuantity(38.56, null, null, 'en')).toBe('38.56');
    expect(formatQuantity(12345.678, '円', '円', 'ja')).toBe('12,345.68円');
  });
});

describe('wholePercent', () => {
  it('rounds a share to a whole percent within 0–100, and 0 of nothing', () => {
    expect(wholePercent(1, 3)).toBe(33);
    expect(wholePercent(2, 3)).toBe(67);
    expect(wholePercent(5, 4)).toBe(100);
    expect(wholePercent(-1, 4)).toBe(0);
    expect(wholePercent(3, 0)).toBe(0);
  });
});

describe('formatPlain (numbers without Intl)', () => {
  // A seeded generator: the same values on every run.
  let seed = 0x2545f491;
  const random = () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let x = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    x = (x + Math.imul(x ^ (x >>> 7), 61 | x)) ^ x;
    return ((x ^ (x >>> 14)) >>> 0) / 4294967296;
  };
  const values = [
    0, 1, -1, 0.5, 0.05, 0.005, 1.005, 2.675, 0.125, 1.18, 0.928, 26 / 27, 26 / 24, 38.56 / 35, 17.2, 23.6, 99.95, 99.995, 0.9995, 999.995,
    999999.995, 1234.5678, 1e6, 123456789.987, 0.0001, 0.004999, -0.001, -1234.5, 46.4, 1e-7, 1e21, NaN, Infinity,
  ];
  for (let i = 0; i < 2000; i++) {
    const magnitude = 10 ** Math.floor(random() * 12 - 4);
    const decimals = 10 ** Math.floor(random() * 5);
    values.push(Math.round(random() * magnitude * decimals) / decimals, random() * magnitude, (random() * 1000) / (1 + random() * 1000));
  }

  it('prints what Intl.NumberFormat prints in ja-JP and en-US, or leaves it to Intl', () => {
    for (const [lang, locale] of LANGS) {
      const number = new Intl.NumberFormat(locale, { maximumFractionDigits: 2 });
      const percent = new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 1 });
      for (const v of values) {
        expect(formatPlain(v, 2) ?? number.format(v), `${v}`).toBe(number.format(v));
        expect(formatNumber(v, lang), `${v} in ${lang}`).toBe(number.format(v));
        expect(formatRate(v, lang), `${v} as a rate in ${lang}`).toBe(percent.format(v));
      }
    }
    expect(formatPlain(1e21, 2)).toBeNull();
    expect(formatPlain(NaN, 2)).toBeNull();
    expect(formatPlain(-0, 2)).toBeNull();
    expect(formatPlain(1234.5678, 2)).toBe('1,234.57');
    expect(formatPlain(0.9995, 1, 2)).toBe('100');
  });
});
