/**
 * The Chart.js configuration of a KPI chart, from its plan, the page's palette and its words.
 * Pure: it builds an object (the callbacks in it run when Chart.js draws), so what the chart
 * draws — datasets, scales, stacking, colours — is tested without a canvas.
 */
import type { Chart, ChartConfiguration, ChartDataset, TooltipItem } from 'chart.js';
import { fitLabels, type CategoryLabel } from './category-labels';
import type { Palette } from './palette';
import type { ChartPlan } from './plan';
import { rateLabels } from './rate-labels';

export interface ChartInput {
  plan: ChartPlan;
  palette: Palette;
  /** Column label sets, longest first (category-labels.ts `categoryChoices`). */
  categories: CategoryLabel[][];
  /** The value axis's title (the unit's name); null when no unit is printed. */
  axisTitle: string | null;
  /** A tooltip line for one series' value. */
  tooltipLine: (label: string, value: number, unit: string | null) => string;
  animate: boolean;
}

/** `#rrggbb` with an alpha, for the lighter fill of the baseline column. */
export function withAlpha(hex: string, alpha: number): string {
  const m = /^#([0-9a-f]{6})$/i.exec(hex);
  if (!m) return hex;
  const n = parseInt(m[1]!, 16);
  return `rgba(${(n >> 16) & 255}, ${(n >> 8) & 255}, ${n & 255}, ${alpha})`;
}

/** The labels that fit this chart's columns, measured on its canvas. */
function fittingLabels(chart: Pick<Chart, 'ctx' | 'chartArea' | 'width'>, categories: CategoryLabel[][], palette: Palette) {
  const { ctx } = chart;
  const area = chart.chartArea;
  const perColumn = (area ? area.right - area.left : chart.width * 0.85) / categories[0]!.length - 6;
  ctx.save();
  try {
    return fitLabels(categories, perColumn, palette.fontSize, (size) => {
      ctx.font = `${size}px ${palette.font}`;
      return (text) => ctx.measureText(text).width;
    });
  } finally {
    ctx.restore();
  }
}

export function chartConfig({ plan, palette, categories, axisTitle, tooltipLine, animate }: ChartInput): ChartConfiguration {
  const c = palette.colours;
  const datasets = plan.datasets.map((d): ChartDataset<'bar' | 'line'> => {
    const colour = c[d.colour];
    if (d.type === 'bar') {
      return {
        type: 'bar',
        label: d.label,
        data: d.data,
        stack: d.stack,
        // The baseline column is drawn lighter, with the same outline.
        backgroundColor: d.data.map((_, i) => (i === 0 && !plan.stacked ? withAlpha(colour, 0.35) : colour)),
        borderColor: plan.stacked ? palette.bg : colour,
        borderWidth: plan.stacked ? { top: 2, right: 0, bottom: 0, left: 0 } : 2,
        maxBarThickness: 48,
        // Grouped parts: a year with one bar centres it instead of leaving gaps for the others.
        skipNull: !plan.stacked,
      } as ChartDataset<'bar'>;
    }
    return {
      type: 'line',
      label: d.label,
      data: d.data,
      stack: d.stack,
      borderColor: colour,
      backgroundColor: palette.bg,
      borderWidth: 2.5,
      borderDash: [6, 4],
      pointStyle: d.pointStyle ?? 'circle',
      pointRadius: 5,
      pointHoverRadius: 7,
      pointBorderWidth: 2.5,
      pointBorderColor: colour,
      pointBackgroundColor: palette.bg,
      spanGaps: false,
      order: -1,
    } as ChartDataset<'line'>;
  });
  const font = { family: palette.font, size: palette.fontSize };
  return {
    type: 'bar',
    data: { labels: categories[0]!.map((_, i) => String(i)), datasets: datasets as ChartDataset<'bar'>[] },
    options: {
      responsive: true,
      maintainAspectRatio: false,
      animation: animate ? { duration: 400 } : false,
      color: palette.text,
      font,
      // Room above the highest bar for its rate label.
      layout: { padding: { top: palette.fontSize + 6 } },
      interaction: { mode: 'index', intersect: false },
      scales: {
        x: {
          stacked: plan.stacked,
          ticks: {
            color: palette.text,
            font: (ctx: { chart: Chart }) => ({ family: palette.font, size: fittingLabels(ctx.chart, categories, palette).size }),
            maxRotation: 0,
            autoSkip: false,
            callback(this: { chart: Chart }, _value: unknown, index: number) {
              return fittingLabels(this.chart, categories, palette).labels[index];
            },
          },
          grid: { display: false },
          border: { color: palette.muted },
        },
        y: {
          stacked: plan.stacked,
          beginAtZero: true,
          grace: '8%',
          ticks: { color: palette.text, font, precision: 0, maxTicksLimit: 6 },
          grid: { color: palette.grid },
          border: { color: palette.muted },
          title: { display: axisTitle != null, text: axisTitle ?? '', color: palette.text, font },
        },
      },
      plugins: {
        tooltip: {
          titleFont: font,
          bodyFont: font,
          filter: (item: TooltipItem<'bar'>) => item.raw != null,
          callbacks: {
            title: (items: TooltipItem<'bar'>[]) => {
              const l = categories[0]![items[0]?.dataIndex ?? 0];
              return Array.isArray(l) ? l.join('') : (l ?? '');
            },
            label: (item: TooltipItem<'bar'>) => tooltipLine(item.dataset.label ?? '', item.raw as number, plan.datasets[item.datasetIndex]?.unit ?? null),
            labelColor: (item: TooltipItem<'bar'>) => {
              const colour = c[plan.datasets[item.datasetIndex]?.colour ?? 'target'];
              return { borderColor: colour, backgroundColor: colour };
            },
          },
        },
      },
    },
    plugins: [rateLabels(plan.rates, palette)],
  } as ChartConfiguration;
}
