/**
 * Turns the bench's figures into one table, each figure beside its budget, and the
 * `BENCHMARKS.md` around it: machine, date, Lighthouse version and settings, runs, method.
 */
import type { Sizes } from './sizes.ts';
import type { LighthouseSummary } from './lighthouse.ts';
import type { ScaleResult, ScaleSize } from './scale.ts';
import type { ReturningMode, ReturningResult } from './returning.ts';
import { median } from './stats.ts';

export interface Row {
  group: string;
  what: string;
  figure: string;
  budget: string;
  /** null: reported, no budget. */
  ok: boolean | null;
}

export interface Machine {
  cpu: string;
  cores: number;
  memoryGiB: number;
  node: string;
  chromium: string;
  os: string;
}

export interface ReportInput {
  date: string;
  machine: Machine;
  lighthouseVersion: string;
  lighthouseSettings: string;
  runs: number;
  durationS: number;
  sizes?: Sizes;
  lighthouse?: LighthouseSummary[];
  scale?: ScaleResult;
  returning?: ReturningResult;
  notes: string[];
}

/** Kilobytes of 1,000 bytes, as Vite and Lighthouse print them. */
export const kb = (bytes: number) => `${(bytes / 1000).toFixed(1)} KB`;
const ms = (n: number) => (Number.isFinite(n) ? `${n < 100 ? n.toFixed(1) : Math.round(n).toLocaleString('en')} ms` : 'n/a');
const mb = (bytes: number) => `${(bytes / 1e6).toFixed(0)} MB`;
const mark = (ok: boolean | null) => (ok === null ? '—' : ok ? '✓' : '✗');

export const BUDGETS = {
  firstLoadJs: 60_000,
  chart: 62_000,
  precache: 250_000,
  score: 100,
  lcpMs: 1200,
  tbtMs: 50,
  cls: 0.02,
  searchP95Ms: 16,
  idbLoadMs: 1000,
  /** "Stays smooth": no budget figure in the issue; the bench holds scrolling to 30 fps at the 95th percentile. */
  scrollP95Ms: 33.4,
  /** A returning reader's page: its own content painted, and usable, from navigation (p95). */
  returningContentMs: 300,
  returningUsableMs: 500,
} as const;

export function rows(input: ReportInput): Row[] {
  const out: Row[] = [];
  const { sizes, lighthouse, scale } = input;
  if (sizes) {
    for (const r of sizes.routes) {
      out.push({ group: 'Bundle', what: `JS for first render of \`${r.route}\` (gzip)`, figure: kb(r.gzip), budget: `≤ ${kb(BUDGETS.firstLoadJs)}`, ok: r.gzip <= BUDGETS.firstLoadJs });
    }
    if (sizes.chart)
      out.push({ group: 'Bundle', what: 'Chart chunk (gzip)', figure: kb(sizes.chart.gzip), budget: `≤ ${kb(BUDGETS.chart)}`, ok: sizes.chart.gzip <= BUDGETS.chart });
    else out.push({ group: 'Bundle', what: 'Chart chunk (gzip)', figure: 'no chart chunk found', budget: `≤ ${kb(BUDGETS.chart)}`, ok: null });
    out.push({
      group: 'Bundle',
      what: `Everything precached, ${sizes.precache.files} files (gzip; images as-is)`,
      figure: kb(sizes.precache.gzip),
      budget: `≤ ${kb(BUDGETS.precache)}`,
      ok: sizes.precache.gzip <= BUDGETS.precache,
    });
    if (sizes.furigana)
      out.push({
        group: 'Bundle',
        what: `Furigana data per page (gzip): one readings file for every page (${kb(sizes.furigana.raw)} raw), plus its code ${kb(sizes.furigana.chunk.gzip)}; only once switched on, not precached`,
        figure: kb(sizes.furigana.gzip),
        budget: '— (0 B when off)',
        ok: null,
      });
  }
  for (const lh of lighthouse ?? []) {
    const page = `\`${new URL(lh.url).pathname}\` (${lh.locale})`;
    const s = lh.scores;
    const w = lh.worst;
    // Judged on the worst run: every reader, not the median one, should get the budget.
    const all100 = [w.performance, s.accessibility, s['best-practices'], s.seo].every((v) => v >= BUDGETS.score);
    out.push({
      group: 'Lighthouse',
      what: `${page} Performance / Accessibility / Best Practices / SEO (Performance of the worst of ${lh.runs} runs: ${w.performance})`,
      figure: `${s.performance} / ${s.accessibility} / ${s['best-practices']} / ${s.seo}`,
      budget: 'all 100, every run',
      ok: all100,
    });
    out.push({ group: 'Lighthouse', what: `${page} LCP, median (worst run ${ms(w.lcpMs)})`, figure: ms(lh.lcpMs), budget: `≤ ${ms(BUDGETS.lcpMs)}, every run`, ok: w.lcpMs <= BUDGETS.lcpMs });
    out.push({ group: 'Lighthouse', what: `${page} TBT, median (worst run ${ms(w.tbtMs)}; runs ${lh.tbtRuns.map((x) => Math.round(x)).join(', ')} ms)`, figure: ms(lh.tbtMs), budget: `≤ ${ms(BUDGETS.tbtMs)}, every run`, ok: w.tbtMs <= BUDGETS.tbtMs });
    out.push({ group: 'Lighthouse', what: `${page} CLS, median (worst run ${w.cls.toFixed(3)})`, figure: lh.cls.toFixed(3), budget: `≤ ${BUDGETS.cls}, every run`, ok: w.cls <= BUDGETS.cls });
  }
  for (const size of scale?.sizes ?? []) out.push(...scaleRows(size));
  for (const m of input.returning?.modes ?? []) out.push(...returningRows(m));
  return out;
}

function returningRows(m: ReturningMode): Row[] {
  const pages = new Set(m.navigations.map((n) => n.path)).size;
  const group = `Returning, ${m.mode}`;
  const over = `p95 of ${m.content.n} navigations over ${pages} pages`;
  return [
    {
      group,
      what: `Content painted (\`<h1>\`, and a pledge's status), ${over} (p50 ${ms(m.content.p50)}, max ${ms(m.content.max)})`,
      figure: ms(m.content.p95),
      budget: `≤ ${ms(BUDGETS.returningContentMs)}`,
      ok: m.content.p95 <= BUDGETS.returningContentMs,
    },
    {
      group,
      what: `Usable (bookmark or filter answers a tap), ${over} (p50 ${ms(m.usable.p50)}, max ${ms(m.usable.max)})`,
      figure: ms(m.usable.p95),
      budget: `≤ ${ms(BUDGETS.returningUsableMs)}`,
      ok: m.usable.p95 <= BUDGETS.returningUsableMs,
    },
  ];
}

/** Per page: the median and the worst of its runs. */
function returningTable(m: ReturningMode): string[] {
  const lines = ['| Page | Content painted p50 / worst | Usable p50 / worst | First paint p50 |', '|---|---|---|---|'];
  const paths = [...new Set(m.navigations.map((n) => n.path))];
  for (const path of paths) {
    const runs = m.navigations.filter((n) => n.path === path);
    const pair = (xs: number[]) => `${ms(median(xs))} / ${ms(Math.max(...xs))}`;
    lines.push(`| \`${path}\` | ${pair(runs.map((r) => r.contentMs))} | ${pair(runs.map((r) => r.usableMs))} | ${ms(median(runs.map((r) => r.fcpMs)))} |`);
  }
  return lines;
}

function scaleRows(s: ScaleSize): Row[] {
  const n = s.count.toLocaleString('en');
  const is10k = s.count === 10_000;
  const out: Row[] = [];
  out.push({
    group: `Scale ${n}`,
    what: `Filter + search, p95 of ${s.search.warm.n} keystrokes/facet changes (p50 ${ms(s.search.warm.p50)}, max ${ms(s.search.warm.max)})`,
    figure: ms(s.search.warm.p95),
    budget: is10k ? `< ${ms(BUDGETS.searchP95Ms)}` : 'reported',
    ok: is10k ? s.search.warm.p95 < BUDGETS.searchP95Ms : null,
  });
  out.push({ group: `Scale ${n}`, what: 'First keystroke after load (folds every text once)', figure: ms(s.search.cold), budget: 'reported', ok: null });
  if (s.load) {
    const l = s.load;
    out.push({
      group: `Scale ${n}`,
      what: `IndexedDB first load, fetch → stored → first list render (${mb(l.bytes)} file)`,
      figure: ms(l.totalMs),
      budget: `< ${ms(BUDGETS.idbLoadMs)}`,
      ok: l.totalMs < BUDGETS.idbLoadMs,
    });
    out.push({
      group: `Scale ${n}`,
      what: 'of which fetch / parse / validate / store / read back / render',
      figure: [l.fetchMs, l.parseMs, l.validateMs, l.storeMs, l.readBackMs, l.renderMs].map((v) => Math.round(v)).join(' / ') + ' ms',
      budget: 'reported',
      ok: null,
    });
  }
  if (s.validateMs !== undefined) out.push({ group: `Scale ${n}`, what: 'Validate the dataset (valibot schema + invariants)', figure: ms(s.validateMs), budget: 'reported', ok: null });
  if (s.list) out.push({ group: `Scale ${n}`, what: `List page render (${s.list.renderedItems.toLocaleString('en')} rows in the DOM)`, figure: ms(s.list.renderMs), budget: 'reported', ok: null });
  if (s.typing) out.push({ group: `Scale ${n}`, what: `Keystroke → painted result on the list page, p95 of ${s.typing.n} (p50 ${ms(s.typing.p50)})`, figure: ms(s.typing.p95), budget: 'reported', ok: null });
  if (s.scroll) {
    out.push({
      group: `Scale ${n}`,
      what: `Scrolling the list: frame time p95 (${s.scroll.janky} of ${s.scroll.total} frames over ${JANK_LABEL})`,
      figure: ms(s.scroll.frames.p95),
      budget: `≤ ${ms(BUDGETS.scrollP95Ms)} (30 fps)`,
      ok: s.scroll.frames.p95 <= BUDGETS.scrollP95Ms,
    });
  }
  out.push({ group: `Scale ${n}`, what: 'JS heap with the dataset loaded (after GC)', figure: mb(s.memory.data.heapUsed), budget: 'reported', ok: null });
  if (s.memory.withList)
    out.push({
      group: `Scale ${n}`,
      what: `JS heap with the list page shown (${s.memory.withList.nodes.toLocaleString('en')} DOM nodes)`,
      figure: mb(s.memory.withList.heapUsed),
      budget: 'reported',
      ok: null,
    });
  return out;
}

const JANK_LABEL = '34 ms';

export function table(list: Row[]): string {
  const lines = ['| | Measure | Figure | Budget | |', '|---|---|---|---|---|'];
  for (const r of list) lines.push(`| ${r.group} | ${r.what} | ${r.figure} | ${r.budget} | ${mark(r.ok)} |`);
  return lines.join('\n');
}

/** Plain-text table for the terminal. */
export function plainTable(list: Row[]): string {
  const widths = [14, 70, 22, 20];
  const cut = (s: string, w: number) => (s.length > w ? `${s.slice(0, w - 1)}…` : s.padEnd(w));
  return list.map((r) => [cut(r.group, widths[0]!), cut(r.what.replaceAll('`', ''), widths[1]!), cut(r.figure, widths[2]!), cut(r.budget, widths[3]!), mark(r.ok)].join('  ')).join('\n');
}

export function markdown(input: ReportInput): string {
  const list = rows(input);
  const failed = list.filter((r) => r.ok === false);
  const m = input.machine;
  const lh = input.lighthouse ?? [];
  const out: string[] = [];
  out.push('# Benchmarks');
  out.push('');
  out.push('Written by `npm run bench` (scripts/bench.ts); do not edit by hand.');
  out.push('');
  out.push(`- Date: ${input.date}`);
  out.push(`- Machine: ${m.cpu}, ${m.cores} cores, ${m.memoryGiB} GiB memory, ${m.os}`);
  out.push(`- Node ${m.node}; ${m.chromium}`);
  out.push(`- Lighthouse ${input.lighthouseVersion}: ${input.lighthouseSettings}; ${input.runs} runs per page, each figure the median of its runs, judged on the worst run`);
  if (lh.length) out.push(`- Lighthouse's CPU benchmark index of this machine: ${Math.round(lh[0]!.benchmarkIndex)} (a mid-range phone scores about 500–1000 before the 4× slowdown)`);
  if (input.scale) out.push(`- Scale: Playwright driving the same Chromium, CPU slowed ${input.scale.cpuSlowdown}× with CDP \`Emulation.setCPUThrottlingRate\`, 412×823 viewport`);
  out.push(`- Bench duration: ${Math.round(input.durationS)} s`);
  out.push('');
  out.push(`**${list.filter((r) => r.ok === true).length} budgets met, ${failed.length} missed.**`);
  out.push('');
  out.push(table(list));
  const idbMissed = list.some((r) => r.ok === false && r.what.startsWith('IndexedDB first load'));
  if (idbMissed) out.push('', ...IDB_GAP);
  out.push('');
  if (lh.length) {
    out.push('## Long tasks of the run with the most blocking time');
    out.push('');
    out.push('Per page, the main-thread tasks over 50 ms that Lighthouse found in its worst run (start from navigation, simulated CPU ×4), longest first.');
    out.push('');
    for (const l of lh) {
      const tasks = l.worstRunLongTasks.map((t) => `${Math.round(t.durationMs)} ms at ${Math.round(t.startMs)} ms (${t.url.replace(/^https?:\/\/[^/]+/, '')})`);
      out.push(`- \`${new URL(l.url).pathname}\`: ${tasks.length ? tasks.join('; ') : 'none'}`);
    }
    out.push('');
  }
  if (lh.some((l) => l.failing.length)) {
    out.push('## Lighthouse audits that lost points');
    out.push('');
    for (const l of lh) if (l.failing.length) out.push(`- \`${new URL(l.url).pathname}\`: ${l.failing.join('; ')}`);
    out.push('');
  }
  for (const m of input.returning?.modes ?? []) {
    out.push(`## Returning reader, ${m.mode}`);
    out.push('');
    out.push(
      `Pages never opened before, after one visit to /about; CPU ×4; ${input.returning!.runsPerPage} runs per page, from navigation start. ${m.mode === 'offline' ? 'No network at all.' : 'Online, the worker in control.'}`,
    );
    out.push('');
    out.push(...returningTable(m));
    out.push('');
  }
  if (input.sizes) {
    out.push('## What the first render loads');
    out.push('');
    for (const r of input.sizes.routes) out.push(`- \`${r.route}\` (${r.page}): ${r.files.map((f) => f.replace(/^assets\//, '')).join(', ')}`);
    out.push(`- Largest JS files (gzip): ${input.sizes.largest.map((l) => `${l.file.replace(/^assets\//, '')} ${kb(l.gzip)}`).join(', ')}`);
    out.push('');
  }
  out.push('## Method');
  out.push('');
  out.push(...METHOD);
  if (input.notes.length) {
    out.push('');
    out.push('## Notes from this run');
    out.push('');
    for (const n of input.notes) out.push(`- ${n}`);
  }
  out.push('');
  return out.join('\n');
}

/** Why the 10,000-pledge IndexedDB budget is missed, printed whenever it is. */
const IDB_GAP = [
  '## The budget this build misses, and why',
  '',
  "- **IndexedDB first load of 10,000 pledges.** The synthetic file is ~58 MB: each copy carries its real pledge's full text, source lines included, as `data/pledges.json` does (212 KB for 29 pledges). At CPU ×4 receiving and decoding that file alone takes ~1.5 s and `JSON.parse` ~0.45 s (the breakdown row above), so no change to how the app validates or stores it can bring the total under 1 s. Meeting it needs another data layout: a small index file (id, titles, status, policy, departments, summary — a few MB at 10,000) loaded first and each pledge's detail fetched when opened. A 29-pledge roadmap does not need that, and the loader refuses files over 5 MB anyway; filtering, searching and scrolling 10,000 pledges, which the app does do, are within budget. The write (one structured-clone row) is ~1.3 s of it.",
];

const METHOD = [
  '- **Build and serving.** `npm run build` writes `dist/`; the static server of src/build/static-server.ts (on sirv) serves a copy of it on 127.0.0.1 precompressed as a host does at deploy time (brotli quality 11, gzip 9 as fallback), `immutable` caching for hashed assets and `no-cache` for the rest, prerendered pages where the build has them and the SPA shell for other app routes.',
  '- **Bundle sizes** come from `dist/.vite/manifest.json`: for a route, the entry chunk plus its static imports plus the route\'s lazy page chunk and its language\'s locale chunk (both loaded before the first render) with their static imports (other dynamic imports, such as the chart, are not counted), each file gzipped at level 9. "Precached" is every URL in `dist/sw.js`\'s precache manifest, text gzipped, images as they are sent. 1 KB = 1,000 bytes.',
  '- **Lighthouse** runs its CLI once per run in a fresh headless Chromium (`--headless=new --no-sandbox`, `--lang` set to the page\'s reader: ja-JP for the Japanese pages, en-US for `/en/…`), storage cleared (a cold first visit), and reports the median of each figure separately. The URL decides a page\'s language; a browser in the other language gets the same page plus a floating offer of its own language (no layout shift).',
  '- **Scale.** scripts/bench/synthetic.ts makes N pledges from the 29 real ones: pledge i copies real pledge i mod 29 with id `1001 + i`, a Bibai district and its id in its titles and summary, and a seeded status; every copy passes the app\'s schema. The bench page (scripts/bench/harness/) bundles the app\'s own code: `applyFilter` + `facetCounts` (what the list page computes per keystroke) timed per character typed over 20 queries plus facet changes; the loader\'s steps (fetch, `JSON.parse`, `validateDataset`, `storeEdition`, `readCurrentEdition`) and the real `PledgeList` page mounted on the result; typing into the real search box; scrolling the page one step per frame.',
  '- **The 5 MB limit.** The loader refuses files over `MAX_DATASET_BYTES` (5 MB); the 10,000-pledge file is ~58 MB. The limit stays (it protects phones from a broken or hostile file); the bench runs the loader\'s steps itself with only that size check left out. The 100,000 set (~580 MB as JSON) is built in the page, each pledge passed through JSON once so it owns its strings as a parsed file would, and is validated with the same schema.',
  '- **Memory** is CDP `Runtime.getHeapUsage` after `HeapProfiler.collectGarbage`; DOM nodes from `Performance.getMetrics`.',
];
