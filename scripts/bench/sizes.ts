/**
 * Bundle sizes from the build itself, not from guesses: the Vite manifest says which chunks a
 * route needs (entry + static imports + the route's lazy chunk and its static imports), and the
 * service worker's precache manifest says what is downloaded for offline use.
 */
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { isCompressible } from '../../src/build/precompress.ts';

/** Gzip size as the bench counts it (level 9, what a host precompressing at deploy time sends). */
function gzipSize(data: Buffer): number {
  return gzipSync(data, { level: 9 }).length;
}

interface ManifestChunk {
  file: string;
  src?: string;
  name?: string;
  isEntry?: boolean;
  isDynamicEntry?: boolean;
  imports?: string[];
  dynamicImports?: string[];
  css?: string[];
}
type Manifest = Record<string, ManifestChunk>;

export interface RouteSize {
  route: string;
  page: string;
  /** Gzip bytes of every JS file the first render of the route needs. */
  gzip: number;
  files: string[];
}

export interface Sizes {
  routes: RouteSize[];
  /** Gzip bytes of the Chart.js chunk(s); null when the build has none. */
  chart: { gzip: number; files: string[] } | null;
  /** Bytes transferred for everything precached (gzip for text, as-is for images). */
  precache: { gzip: number; files: number; raw: number };
  /**
   * Furigana: its readings dictionary (one file for every page, Japanese and English alike) and
   * its lazy chunk, both loaded only once a reader switches furigana on, and neither precached;
   * null when the build has no dictionary.
   */
  furigana: { file: string; gzip: number; raw: number; chunk: { files: string[]; gzip: number } } | null;
  /** Largest JS files, for finding what to cut. */
  largest: { file: string; gzip: number }[];
}

/**
 * Which page module renders each measured route, and the locale chunk it loads before its first
 * render (a dynamic import, but on the first render's path: src/index.tsx awaits it).
 */
export const ROUTE_PAGES: { route: string; page: string; locale: string }[] = [
  { route: '/', page: 'src/pages/Overview.tsx', locale: 'src/i18n/chunks/ja.ts' },
  { route: '/pledges', page: 'src/pages/PledgeList.tsx', locale: 'src/i18n/chunks/ja.ts' },
  { route: '/pledges/<id>', page: 'src/pages/PledgeDetail.tsx', locale: 'src/i18n/chunks/ja.ts' },
  { route: '/en/pledges/<id>', page: 'src/pages/PledgeDetail.tsx', locale: 'src/i18n/chunks/en.ts' },
];

export function readManifest(dist: string): Manifest {
  return JSON.parse(readFileSync(join(dist, '.vite/manifest.json'), 'utf8')) as Manifest;
}

/** The key itself plus every chunk reachable through static imports (never dynamic ones). */
function staticClosure(manifest: Manifest, keys: string[]): Set<string> {
  const seen = new Set<string>();
  const stack = [...keys];
  while (stack.length) {
    const key = stack.pop()!;
    if (seen.has(key) || !manifest[key]) continue;
    seen.add(key);
    stack.push(...(manifest[key].imports ?? []));
  }
  return seen;
}

function jsFiles(manifest: Manifest, keys: Iterable<string>): string[] {
  return [...new Set([...keys].map((k) => manifest[k]!.file).filter((f) => /\.m?js$/.test(f)))].sort();
}

/** The URLs in `sw.js`'s injected precache manifest (`[{"revision":…,"url":…}, …]`). */
export function precacheUrls(dist: string): string[] {
  const sw = join(dist, 'sw.js');
  if (!existsSync(sw)) return [];
  const text = readFileSync(sw, 'utf8');
  const urls = new Set<string>();
  for (const m of text.matchAll(/["']?url["']?\s*:\s*["'`]([^"'`]+)["'`]/g)) urls.add(m[1]!);
  return [...urls];
}

export function measureSizes(dist: string): Sizes {
  const manifest = readManifest(dist);
  const gz = new Map<string, number>();
  const size = (file: string) => {
    let n = gz.get(file);
    if (n === undefined) {
      n = gzipSize(readFileSync(join(dist, file)));
      gz.set(file, n);
    }
    return n;
  };
  const sum = (files: string[]) => files.reduce((total, f) => total + size(f), 0);

  const entries = Object.entries(manifest)
    .filter(([key, c]) => c.isEntry && (key === 'index.html' || key.endsWith('.html') || key.startsWith('src/')))
    .map(([key]) => key);
  const entry = entries.includes('index.html') ? ['index.html'] : entries;

  const routes = ROUTE_PAGES.map(({ route, page, locale }) => {
    // A page or locale that is not its own chunk is inside the entry already.
    const keys = [...entry, ...[page, locale].filter((k) => manifest[k])];
    const files = jsFiles(manifest, staticClosure(manifest, keys));
    return { route, page, gzip: sum(files), files };
  });

  const chartKeys = Object.entries(manifest)
    .filter(([key]) => key.includes('node_modules/chart.js') || key.endsWith('src/charts/kpi-drawing.ts'))
    .map(([key]) => key);
  const chart = chartKeys.length ? { files: jsFiles(manifest, chartKeys), gzip: 0 } : null;
  if (chart) chart.gzip = sum(chart.files);

  let precacheGzip = 0;
  let precacheRaw = 0;
  const urls = precacheUrls(dist);
  for (const url of urls) {
    const file = join(dist, url.replace(/^\//, '').split('?')[0]!);
    if (!existsSync(file)) continue;
    const raw = readFileSync(file);
    precacheRaw += raw.length;
    precacheGzip += isCompressible(file) ? gzipSize(raw) : raw.length;
  }

  const readingsDir = join(dist, 'readings');
  const dictionary = existsSync(readingsDir) ? readdirSync(readingsDir).find((f) => /^ja\.[0-9a-f]+\.json$/.test(f)) : undefined;
  let furigana: Sizes['furigana'] = null;
  if (dictionary) {
    const file = `readings/${dictionary}`;
    const chunk = Object.entries(manifest).find(([key]) => key.endsWith('src/app/furigana-load.ts'))?.[1];
    const chunkFiles = chunk ? [chunk.file, ...(chunk.css ?? [])] : [];
    furigana = { file, gzip: size(file), raw: readFileSync(join(dist, file)).length, chunk: { files: chunkFiles, gzip: sum(chunkFiles) } };
  }

  const allJs = jsFiles(manifest, Object.keys(manifest));
  const largest = allJs
    .map((file) => ({ file, gzip: size(file) }))
    .sort((a, b) => b.gzip - a.gzip)
    .slice(0, 6);
  return { routes, chart, precache: { gzip: precacheGzip, raw: precacheRaw, files: urls.length }, furigana, largest };
}
