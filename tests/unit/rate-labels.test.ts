/**
 * The achievement rates over the bars (src/charts/rate-labels.ts): where a label goes, and the
 * plugin drawing it on a stand-in canvas.
 */
import { describe, expect, it } from 'vitest';
import type { Chart } from 'chart.js';
import { placeRate, rateLabels } from '../../src/charts/rate-labels';
import type { Measure } from '../../src/charts/category-labels';
import type { Palette } from '../../src/charts/palette';

/** Every character is half its font size wide. */
const half: Measure = (size) => (text) => (text.length * size) / 2;

describe('placeRate', () => {
  it('centres the label 4 px above the highest bar of its column', () => {
    expect(placeRate('118%', [{ x: 50, y: 120 }], 100, 20, half)).toEqual({ x: 50, y: 116, size: 18 });
    // A stack: the top segment is the one drawn highest (smallest y).
    expect(
      placeRate(
        '96.3%',
        [
          { x: 70, y: 180 },
          { x: 70, y: 90 },
          { x: 70, y: 140 },
        ],
        100,
        20,
        half,
      ),
    ).toEqual({ x: 70, y: 86, size: 18 });
  });

  it('shrinks the text to nine tenths of the column, and gives up below 10 px', () => {
    // 5 characters at 18 px are 45 px; the room is 36 px: 14 px is the largest that fits.
    expect(placeRate('108.3', [{ x: 0, y: 50 }], 40, 20, half)?.size).toBe(14);
    expect(placeRate('108.3%', [{ x: 0, y: 50 }], 20, 20, half)).toBeNull();
  });

  it('places nothing over a column without a drawn bar', () => {
    expect(placeRate('118%', [], 100, 20, half)).toBeNull();
    expect(placeRate('118%', [{ x: 1, y: NaN }], 100, 20, half)).toBeNull();
  });
});

describe('rateLabels plugin', () => {
  const palette = { text: '#111', bg: '#fff', font: 'serif', fontSize: 20 } as Palette;

  /** A chart of two stacked datasets over three columns; dataset 1 can be hidden. */
  function fakeChart(hidden: number[] = []) {
    const drawn: { text: string; x: number; y: number; font: string; fill: string }[] = [];
    const ctx = {
      font: '',
      fillStyle: '',
      save() {},
      restore() {},
      measureText(text: string) {
        return { width: (text.length * parseFloat(this.font.split(' ')[1]!)) / 2 };
      },
      strokeText() {},
      fillText(text: string, x: number, y: number) {
        drawn.push({ text, x, y, font: this.font, fill: this.fillStyle });
      },
    };
    const bars = [
      [{ x: 10, y: 200 }, { x: 110, y: 150 }, { x: 210, y: 190 }],
      [{ x: 10, y: 200 }, { x: 110, y: 100 }, { x: 210, y: 190 }],
    ];
    const chart = {
      ctx,
      chartArea: { left: 0, right: 300 },
      data: { labels: ['0', '1', '2'], datasets: [{ data: [null, 5, 2] }, { data: [null, 3, null] }] },
      isDatasetVisible: (i: number) => !hidden.includes(i),
      getDatasetMeta: (i: number) => ({ data: bars[i] }),
    };
    return { chart: chart as unknown as Chart, drawn };
  }

  const rates = [
    { index: 0, datasets: [0, 1], text: 'none' },
    { index: 1, datasets: [0, 1], text: '108.3%' },
    { index: 2, datasets: [0, 1], text: '96.3%' },
  ];

  it('writes each rate in bold over the top of its stack, skipping columns without values', () => {
    const { chart, drawn } = fakeChart();
    rateLabels(rates, palette).afterDatasetsDraw!(chart, {} as never, {}, false);
    expect(drawn).toEqual([
      { text: '108.3%', x: 110, y: 96, font: '700 18px serif', fill: '#111' },
      // Dataset 1 has no value in column 2: only dataset 0's bar counts.
      { text: '96.3%', x: 210, y: 186, font: '700 18px serif', fill: '#111' },
    ]);
  });

  it('ignores the bars of a hidden dataset', () => {
    const { chart, drawn } = fakeChart([1]);
    rateLabels(rates, palette).afterDatasetsDraw!(chart, {} as never, {}, false);
    expect(drawn[0]).toMatchObject({ text: '108.3%', y: 146 });
  });
});
