/**
 * `npm run bench`: builds the app, serves `dist/` the way a static host would (precompressed,
 * src/build/static-server.ts), and measures it against the budgets — bundle sizes per route from
 * the build manifest, Lighthouse on three pages, and the app's code at 10,000 and 100,000 pledges
 * in real Chromium. Prints the table and writes it to BENCHMARKS.md. Not part of `npm test` (it
 * takes minutes).
 *
 * Environment:
 *   BENCH_RUNS=5           Lighthouse runs per page (medians, judged on the worst run)
 *   BENCH_PORT=4400        first port tried (4400–4499, then any free port)
 *   BENCH_SKIP_BUILD=1     measure the `dist/` that is there
 *   BENCH_ONLY=sizes,lighthouse,scale,returning   run only these parts
 *   BENCH_RETURNING_RUNS=3 runs per page of the returning-reader measurement
 *   BENCH_OUT=BENCHMARKS.md
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { cp, mkdir, rm } from 'node:fs/promises';
import { cpus, freemem, platform, release, totalmem } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { measureSizes } from './bench/sizes.ts';
import { portRange } from '../src/build/free-port.ts';
import { precompress } from '../src/build/precompress.ts';
import { startStaticServer } from '../src/build/static-server.ts';
import { ensureLighthouse, LIGHTHOUSE_VERSION, measureLighthouse, SETTINGS, type LighthouseSummary } from './bench/lighthouse.ts';
import { buildHarness, HARNESS_PREFIX, measureScale, writeSyntheticFile, type ScaleResult } from './bench/scale.ts';
import { markdown, plainTable, rows, type Machine } from './bench/report.ts';
import { measureReturning, type ReturningResult } from './bench/returning.ts';

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

const runs = Math.max(1, Number(process.env.BENCH_RUNS ?? 5) || 5);
const only = new Set((process.env.BENCH_ONLY ?? 'sizes,lighthouse,scale,returning').split(',').map((s) => s.trim()));
const outFile = resolve(ROOT, process.env.BENCH_OUT ?? 'BENCHMARKS.md');
const started = Date.now();
const log = (s: string) => console.log(s);

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

  await mkdir(CACHE, { recursive: true });
  // A copy of dist/ with .br and .gz beside each text file, as a host precompressing at deploy
  // time serves it; dist/ itself stays what the build wrote.
  const site = join(CACHE, 'site');
  await rm(site, { recursive: true, force: true });
  await cp(DIST, site, { recursive: true });
  await precompress(site);
  const harnessDir = join(CACHE, 'harness');
  const syntheticFile = join(harnessDir, SYNTHETIC_URL.slice(HARNESS_PREFIX.length));
  if (only.has('scale')) {
    log('==> bench page and synthetic data');
    await buildHarness(harnessDir);
    await writeSyntheticFile(10_000, syntheticFile);
    await precompress(harnessDir);
  }
  const server = await startStaticServer({
    root: site,
    fallback: 'spa',
    precompressed: true,
    immutableAssets: true,
    mounts: [{ prefix: HARNESS_PREFIX, dir: harnessDir }],
    ports: portRange(Number(process.env.BENCH_PORT ?? 4400), 4499),
  });
  log(`serving dist/ at ${server.url}`);

  let lighthouse: LighthouseSummary[] | undefined;
  let scale: ScaleResult | undefined;
  let returning: ReturningResult | undefined;
  try {
    if (only.has('lighthouse')) {
      log(`==> Lighthouse ${LIGHTHOUSE_VERSION} (${runs} runs per page)`);
      const cli = await ensureLighthouse(log);
      lighthouse = [];
      for (const page of PAGES) lighthouse.push(await measureLighthouse(cli, `${server.url}${page.path}`, page.locale, runs, log));
    }
    if (only.has('scale')) {
      log('==> scale (10,000 and 100,000 pledges, CPU ×4)');
      scale = await measureScale(server.url, SYNTHETIC_URL, log);
      for (const s of scale.sizes) for (const n of s.notes) notes.push(`${s.count.toLocaleString('en')}: ${n}`);
    }
    if (only.has('returning')) {
      log('==> returning reader (offline, then online with the worker in control; CPU ×4)');
      returning = await measureReturning(server.url, log, Math.max(1, Number(process.env.BENCH_RETURNING_RUNS ?? 3) || 3));
    }
  } finally {
    await server.close();
    await Promise.all(['', '.br', '.gz'].map((ext) => rm(`${syntheticFile}${ext}`, { force: true })));
  }

  const input = {
    date: new Date().toISOString().replace(/\.\d+Z$/, 'Z'),
    machine: machine(scale ? `Chromium ${scale.chromium} (Debian)` : chromiumVersion()),
    lighthouseVersion: LIGHTHOUSE_VERSION,
    lighthouseSettings: `mobile preset (${SETTINGS.formFactor}), ${SETTINGS.throttlingMethod}d slow 4G (RTT ${SETTINGS.rttMs} ms, ${SETTINGS.throughputKbps} kbps), CPU ×${SETTINGS.cpuSlowdownMultiplier}`,
    runs,
    durationS: (Date.now() - started) / 1000,
    sizes,
    lighthouse,
    scale,
    returning,
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
