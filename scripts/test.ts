/**
 * `npm test`: every check of the project, in order, then a summary per step and one closing line
 * `N passed, N failed` (`, N skipped` when any). The counts are vitest's and Playwright's tests,
 * read from their JSON reports; a step that fails without test counts (lint, types, dataset,
 * build, Chromium) adds 1 to failed, so the line never reads "0 failed" on a failure. Exits
 * non-zero when anything failed.
 *
 *   1. lint        3. unit tests (vitest)   5. build                 7. browser tests (Playwright,
 *   2. typecheck   4. dataset check         6. Chromium (apt-get)       against the production build)
 */
import { spawn } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { freePort } from '../src/build/free-port.ts';

const ROOT = resolve(import.meta.dirname, '..');
/** The port `npm run preview` and playwright.config.ts use unless E2E_PORT says otherwise. */
const PREVIEW_PORT = 4173;

interface Counts {
  passed: number;
  failed: number;
  skipped: number;
  /** Passed on a retry: counted as passed, but named in the summary. */
  flaky: number;
}

interface StepResult {
  name: string;
  /** Exit code of the step's command; null when the step could not run. */
  exit: number | null;
  seconds: number;
  /** Test counts, for the steps that run tests. */
  counts?: Counts;
  note?: string;
}

const banner = (text: string) => console.log(`\n==> ${text}`);

/** Runs a command with the terminal as its output; resolves to its exit code (1 if it could not start). */
function run(command: string, args: string[], env: NodeJS.ProcessEnv = process.env): Promise<number> {
  return new Promise((done) => {
    const child = spawn(command, args, { cwd: ROOT, env, stdio: 'inherit' });
    child.once('error', (error) => {
      console.error(`${command}: ${error.message}`);
      done(1);
    });
    child.once('close', (code) => done(code ?? 1));
  });
}

async function timed(name: string, body: () => Promise<Omit<StepResult, 'name' | 'seconds'>>): Promise<StepResult> {
  banner(name);
  const start = Date.now();
  const result = await body();
  return { name, seconds: Math.round((Date.now() - start) / 1000), ...result };
}

const command = (name: string, cmd: string, args: string[]) => timed(name, async () => ({ exit: await run(cmd, args) }));

/** A number field of a report, 0 when missing or not a number. */
const num = (o: unknown, key: string): number => {
  const value = (o as Record<string, unknown> | null | undefined)?.[key];
  return typeof value === 'number' && Number.isFinite(value) ? value : 0;
};

async function readReport(file: string): Promise<unknown> {
  try {
    return JSON.parse(await readFile(file, 'utf8')) as unknown;
  } catch {
    return undefined;
  }
}

const vitestCounts = (r: unknown): Counts => ({
  passed: num(r, 'numPassedTests'),
  failed: num(r, 'numFailedTests'),
  skipped: num(r, 'numPendingTests') + num(r, 'numTodoTests'),
  flaky: 0,
});

function playwrightCounts(r: unknown): Counts {
  const stats = (r as { stats?: unknown } | undefined)?.stats;
  const flaky = num(stats, 'flaky');
  return { passed: num(stats, 'expected') + flaky, failed: num(stats, 'unexpected'), skipped: num(stats, 'skipped'), flaky };
}

/** A test step: counts from its JSON report; failing with no failed test (config, collection, server) counts as one failure. */
function tests(name: string, cmd: string, args: string[], report: string, counts: (r: unknown) => Counts, env?: NodeJS.ProcessEnv) {
  return timed(name, async () => {
    const exit = await run(cmd, args, env);
    const c = counts(await readReport(report));
    if (exit !== 0 && c.failed === 0) c.failed = 1;
    return { exit, counts: c };
  });
}

/** The preview's port if it is free; otherwise a free one, so the tests never hit another checkout's server. */
async function e2eEnv(): Promise<NodeJS.ProcessEnv> {
  if (process.env.E2E_PORT) return process.env;
  const port = await freePort([PREVIEW_PORT]);
  if (port === PREVIEW_PORT) return process.env;
  console.log(`port ${PREVIEW_PORT} is in use: serving this build on 127.0.0.1:${port} for the browser tests`);
  return { ...process.env, E2E_PORT: String(port) };
}

function summary(results: StepResult[]): { passed: number; failed: number; skipped: number } {
  banner('Summary');
  let passed = 0;
  let failed = 0;
  let skipped = 0;
  let stepFailures = 0;
  for (const r of results) {
    const ok = r.exit === 0;
    const c = r.counts;
    if (c) {
      passed += c.passed;
      failed += c.failed;
      skipped += c.skipped;
    } else if (!ok) stepFailures++;
    const label = c ? `${r.name}: ${c.passed} passed, ${c.failed} failed, ${c.skipped} skipped${c.flaky ? `, ${c.flaky} flaky` : ''}` : r.name;
    const outcome = ok ? 'ok' : r.exit === null ? `FAILED (${r.note ?? 'not run'})` : `FAILED (exit ${r.exit})`;
    console.log(`  ${label.padEnd(58)} ${outcome.padEnd(36)} ${String(r.seconds).padStart(5)}s`);
  }
  if (stepFailures) console.log(`  (the failed count includes ${stepFailures} failed step(s) without test counts)`);
  return { passed, failed: failed + stepFailures, skipped };
}

async function main(): Promise<number> {
  const reports = await mkdtemp(join(tmpdir(), 'bibai-test-'));
  const vitestReport = join(reports, 'vitest.json');
  const playwrightReport = join(reports, 'playwright.json');
  const results: StepResult[] = [];
  try {
    results.push(await command('lint (npm run lint)', 'npm', ['run', '--silent', 'lint']));
    results.push(await command('typecheck (npm run typecheck)', 'npm', ['run', '--silent', 'typecheck']));
    results.push(
      await tests('unit tests', 'npx', ['vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${vitestReport}`], vitestReport, vitestCounts),
    );
    results.push(await command('dataset check (npm run data:check)', 'npm', ['run', '--silent', 'data:check']));
    const build = await command('build (npm run build)', 'npm', ['run', '--silent', 'build']);
    const chromium = await command('chromium (scripts/ensure-chromium.ts)', 'npx', ['tsx', 'scripts/ensure-chromium.ts']);
    results.push(build, chromium);
    if (build.exit === 0 && chromium.exit === 0) {
      const env = { ...(await e2eEnv()), PLAYWRIGHT_JSON_OUTPUT_FILE: playwrightReport };
      results.push(await tests('browser tests', 'npx', ['playwright', 'test', '--reporter=list,json'], playwrightReport, playwrightCounts, env));
    } else {
      banner('browser tests skipped: the build or Chromium is missing');
      results.push({ name: 'browser tests', exit: null, seconds: 0, note: 'build or chromium missing' });
    }
  } finally {
    await rm(reports, { recursive: true, force: true });
  }
  const { passed, failed, skipped } = summary(results);
  console.log(`\n${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
  return failed === 0 ? 0 : 1;
}

process.exitCode = await main();
