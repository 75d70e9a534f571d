/**
 * `npm run bench`: builds the app, serves `dist/` the way a static host would, and measures it
 * against issue 6's budgets — bundle sizes per route from the build manifest, Lighthouse on
 * three pages, and the app's code at 10,000 and 100,000 pledges in real Chromium. Prints the
 * table and writes it to BENCHMARKS.md. Not part of `npm test` (it takes minutes).
 *
 * Environment:
 *   BENCH_RUNS=3           Lighthouse runs per page (figures are medians)
 *   BENCH_PORT=4400        first port tried (4400–4499)
 *   BENCH_SKIP_BUILD=1     measure the `dist/` that is there
 *   BENCH_ONLY=sizes,lighthouse,scale   run only these parts
 *   BENCH_OUT=BENCHMARKS.md
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { mkdir, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { cpus, freemem, platform, release, totalmem } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { measureSizes } from './bench/sizes.ts';
import { serve } from './bench/server.ts';
import { lighthouseVersion, measureLighthouse, SETTINGS, type LighthouseSummary } from './bench/lighthouse.ts';
import { buildHarness, HARNESS_PREFIX, measureScale, writeSyntheticFile, type ScaleResult } from './bench/scale.ts';
import { markdown, plainTable, rows, type Machine } from './bench/report.ts';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const DIST = join(ROOT, 'dist');
const CACHE = join(ROOT, 'node_modules/.cache/bench');
/** The budget's three pages, for a Japanese reader, and the English version of one of them. */
const PAGES = [
  { path: '/', locale: 'ja-JP' },
  { path: '/pledges', locale: 'ja-JP' },
  { path: '/pledges/20', locale: 'ja-JP' },
  { path: '/en/pledges/20', locale: 'en-US' },
];
const SYNTHETIC_URL = `${HARNESS_PREFIX}synthetic-10000.json`;

const runs = Math.max(1, Number(process.env.BENCH_RUNS ?? 3) || 3);
const only = new Set((process.env.BENCH_ONLY ?? 'sizes,lighthouse,scale').split(',').map((s) => s.trim()));
const outFile = resolve(ROOT, process.env.BENCH_OUT ?? 'BENCHMARKS.md');
const started = Date.now();
const log = (s: string) => console.log(s);

/** The first free port from `from` up to 4499 (this project's bench range). */
async function freePort(from: number): Promise<number> {
  for (let port = from; port <= 4499; port++) {
    const free = await new Promise<boolean>((ok) => {
      const s = createServer()
        .once('error', () => ok(false))
        .listen(port, '127.0.0.1', () => s.close(() => ok(true)));
    });
    if (free) return port;
  }
  throw new Error('no free port in 4400–4499');
}

function machine(chromium: string): Machine {
  return {
    cpu: cpus()[0]?.model.trim() ?? 'unknown CPU',
    cores: cpus().length,
    memoryGiB: Math.round(totalmem() / 2 ** 30),
    node: process.versions.node,
    chromium,
    os: `${platform()} ${release()}`,
  };
}

function chromiumVersion(): string {
  try {
    // Debian's wrapper script prints a harmless shell warning on stderr; only stdout matters.
    return execFileSync('/usr/bin/chromium', ['--version'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {
    return 'Chromium (version unknown)';
  }
}

async function main(): Promise<void> {
  const notes: string[] = [];
  if (process.env.BENCH_SKIP_BUILD !== '1') {
    log('==> build (npm run build)');
    const r = spawnSync('npm', ['run', '--silent', 'build'], { cwd: ROOT, stdio: 'inherit' });
    if (r.status !== 0) throw new Error(`build failed (exit ${r.status})`);
  } else notes.push('BENCH_SKIP_BUILD=1: measured the dist/ that was there.');

  const sizes = only.has('sizes') ? (log('==> bundle sizes'), measureSizes(DIST)) : undefined;

  const port = await freePort(Number(process.env.BENCH_PORT ?? 4400));
  await mkdir(CACHE, { recursive: true });
  const harnessDir = join(CACHE, 'harness');
  const syntheticFile = join(CACHE, 'synthetic-10000.json');
  if (only.has('scale')) {
    log('==> bench page and synthetic data');
    await buildHarness(harnessDir);
    await writeSyntheticFile(10_000, syntheticFile);
  }
  const server = await serve({
    root: DIST,
    port,
    mounts: [{ prefix: HARNESS_PREFIX, dir: harnessDir }],
    overrides: { [SYNTHETIC_URL]: syntheticFile },
  });
  log(`serving dist/ at ${server.url}`);

  let lighthouse: LighthouseSummary[] | undefined;
  let scale: ScaleResult | undefined;
  try {
    if (only.has('lighthouse')) {
      log(`==> Lighthouse ${lighthouseVersion()} (${runs} runs per page)`);
      lighthouse = [];
      for (const page of PAGES) lighthouse.push(await measureLighthouse(`${server.url}${page.path}`, page.locale, runs, log));
    }
    if (only.has('scale')) {
      log('==> scale (10,000 and 100,000 pledges, CPU ×4)');
      scale = await measureScale(server.url, SYNTHETIC_URL, log);
      for (const s of scale.sizes) for (const n of s.notes) notes.push(`${s.count.toLocaleString('en')}: ${n}`);
    }
  } finally {
    await server.close();
    await rm(syntheticFile, { force: true });
  }

  const input = {
    date: new Date().toISOString().replace(/\.\d+Z$/, 'Z'),
    machine: machine(scale ? `Chromium ${scale.chromium} (Debian)` : chromiumVersion()),
    lighthouseVersion: lighthouseVersion(),
    lighthouseSettings: `mobile preset (${SETTINGS.formFactor}), ${SETTINGS.throttlingMethod}d slow 4G (RTT ${SETTINGS.rttMs} ms, ${SETTINGS.throughputKbps} kbps), CPU ×${SETTINGS.cpuSlowdownMultiplier}`,
    runs,
    durationS: (Date.now() - started) / 1000,
    sizes,
    lighthouse,
    scale,
    notes,
  };
  const list = rows(input);
  log('');
  log(plainTable(list));
  writeFileSync(outFile, markdown(input));
  const missed = list.filter((r) => r.ok === false).length;
  log(`\n${list.filter((r) => r.ok === true).length} budgets met, ${missed} missed; written to ${outFile} in ${Math.round(input.durationS)} s (free memory ${Math.round(freemem() / 2 ** 30)} GiB)`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
