/** Helpers for the service-worker tests: which build to serve, and waiting for the worker. */
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { expect, type Page } from '@playwright/test';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

/** Where the build serves the dataset, below its base. */
export const DATASET_URL_PATH = '/data/pledges.json';

/** The production build the test command made (`npm run build`); PWA_DIST overrides it. */
export const DIST = process.env.PWA_DIST ?? fileURLToPath(new URL('../../dist', import.meta.url));

/** Builds the app into `outDir`, marked with `label` (shown on /about as the app version). */
export function buildApp(outDir: string, label: string): void {
  execFileSync('npx', ['vite', 'build', '--outDir', outDir, '--emptyOutDir', '--logLevel', 'warn'], {
    cwd: ROOT,
    env: { ...process.env, BIBAI_BUILD_LABEL: label },
    stdio: 'pipe',
    timeout: 120_000,
  });
}

/** Waits until a service worker is active and controls the page (it claims clients on install). */
export async function waitForController(page: Page): Promise<void> {
  await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
  await expect.poll(() => page.evaluate(() => !!navigator.serviceWorker.controller), { timeout: 15_000 }).toBe(true);
}
