import { readFileSync, readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Plugin } from 'vite';

/** The dataset's published files, by their path under the data folder. */
export function datasetFiles(dataDir: string): string[] {
  const editions = readdirSync(resolve(dataDir, 'editions')).filter((f) => f.endsWith('.json'));
  return ['pledges.json', 'editions.json', ...editions.map((f) => `editions/${f}`)];
}

/**
 * Serves the dataset's files (the current edition `data/pledges.json`, the index
 * `data/editions.json` and every edition `data/editions/<asOf>.json`) under `<base>data/` in dev
 * and copies them into the build. They are deliberately not imported into the bundle: a new
 * report can be published on the server without releasing a new app, and the app fetches and
 * validates them at run time.
 */
export function datasetFile(dataDir: string): Plugin {
  return {
    name: 'bibai-dataset-file',
    configureServer(server) {
      const prefix = `${server.config.base}data/`;
      server.middlewares.use((req, res, next) => {
        const path = req.url?.split('?')[0] ?? '';
        const file = path.startsWith(prefix) ? path.slice(prefix.length) : '';
        if (!datasetFiles(dataDir).includes(file)) return next();
        res.setHeader('Content-Type', 'application/json; charset=utf-8');
        res.setHeader('Cache-Control', 'no-cache');
        res.end(readFileSync(resolve(dataDir, file)));
      });
    },
    generateBundle() {
      for (const file of datasetFiles(dataDir)) this.emitFile({ type: 'asset', fileName: `data/${file}`, source: readFileSync(resolve(dataDir, file)) });
    },
  };
}
