/// <reference types="vitest/config" />
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { defineConfig, type Plugin } from 'vite';
import solid from 'vite-plugin-solid';

const DATASET = resolve(import.meta.dirname, 'data/pledges.json');

/**
 * Serves `data/pledges.json` at `<base>data/pledges.json` in dev and copies it into the build.
 * It is deliberately not imported into the bundle: a later issue replaces the file on the server
 * without releasing a new app, and the app fetches and validates it at run time.
 */
function datasetFile(): Plugin {
  return {
    name: 'bibai-dataset-file',
    configureServer(server) {
      const url = `${server.config.base}data/pledges.json`;
      server.middlewares.use((req, res, next) => {
        if (req.url?.split('?')[0] !== url) return next();
        res.setHeader('Content-Type', 'application/json; charset=utf-8');
        res.setHeader('Cache-Control', 'no-cache');
        res.end(readFileSync(DATASET));
      });
    },
    generateBundle() {
      this.emitFile({ type: 'asset', fileName: 'data/pledges.json', source: readFileSync(DATASET) });
    },
  };
}

export default defineConfig({
  plugins: [solid(), datasetFile()],
  build: { target: 'es2022' },
  test: {
    environment: 'happy-dom',
    setupFiles: ['tests/unit/setup.ts'],
    include: ['tests/unit/**/*.test.{ts,tsx}'],
  },
});
