import { readFileSync } from 'node:fs';
import type { Plugin } from 'vite';

/**
 * Serves the dataset file at `<base>data/pledges.json` in dev and copies it into the build.
 * It is deliberately not imported into the bundle: a new file can be published on the server
 * without releasing a new app, and the app fetches and validates it at run time.
 */
export function datasetFile(dataset: string): Plugin {
  return {
    name: 'bibai-dataset-file',
    configureServer(server) {
      const url = `${server.config.base}data/pledges.json`;
      server.middlewares.use((req, res, next) => {
        if (req.url?.split('?')[0] !== url) return next();
        res.setHeader('Content-Type', 'application/json; charset=utf-8');
        res.setHeader('Cache-Control', 'no-cache');
        res.end(readFileSync(dataset));
      });
    },
    generateBundle() {
      this.emitFile({ type: 'asset', fileName: 'data/pledges.json', source: readFileSync(dataset) });
    },
  };
}
