/**
 * The one importer of Chart.js. The library is fetched with a dynamic `import()` after the page
 * has rendered, so it sits in its own chunk: the list page never loads it and the first paint of
 * a pledge page never waits for it. Only what the KPI charts use is registered (bar and line
 * controllers and elements, category and linear scales, the tooltip); the legend is HTML, so it
 * follows the text size and stays readable without the canvas.
 *
 * The chart follows the UI language, the light/dark theme (colours are read from CSS custom
 * properties), the text-size setting and `prefers-reduced-motion`; it is rebuilt when any changes.
 */
import { For, Show, createEffect, createRoot, createSignal, getOwner, onCleanup, onMount, runWithOwner, type Accessor } from 'solid-js';
import type { Chart as ChartType, ChartConfiguration, ChartDataset, Plugin, TooltipItem } from 'chart.js';
import type { KpiView } from '../domain/kpi-series';
import { textSize } from '../app/text-size';
import { yieldToMain } from '../storage/yield';
import { lang, t } from '../i18n';
import { formatKpiValue, partName, rateText, unitLabel } from '../app/kpi-text';

// ---------------------------------------------------------------------------------------------
// Plan: what to draw, without Chart.js (also drives the HTML legend)

export type ColourToken = 'part-0' | 'part-1' | 'part-2' | 'part-3' | 'part-4' | 'target' | 'neutral';
const PART_COLOURS: ColourToken[] = ['part-0', 'part-1', 'part-2', 'part-3', 'part-4'];
const POINT_STYLES = ['circle', 'rect', 'triangle', 'rectRot', 'crossRot'] as const;

export interface PlanDataset {
  type: 'bar' | 'line';
  colour: ColourToken;
  label: string;
  unit: string | null;
  /** One value per category: the baseline column first, then each fiscal year. */
  data: (number | null)[];
  stack?: string;
  pointStyle?: (typeof POINT_STYLES)[number];
}

export interface RateLabel {
  /** Category index (0 is the baseline column). */
  index: number;
  /** Datasets whose bars make up the column; the label sits above the highest. */
  datasets: number[];
  text: string;
}

export interface ChartPlan {
  datasets: PlanDataset[];
  rates: RateLabel[];
  stacked: boolean;
}

const colourOf = (i: number): ColourToken => PART_COLOURS[i % PART_COLOURS.length]!;

/** Datasets for a numeric KPI. Reads `t()`, so call it where the language is tracked. */
export function chartPlan(view: KpiView): ChartPlan {
  const datasets: PlanDataset[] = [];
  const rates: RateLabel[] = [];
  const axisUnit = view.unit;
  const withUnit = (label: string, unit: string | null) =>
    unit !== axisUnit && unit != null ? t('charts.partUnit', { part: label, unit: unitLabel(unit) ?? unit }) : label;

  if (view.layout === 'stacked') {
    view.parts.forEach((s, i) => {
      datasets.push({
        type: 'bar',
        colour: colourOf(i),
        label: withUnit(partName(s) ?? String(i + 1), s.unit),
        unit: s.unit,
        data: [null, ...s.years.map((y) => y.actual)],
        stack: 'actual',
      });
    });
    const total = view.total!;
    const bars = datasets.map((_, i) => i);
    if (total.baseline != null) {
      datasets.push({ type: 'bar', colour: 'neutral', label: t('charts.baseline'), unit: total.unit, data: [total.baseline, ...total.years.map(() => null)], stack: 'actual' });
    }
    datasets.push({ type: 'line', colour: 'target', label: t('charts.targetTotal'), unit: total.unit, data: [null, ...total.years.map((y) => y.target)], stack: 'target', pointStyle: 'circle' });
    total.years.forEach((y, i) => {
      if (y.rate != null) rates.push({ index: i + 1, datasets: bars, text: rateText(y.rate) });
    });
    return { datasets, rates, stacked: true };
  }

  const single = view.layout === 'single';
  view.parts.forEach((s, i) => {
    const di = datasets.length;
    datasets.push({
      type: 'bar',
      colour: colourOf(i),
      label: single ? t('charts.keyBars') : withUnit(partName(s) ?? String(i + 1), s.unit),
      unit: s.unit,
      data: [s.baseline, ...s.years.map((y) => y.actual)],
    });
    s.years.forEach((y, yi) => {
      if (y.rate != null) rates.push({ index: yi + 1, datasets: [di], text: rateText(y.rate) });
    });
  });
  if (single || view.sharedTargets) {
    const s = view.parts[0]!;
    datasets.push({
      type: 'line',
      colour: 'target',
      label: single ? t('charts.keyLine') : t('charts.targetShared'),
      unit: s.unit,
      data: [null, ...s.years.map((y) => y.target)],
      pointStyle: 'circle',
    });
  } else {
    view.parts.forEach((s, i) => {
      if (s.years.every((y) => y.target == null)) return;
      datasets.push({
        type: 'line',
        colour: colourOf(i),
        label: t('charts.targetOf', { part: partName(s) ?? String(i + 1) }),
        unit: s.unit,
        data: [null, ...s.years.map((y) => y.target)],
        pointStyle: POINT_STYLES[i % POINT_STYLES.length]!,
      });
    });
  }
  return { datasets, rates, stacked: false };
}

// ---------------------------------------------------------------------------------------------
// Environment signals: theme and motion preferences

function mediaSignal(query: string): Accessor<boolean> {
  if (typeof window === 'undefined' || !window.matchMedia) return () => false;
  const mq = window.matchMedia(query);
  const [matches, set] = createRoot(() => createSignal(mq.matches));
  mq.addEventListener('change', (e) => set(e.matches));
  return matches;
}

let dark: Accessor<boolean> | undefined;
let reducedMotion: Accessor<boolean> | undefined;

// ---------------------------------------------------------------------------------------------
// Chart.js, loaded on demand

type ChartCtor = typeof ChartType;
let loading: Promise<ChartCtor> | undefined;

/** Loads Chart.js once and registers only what the KPI charts use (tree-shaken). */
function loadChartJs(): Promise<ChartCtor> {
  loading ??= (async () => {
    const { Chart, BarController, BarElement, LineController, LineElement, PointElement, CategoryScale, LinearScale, Tooltip } = await import('chart.js');
    Chart.register(BarController, BarElement, LineController, LineElement, PointElement, CategoryScale, LinearScale, Tooltip);
    return Chart;
  })();
  loading.catch(() => (loading = undefined));
  return loading;
}

interface Palette {
  colours: Record<ColourToken, string>;
  text: string;
  muted: string;
  grid: string;
  bg: string;
  font: string;
  fontSize: number;
}

function readPalette(el: HTMLElement): Palette {
  const cs = getComputedStyle(el);
  const v = (name: string) => cs.getPropertyValue(name).trim();
  const colours = Object.fromEntries(
    (['part-0', 'part-1', 'part-2', 'part-3', 'part-4', 'target', 'neutral'] as const).map((c) => [c, v(`--chart-${c}`) || '#555']),
  ) as Record<ColourToken, string>;
  const base = parseFloat(cs.fontSize) || 16;
  return {
    colours,
    text: v('--text') || '#1a1a1a',
    muted: v('--muted') || '#4a4f57',
    grid: v('--chart-grid') || 'rgba(0,0,0,0.15)',
    bg: v('--bg') || '#fff',
    font: cs.fontFamily,
    fontSize: Math.round(base * 0.8),
  };
}

/** `#rrggbb` with an alpha, for the lighter fill of the baseline column. */
function withAlpha(hex: string, alpha: number): string {
  const m = /^#([0-9a-f]{6})$/i.exec(hex);
  if (!m) return hex;
  const n = parseInt(m[1]!, 16);
  return `rgba(${(n >> 16) & 255}, ${(n >> 8) & 255}, ${n & 255}, ${alpha})`;
}

/** Writes each achievement rate above its bar (or above the top of its stack). */
function ratePlugin(rates: RateLabel[], palette: Palette): Plugin {
  return {
    id: 'kpiRates',
    afterDatasetsDraw(chart) {
      const { ctx } = chart;
      ctx.save();
      ctx.fillStyle = palette.text;
      ctx.strokeStyle = palette.bg;
      ctx.lineWidth = 4;
      ctx.lineJoin = 'round';
      ctx.textAlign = 'center';
      ctx.textBaseline = 'bottom';
      for (const r of rates) {
        let x: number | null = null;
        let y = Infinity;
        for (const di of r.datasets) {
          if (!chart.isDatasetVisible(di)) continue;
          const el = chart.getDatasetMeta(di).data[r.index] as unknown as { x: number; y: number } | undefined;
          const raw = chart.data.datasets[di]?.data[r.index];
          if (!el || raw == null) continue;
          x = el.x;
          y = Math.min(y, el.y);
        }
        if (x == null || !Number.isFinite(y)) continue;
        // Drawn only where it fits its column (the caption and the table always hold it).
        const column = (chart.chartArea.right - chart.chartArea.left) / (chart.data.labels?.length || 1);
        let size = Math.round(palette.fontSize * 0.9);
        ctx.font = `700 ${size}px ${palette.font}`;
        while (size > 10 && ctx.measureText(r.text).width > column * 0.9) ctx.font = `700 ${--size}px ${palette.font}`;
        if (ctx.measureText(r.text).width > column * 0.9) continue;
        // A halo in the background colour keeps the label legible over a target line or point.
        ctx.strokeText(r.text, x, y - 4);
        ctx.fillText(r.text, x, y - 4);
      }
      ctx.restore();
    },
  };
}

function buildConfig(view: KpiView, plan: ChartPlan, palette: Palette, choices: (string | string[])[][], animate: boolean): ChartConfiguration {
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
  const unitTitle = unitLabel(view.unit);
  const font = { family: palette.font, size: palette.fontSize };
  return {
    type: 'bar',
    data: { labels: choices[0]!.map((_, i) => String(i)), datasets: datasets as ChartDataset<'bar'>[] },
    options: {
      responsive: true,
      maintainAspectRatio: false,
      animation: animate ? { duration: 400 } : false,
      color: palette.text,
      font,
      layout: { padding: { top: palette.fontSize + 6 } },
      interaction: { mode: 'index', intersect: false },
      scales: {
        x: {
          stacked: plan.stacked,
          ticks: {
            color: palette.text,
            font: (c: { chart: ChartType }) => ({ family: palette.font, size: fittingLabels(c.chart, choices, palette).size }),
            maxRotation: 0,
            autoSkip: false,
            callback(this: { chart: ChartType }, _value: unknown, index: number) {
              return fittingLabels(this.chart, choices, palette).labels[index];
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
          title: { display: unitTitle != null, text: unitTitle ?? '', color: palette.text, font },
        },
      },
      plugins: {
        tooltip: {
          titleFont: font,
          bodyFont: font,
          filter: (item: TooltipItem<'bar'>) => item.raw != null,
          callbacks: {
            title: (items: TooltipItem<'bar'>[]) => {
              const l = choices[0]![items[0]?.dataIndex ?? 0];
              return Array.isArray(l) ? l.join('') : (l ?? '');
            },
            label: (item: TooltipItem<'bar'>) =>
              `${item.dataset.label}${lang() === 'ja' ? '：' : ': '}${formatKpiValue(item.raw as number, plan.datasets[item.datasetIndex]?.unit ?? null)}`,
            labelColor: (item: TooltipItem<'bar'>) => {
              const colour = c[plan.datasets[item.datasetIndex]?.colour ?? 'target'];
              return { borderColor: colour, backgroundColor: colour };
            },
          },
        },
      },
    },
    plugins: [ratePlugin(plan.rates, palette)],
  } as ChartConfiguration;
}

/**
 * Category labels, longest first: the first that fits the column width is drawn, so a 320 px
 * screen gets `2023`/`(R5)` where a wide one gets `2023年度`/`（R5）` (or `FY2023`).
 */
function categoryChoices(view: KpiView): (string | string[])[][] {
  const ja = lang() === 'ja';
  const base = t('charts.baseline');
  const baseShort = ja ? [base.slice(0, 2), base.slice(2)].filter(Boolean) : base.length > 5 ? [base.slice(0, 4), base.slice(4)] : [base];
  return [
    [base, ...view.fiscalYears.map((fy) => (ja ? [`${fy}年度`, `（R${fy - 2018}）`] : `FY${fy}`))],
    [baseShort, ...view.fiscalYears.map((fy) => (ja ? [`${fy}`, `(R${fy - 2018})`] : ['FY', `${fy}`]))],
    [baseShort, ...view.fiscalYears.map((fy) => (ja ? `R${fy - 2018}` : `'${String(fy).slice(2)}`))],
  ];
}

/** The longest labels that fit the columns at the chart's font size; else the shortest, in a smaller font. */
function fittingLabels(chart: ChartType, choices: (string | string[])[][], palette: Palette): { labels: (string | string[])[]; size: number } {
  const { ctx } = chart;
  const n = choices[0]!.length;
  const area = chart.chartArea;
  const perColumn = (area ? area.right - area.left : chart.width * 0.85) / n - 6;
  const widest = (labels: (string | string[])[], size: number) => {
    ctx.font = `${size}px ${palette.font}`;
    return Math.max(...labels.flatMap((l) => (Array.isArray(l) ? l : [l])).map((x) => ctx.measureText(x).width));
  };
  ctx.save();
  try {
    const fit = choices.find((c) => widest(c, palette.fontSize) <= perColumn);
    if (fit) return { labels: fit, size: palette.fontSize };
    const shortest = choices[choices.length - 1]!;
    let size = palette.fontSize;
    while (size > 10 && widest(shortest, size) > perColumn) size--;
    return { labels: shortest, size };
  } finally {
    ctx.restore();
  }
}

// ---------------------------------------------------------------------------------------------
// Components

/** The legend, in HTML: each series with its colour and mark, so it also reads while the chart loads. */
export function KpiLegend(props: { view: KpiView }) {
  const plan = () => chartPlan(props.view);
  return (
    <ul class="kpi-legend" aria-label={t('charts.legend')}>
      <For each={plan().datasets}>
        {(d) => (
          <li class="kpi-legend__item">
            <span class={`kpi-legend__swatch kpi-legend__swatch--${d.type} chart-${d.colour}`} data-point={d.pointStyle} aria-hidden="true" />
            <span>{d.label}</span>
          </li>
        )}
      </For>
    </ul>
  );
}

/**
 * Draws only when the figure comes within this distance below the viewport: drawing a chart is
 * one of the longest tasks of a pledge page (tens of milliseconds on a phone), and the first
 * chart sits just below the first screen. Chart.js is loaded beforehand, so the drawing is
 * done within a frame or two, before the figure scrolls into view, and its animation plays in sight.
 */
const NEAR_MARGIN = '0px 0px 100px 0px';

/** Calls `near` once `el` comes near the viewport; at once where IntersectionObserver is missing. */
function whenNear(el: Element, near: () => void): () => void {
  if (typeof IntersectionObserver === 'undefined') {
    near();
    return () => {};
  }
  const io = new IntersectionObserver(
    (entries) => {
      if (!entries.some((e) => e.isIntersecting)) return;
      io.disconnect();
      near();
    },
    { rootMargin: NEAR_MARGIN },
  );
  io.observe(el);
  return () => io.disconnect();
}

/**
 * The canvas. It reserves its space at once (no layout shift), loads Chart.js, and draws when it
 * comes near the viewport (or the page is printed). `label` is the chart's accessible name (the
 * caption sentence); the table under it holds the data.
 */
export function KpiChart(props: { view: KpiView; label: string }) {
  let box!: HTMLDivElement;
  let canvas!: HTMLCanvasElement;
  let chart: ChartType | undefined;
  let disposed = false;
  let printing = false;
  const [state, setState] = createSignal<'loading' | 'ready' | 'failed'>('loading');
  const [near, setNear] = createSignal(false);
  const owner = getOwner();

  const destroy = () => {
    chart?.destroy();
    chart = undefined;
  };
  const beforePrint = () => {
    // Printing prints the bitmap: a chart not drawn yet is drawn now, synchronously and without
    // animation, if Chart.js has arrived.
    printing = true;
    setNear(true);
    printing = false;
    chart?.resize();
  };

  onMount(() => {
    dark ??= mediaSignal('(prefers-color-scheme: dark)');
    reducedMotion ??= mediaSignal('(prefers-reduced-motion: reduce)');
    window.addEventListener('beforeprint', beforePrint);
    // Here, not below: the server render never mounts, but it does run cleanups (no window).
    onCleanup(() => window.removeEventListener('beforeprint', beforePrint));
    // The observer's callback, then a task of its own per chart (several may come near at once).
    onCleanup(whenNear(box, () => void yieldToMain().then(() => setNear(true))));
    loadChartJs().then(
      async (Chart) => {
        // Evaluating Chart.js and drawing are separate tasks.
        await yieldToMain();
        if (disposed) return;
        runWithOwner(owner, () =>
          createEffect(() => {
            if (!near()) return;
            // Rebuilt on a change of language, theme, text size or motion preference.
            lang();
            dark!();
            textSize();
            const animate = !reducedMotion!() && !printing;
            const plan = chartPlan(props.view);
            const cats = categoryChoices(props.view);
            destroy();
            chart = new Chart(canvas, buildConfig(props.view, plan, readPalette(box), cats, animate));
            setState('ready');
          }),
        );
      },
      () => {
        if (!disposed) setState('failed');
      },
    );
  });
  onCleanup(() => {
    disposed = true;
    destroy();
  });

  return (
    <div class="kpi-chart" ref={box} data-state={state()}>
      <canvas ref={canvas} role="img" aria-label={props.label} data-testid="kpi-chart" />
      <Show when={state() !== 'ready'}>
        <p class="kpi-chart__status" aria-hidden={state() === 'loading' ? 'true' : undefined}>
          {state() === 'failed' ? t('charts.failed') : t('charts.loading')}
        </p>
      </Show>
    </div>
  );
}
