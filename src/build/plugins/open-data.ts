/**
 * Writes the open data files into the build (src/build/open-data/): CSVs, the Data Package, Atom
 * feeds and embeddable cards, all from data/pledges.json as the app's own `parseDataset` accepts
 * it, so a file the app would refuse fails the build instead of reaching a spreadsheet. `vite dev`
 * serves the same files, made afresh from the current dataset on each request.
 */
import { readFileSync } from 'node:fs';
import { extname, resolve } from 'node:path';
import type { Plugin } from 'vite';
import { CONTENT_TYPES } from '../content-types.ts';
import { parseDataset } from '../../domain/validate-dataset.ts';
import { openDataFiles, type OutputFile } from '../open-data/open-data-files.ts';
import type { SiteData } from '../site-config.ts';

export interface OpenDataOptions {
  root: string;
  /** data/pledges.json */
  dataset: string;
  siteUrl: string;
  base: string;
  /** The data folder's site config (the app's names). */
  site: SiteData;
}

/** The files, or the reason there are none (named the way the build reports it). */
function makeFiles(options: OpenDataOptions): { files: OutputFile[] } | { error: string } {
  const datasetJson = readFileSync(options.dataset, 'utf8');
  const parsed = parseDataset(datasetJson);
  if (!parsed.ok) return { error: `data/pledges.json is invalid: ${parsed.message}` };
  try {
    return {
      files: openDataFiles({
        // One edition today: the file holds the latest report only.
        editions: [parsed.dataset],
        datasetJson,
        embedCss: readFileSync(resolve(options.root, 'src/build/open-data/embed.css'), 'utf8'),
        site: { siteUrl: options.siteUrl, base: options.base, texts: options.site.texts, dataPackage: options.site.config.dataPackage },
      }),
    };
  } catch (error) {
    return { error: `open data files: ${(error as Error).message}` };
  }
}

export function openData(options: OpenDataOptions): Plugin {
  return {
    name: 'bibai-open-data',
    configureServer(server) {
      const base = server.config.base;
      server.middlewares.use((req, res, next) => {
        const path = decodeURIComponent(req.url?.split('?')[0] ?? '');
        // Only the paths the generators write; pledges.json has its own plugin.
        if (!path.startsWith(base) || !/^(?:(?:en\/)?(?:embed\/|pledges\/policy\/|feed\.xml)|data\/(?:[^/]+\.csv|datapackage\.json)$)/.test(path.slice(base.length))) return next();
        const made = makeFiles(options);
        if ('error' in made) {
          res.statusCode = 500;
          res.end(made.error);
          return;
        }
        const wanted = path.slice(base.length).replace(/\/$/, '/index.html');
        const file = made.files.find((f) => f.fileName === wanted);
        if (!file) return next();
        res.setHeader('Content-Type', CONTENT_TYPES[extname(file.fileName)] ?? 'application/octet-stream');
        res.setHeader('Cache-Control', 'no-cache');
        res.end(file.source);
      });
    },
    generateBundle() {
      const made = makeFiles(options);
      if ('error' in made) this.error(made.error);
      for (const f of made.files) this.emitFile({ type: 'asset', fileName: f.fileName, source: f.source });
    },
  };
}
