/**
 * The open data of the build (src/build/open-data/), from the data folder's published files as
 * the app's own gates accept them (src/build/published-data.ts), so a file the app would refuse
 * fails the build instead of reaching a spreadsheet:
 *  - `openData`: writes the CSVs, the Data Package, the Atom feeds and the embeddable cards into
 *    the build; `vite dev` serves the same files, made afresh from the data folder on each request;
 *  - `openDataIndex`: `virtual:open-data-index`, the list of downloads with their sizes for the
 *    /data page (both builds: the prerenderer renders the page, the client hydrates it).
 */
import { readFileSync } from 'node:fs';
import { extname, resolve } from 'node:path';
import type { Plugin } from 'vite';
import { CONTENT_TYPES } from '../content-types.ts';
import { openDataFiles, type OutputFile } from '../open-data/open-data-files.ts';
import { readPublished, type Published } from '../published-data.ts';
import type { SiteData } from '../site-config.ts';
import type { OpenDataFile, OpenDataIndex } from '../../domain/open-data-index.ts';

export interface OpenDataOptions {
  root: string;
  /** The data folder (BIBAI_DATA_DIR): pledges.json, editions.json, editions/. */
  dataDir: string;
  siteUrl: string;
  base: string;
  /** The data folder's site config (the app's names). */
  site: SiteData;
}

export const OPEN_DATA_INDEX_MODULE = 'virtual:open-data-index';

interface Made {
  published: Published;
  files: OutputFile[];
}

/** The files, or the reason there are none (named the way the build reports it). */
function make(options: OpenDataOptions): Made | { error: string } {
  try {
    const published = readPublished(options.dataDir);
    const files = openDataFiles({
      published,
      embedCss: readFileSync(resolve(options.root, 'src/build/open-data/embed.css'), 'utf8'),
      site: { siteUrl: options.siteUrl, base: options.base, texts: options.site.texts, dataPackage: options.site.config.dataPackage },
    });
    return { published, files };
  } catch (error) {
    return { error: `open data files: ${(error as Error).message}` };
  }
}

/** Every download the /data page lists, in the order it lists them, with its size. */
export function downloadList({ published, files }: Made, siteUrl: string, base: string): OpenDataIndex {
  const bytes = (text: string) => Buffer.byteLength(text, 'utf8');
  const made = (path: string) => {
    const f = files.find((x) => x.fileName === path);
    if (!f) throw new Error(`open data: ${path} was not made`);
    return bytes(f.source);
  };
  const list: OpenDataFile[] = [
    { path: 'data/pledges.json', kind: 'dataset', format: 'json', bytes: bytes(published.currentJson) },
    { path: 'data/pledges.csv', kind: 'pledgesCsv', format: 'csv', bytes: made('data/pledges.csv') },
    { path: 'data/kpis.csv', kind: 'kpisCsv', format: 'csv', bytes: made('data/kpis.csv') },
    { path: 'data/datapackage.json', kind: 'package', format: 'json', bytes: made('data/datapackage.json') },
    { path: 'data/editions.json', kind: 'editionIndex', format: 'json', bytes: bytes(published.indexJson) },
    ...published.editions.map((e): OpenDataFile => ({ path: `data/${e.entry.file}`, kind: 'edition', format: 'json', bytes: bytes(e.json), asOf: e.entry.asOf, report: e.entry.report })),
  ];
  return { baseUrl: new URL(base, siteUrl).href, version: published.current.version, files: list };
}

export function openData(options: OpenDataOptions): Plugin {
  return {
    name: 'bibai-open-data',
    configureServer(server) {
      const base = server.config.base;
      server.middlewares.use((req, res, next) => {
        const path = decodeURIComponent(req.url?.split('?')[0] ?? '');
        // Only the paths the generators write; the dataset's own files have their plugin.
        if (!path.startsWith(base) || !/^(?:(?:en\/)?(?:embed\/|pledges\/policy\/|feed\.xml)|data\/(?:[^/]+\.csv|datapackage\.json)$)/.test(path.slice(base.length))) return next();
        const made = make(options);
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
      const made = make(options);
      if ('error' in made) this.error(made.error);
      for (const f of made.files) this.emitFile({ type: 'asset', fileName: f.fileName, source: f.source });
    },
  };
}

export function openDataIndex(options: OpenDataOptions): Plugin {
  const resolved = `\0${OPEN_DATA_INDEX_MODULE}`;
  return {
    name: 'bibai-open-data-index',
    resolveId: (id) => (id === OPEN_DATA_INDEX_MODULE ? resolved : undefined),
    load(id) {
      if (id !== resolved) return undefined;
      const made = make(options);
      if ('error' in made) this.error(made.error);
      return `export default ${JSON.stringify(downloadList(made, options.siteUrl, options.base))};\n`;
    },
  };
}
