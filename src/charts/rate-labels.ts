/**
 * The achievement rates written above their bars (or above the top of their stack): a Chart.js
 * plugin that draws them on the canvas, and the placement rule it follows, kept apart so it is
 * tested without a canvas.
 */
import type { Plugin } from 'chart.js';
import type { Measure } from './category-labels';
import type { Palette } from './palette';
import type { RateLabel } from './plan';

/** Where a bar's top is drawn, in canvas pixels. */
export interface BarTop {
  x: number;
  y: number;
}

export interface RatePlacement {
  x: number;
  /** The text's baseline, a few pixels above the highest bar. */
  y: number;
  size: number;
}

const GAP = 4;
const MIN_SIZE = 10;

/**
 * Where `text` goes over a column of `bars` (those drawn, with a value): centred above the
 * highest, in the chart's size shrunk until it fits nine tenths of the column. Null when there
 * is no bar or it does not fit even at 10 px: the caption and the table always hold the rate.
 */
export function placeRate(text: string, bars: readonly BarTop[], column: number, fontSize: number, measure: Measure): RatePlacement | null {
  const last = bars.at(-1);
  if (!last) return null;
  const y = Math.min(...bars.map((b) => b.y));
  if (!Number.isFinite(y)) return null;
  const room = column * 0.9;
  let size = Math.round(fontSize * 0.9);
  while (size > MIN_SIZE && measure(size)(text) > room) size--;
  if (measure(size)(text) > room) return null;
  return { x: last.x, y: y - GAP, size };
}

/** The plugin that writes each of `rates` over its column once the datasets are drawn. */
export function rateLabels(rates: readonly RateLabel[], palette: Palette): Plugin {
  return {
    id: 'kpiRates',
    afterDatasetsDraw(chart) {
      const { ctx } = chart;
      const font = (size: number) => `700 ${size}px ${palette.font}`;
      const measure: Measure = (size) => {
        ctx.font = font(size);
        return (text) => ctx.measureText(text).width;
      };
      const column = (chart.chartArea.right - chart.chartArea.left) / (chart.data.labels?.length || 1);
      ctx.save();
      ctx.fillStyle = palette.text;
      ctx.strokeStyle = palette.bg;
      ctx.lineWidth = 4;
      ctx.lineJoin = 'round';
      ctx.textAlign = 'center';
      ctx.textBaseline = 'bottom';
      for (const r of rates) {
        const bars: BarTop[] = [];
        for (const di of r.datasets) {
          if (!chart.isDatasetVisible(di)) continue;
          const el = chart.getDatasetMeta(di).data[r.index] as unknown as BarTop | undefined;
          if (el && chart.data.datasets[di]?.data[r.index] != null) bars.push(el);
        }
        const at = placeRate(r.text, bars, column, palette.fontSize, measure);
        if (!at) continue;
        ctx.font = font(at.size);
        // A halo in the background colour keeps the label legible over a target line or point.
        ctx.strokeText(r.text, at.x, at.y);
        ctx.fillText(r.text, at.x, at.y);
      }
      ctx.restore();
    },
  };
}
