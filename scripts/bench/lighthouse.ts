/**
 * Lighthouse (the npm package, its CLI in a child process per run so one run's Chrome and
 * memory never leak into the next) against Debian's Chromium. Mobile preset: Moto G Power
 * screen, simulated slow 4G (150 ms RTT, 1.6 Mbps down) and a 4× CPU slowdown — Lighthouse's
 * defaults, spelled out so a future default change cannot silently move the figures.
 *
 * Only the bench uses it, and it brings ~190 packages: rather than slowing every `npm ci`, it is
 * installed on first use, at the pinned version, into the bench's own cache folder.
 */
import { execFile } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, rm } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { median } from './stats.ts';

const run = promisify(execFile);

/** The version the figures in BENCHMARKS.md were measured with; change it on purpose only. */
export const LIGHTHOUSE_VERSION = '12.8.2';
const PREFIX = resolve(import.meta.dirname, `../../node_modules/.cache/bench/lighthouse-${LIGHTHOUSE_VERSION}`);
const PACKAGE_JSON = join(PREFIX, 'node_modules/lighthouse/package.json');

/** Installs the pinned Lighthouse unless it is there; returns the path of its CLI. */
export async function ensureLighthouse(log: (s: string) => void): Promise<string> {
  const installed = existsSync(PACKAGE_JSON) && (JSON.parse(readFileSync(PACKAGE_JSON, 'utf8')) as { version: string }).version;
  if (installed !== LIGHTHOUSE_VERSION) {
    log(`  installing lighthouse@${LIGHTHOUSE_VERSION} into ${PREFIX} (once)`);
    await mkdir(PREFIX, { recursive: true });
    await run('npm', ['install', '--prefix', PREFIX, '--no-save', '--no-package-lock', '--no-audit', '--no-fund', '--loglevel=error', `lighthouse@${LIGHTHOUSE_VERSION}`], {
      timeout: 600_000,
      maxBuffer: 16 * 1024 * 1024,
    });
  }
  return createRequire(PACKAGE_JSON).resolve('lighthouse/cli/index.js');
}

export const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
export type Category = (typeof CATEGORIES)[number];

export const SETTINGS = {
  formFactor: 'mobile',
  throttlingMethod: 'simulate',
  rttMs: 150,
  throughputKbps: 1638.4,
  cpuSlowdownMultiplier: 4,
} as const;

export interface LighthouseRun {
  scores: Record<Category, number>;
  lcpMs: number;
  tbtMs: number;
  cls: number;
  /** Lighthouse's own CPU benchmark of this machine (higher is faster). */
  benchmarkIndex: number;
  transferBytes: number;
  /** Audits that lost points, for the report's "why". */
  failing: string[];
  /** The run's longest main-thread tasks (Lighthouse's long-tasks audit), longest first. */
  longTasks: LongTask[];
}

export interface LongTask {
  /** The script the task is attributed to, or "Unattributable". */
  url: string;
  startMs: number;
  durationMs: number;
}

/** The worst of a page's runs for each figure: a median hides the run a quarter of readers get. */
export interface WorstRun {
  performance: number;
  lcpMs: number;
  tbtMs: number;
  cls: number;
}

export interface LighthouseSummary extends Omit<LighthouseRun, 'failing' | 'longTasks'> {
  url: string;
  /** The browser language it ran with. */
  locale: string;
  runs: number;
  failing: string[];
  worst: WorstRun;
  /** Every run's total blocking time, in run order. */
  tbtRuns: number[];
  /** The long tasks of the run with the most blocking time. */
  worstRunLongTasks: LongTask[];
}

interface Lhr {
  lighthouseVersion: string;
  categories: Record<string, { score: number | null; auditRefs: { id: string; weight: number }[] }>;
  audits: Record<string, { score: number | null; numericValue?: number; scoreDisplayMode: string; title: string; details?: { items?: { url?: string; startTime?: number; duration?: number }[] } }>;
  environment: { benchmarkIndex: number };
  runtimeError?: { message: string };
}

async function once(cli: string, url: string, locale: string): Promise<LighthouseRun> {
  const dir = await mkdtemp(join(tmpdir(), 'bench-lh-'));
  const out = join(dir, 'report.json');
  try {
    await run(
      process.execPath,
      [
        cli,
        url,
        '--quiet',
        '--output=json',
        `--output-path=${out}`,
        `--only-categories=${CATEGORIES.join(',')}`,
        `--form-factor=${SETTINGS.formFactor}`,
        `--throttling-method=${SETTINGS.throttlingMethod}`,
        `--throttling.rttMs=${SETTINGS.rttMs}`,
        `--throttling.throughputKbps=${SETTINGS.throughputKbps}`,
        `--throttling.cpuSlowdownMultiplier=${SETTINGS.cpuSlowdownMultiplier}`,
        // The browser's language: the reader a page is for (the URL decides the page's language;
        // a browser in the other one would also get a floating offer of its own).
        `--chrome-flags=--headless=new --no-sandbox --disable-gpu --lang=${locale} --accept-lang=${locale}`,
      ],
      { env: { ...process.env, CHROME_PATH: '/usr/bin/chromium' }, timeout: 180_000, maxBuffer: 64 * 1024 * 1024 },
    );
    const lhr = JSON.parse(await readFile(out, 'utf8')) as Lhr;
    if (lhr.runtimeError) throw new Error(`Lighthouse: ${lhr.runtimeError.message}`);
    const score = (c: Category) => Math.round((lhr.categories[c]?.score ?? 0) * 100);
    const num = (id: string) => lhr.audits[id]?.numericValue ?? Number.NaN;
    const failing = new Set<string>();
    for (const c of CATEGORIES) {
      for (const ref of lhr.categories[c]?.auditRefs ?? []) {
        const a = lhr.audits[ref.id];
        if (a && ref.weight > 0 && a.score !== null && a.score < 1 && a.scoreDisplayMode !== 'informative') failing.add(`${c}: ${a.title}`);
      }
    }
    return {
      scores: { performance: score('performance'), accessibility: score('accessibility'), 'best-practices': score('best-practices'), seo: score('seo') },
      lcpMs: num('largest-contentful-paint'),
      tbtMs: num('total-blocking-time'),
      cls: num('cumulative-layout-shift'),
      benchmarkIndex: lhr.environment.benchmarkIndex,
      transferBytes: num('total-byte-weight'),
      failing: [...failing],
      longTasks: (lhr.audits['long-tasks']?.details?.items ?? [])
        .map((t) => ({ url: t.url ?? 'Unattributable', startMs: t.startTime ?? 0, durationMs: t.duration ?? 0 }))
        .sort((a, b) => b.durationMs - a.durationMs)
        .slice(0, 5),
    };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/** N runs of one URL; every figure is the median of its own runs, with the worst run beside it. */
export async function measureLighthouse(cli: string, url: string, locale: string, runs: number, log: (s: string) => void): Promise<LighthouseSummary> {
  const results: LighthouseRun[] = [];
  for (let i = 0; i < runs; i++) {
    const r = await once(cli, url, locale);
    log(`  ${url} run ${i + 1}/${runs}: perf ${r.scores.performance}, LCP ${Math.round(r.lcpMs)} ms, TBT ${Math.round(r.tbtMs)} ms, CLS ${r.cls.toFixed(3)}`);
    results.push(r);
  }
  const m = (f: (r: LighthouseRun) => number) => median(results.map(f));
  return {
    url,
    locale,
    runs,
    scores: {
      performance: m((r) => r.scores.performance),
      accessibility: m((r) => r.scores.accessibility),
      'best-practices': m((r) => r.scores['best-practices']),
      seo: m((r) => r.scores.seo),
    },
    lcpMs: m((r) => r.lcpMs),
    tbtMs: m((r) => r.tbtMs),
    cls: m((r) => r.cls),
    benchmarkIndex: m((r) => r.benchmarkIndex),
    transferBytes: m((r) => r.transferBytes),
    // An audit that lost points in any run is worth naming.
    failing: [...new Set(results.flatMap((r) => r.failing))],
    worst: {
      performance: Math.min(...results.map((r) => r.scores.performance)),
      lcpMs: Math.max(...results.map((r) => r.lcpMs)),
      tbtMs: Math.max(...results.map((r) => r.tbtMs)),
      cls: Math.max(...results.map((r) => r.cls)),
    },
    tbtRuns: results.map((r) => r.tbtMs),
    worstRunLongTasks: [...results].sort((a, b) => b.tbtMs - a.tbtMs)[0]!.longTasks,
  };
}
