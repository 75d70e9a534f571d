/**
 * Furigana's readings dictionary (src/build/readings/): analysed from the data folder and the
 * Japanese UI strings at build start, emitted as `readings/ja.<hash>.json` (content-hashed, so
 * the service worker may keep it cache first; not precached: only readers who switch furigana on
 * download it), its URL given to the page as `virtual:readings-url`. The build also writes the
 * review list `readings-review.tsv` beside the data, for a person to check the readings.
 * The server build (prerender) never loads the dictionary: it gets an empty URL.
 */
import type { Plugin } from 'vite';
import type { SiteData } from '../site-config.ts';
import { buildReadings, writeReview, type BuiltReadings } from '../readings/build.ts';

const MODULE = 'virtual:readings-url';

export interface ReadingsOptions {
  dataDir: string;
  site: SiteData;
  /** The server build: the URL module only, no analysis. */
  server?: boolean;
}

export const readingsFileName = (hash: string) => `readings/ja.${hash}.json`;

export function readings(options: ReadingsOptions): Plugin {
  let base = '/';
  let built: BuiltReadings | undefined;
  return {
    name: 'bibai-readings',
    configResolved(config) {
      base = config.base;
    },
    async buildStart() {
      if (options.server) return;
      built = await buildReadings(options.dataDir, options.site);
      if (writeReview(options.dataDir, built.tsv)) this.info(`wrote the readings review list (${built.analysis.entries.length} words)`);
    },
    resolveId: (id) => (id === MODULE ? `\0${MODULE}` : undefined),
    load(id) {
      if (id !== `\0${MODULE}`) return undefined;
      const url = built ? `${base}${readingsFileName(built.hash)}` : '';
      return `export default ${JSON.stringify(url)};\n`;
    },
    configureServer(server) {
      server.middlewares.use((req, res, next) => {
        const path = req.url?.split('?')[0] ?? '';
        if (!built || path !== `${base}${readingsFileName(built.hash)}`) return next();
        res.setHeader('Content-Type', 'application/json; charset=utf-8');
        res.end(built.json);
      });
    },
    generateBundle() {
      if (built) this.emitFile({ type: 'asset', fileName: readingsFileName(built.hash), source: built.json });
    },
  };
}
