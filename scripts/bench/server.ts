/**
 * A small static server for the benchmark: serves a production build the way a real static
 * host would (brotli or gzip, long-lived caching of hashed assets, revalidation of everything
 * else), because Lighthouse counts transferred bytes and an uncompressed `vite preview` would
 * make every size look worse than it is in production. Not part of the app bundle.
 *
 * Routing: an existing file wins; then a prerendered page (`/pledges/20` →
 * `pledges/20/index.html` or `pledges/20.html`) if the build has one; then the SPA shell
 * (`index.html`) for extension-less app routes; anything else is a 404.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { brotliCompressSync, constants as zlibConstants, gzipSync } from 'node:zlib';
import { CONTENT_TYPES } from '../../src/build/content-types';


/** Already-compressed formats: compressing them again only costs CPU. */
const COMPRESSIBLE = new Set(['.html', '.js', '.mjs', '.css', '.json', '.webmanifest', '.svg', '.txt', '.xml', '.ico']);
/** Brotli at quality 11 is what a host precompressing at deploy time sends; on a 50 MB synthetic file it would take minutes, so big files get quality 5. */
const BIG_FILE = 2_000_000;

export interface Mount {
  /** URL prefix, e.g. `/__bench/`. */
  prefix: string;
  dir: string;
}

export interface ServeOptions {
  root: string;
  port: number;
  host?: string;
  /** Extra directories served under a prefix (the bench harness), tried before `root`. */
  mounts?: Mount[];
  /** Exact URL paths answered with another file (e.g. a synthetic `/data/pledges.json`). */
  overrides?: Record<string, string>;
}

export interface RunningServer {
  url: string;
  server: Server;
  close: () => Promise<void>;
  /** Per-path override, changeable while running. */
  overrides: Record<string, string>;
}

type Encoding = 'br' | 'gzip' | 'identity';

interface CacheEntry {
  mtimeMs: number;
  raw: Buffer;
  br?: Buffer;
  gzip?: Buffer;
}

function pickEncoding(req: IncomingMessage): Encoding {
  const accept = String(req.headers['accept-encoding'] ?? '');
  if (/\bbr\b/.test(accept)) return 'br';
  if (/\bgzip\b/.test(accept)) return 'gzip';
  return 'identity';
}

/** Hashed Vite assets never change under the same name; everything else must be revalidated. */
function cacheControl(urlPath: string): string {
  if (/^\/(?:.*\/)?assets\/.+-[A-Za-z0-9_-]{8,}\.[a-z0-9]+$/.test(urlPath)) return 'public, max-age=31536000, immutable';
  return 'no-cache';
}

async function isFile(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isFile();
  } catch {
    return false;
  }
}

/** Resolves `urlPath` inside `dir`, refusing anything that escapes it. */
function inside(dir: string, urlPath: string): string | null {
  const full = normalize(join(dir, urlPath));
  const base = resolve(dir);
  return full === base || full.startsWith(base + sep) ? full : null;
}

export function serve(options: ServeOptions): Promise<RunningServer> {
  const host = options.host ?? '127.0.0.1';
  const root = resolve(options.root);
  const overrides: Record<string, string> = { ...(options.overrides ?? {}) };
  const cache = new Map<string, CacheEntry>();

  async function load(path: string): Promise<CacheEntry> {
    const { mtimeMs } = await stat(path);
    const hit = cache.get(path);
    if (hit && hit.mtimeMs === mtimeMs) return hit;
    const entry: CacheEntry = { mtimeMs, raw: await readFile(path) };
    cache.set(path, entry);
    return entry;
  }

  function body(entry: CacheEntry, ext: string, encoding: Encoding): { data: Buffer; encoding: Encoding } {
    if (!COMPRESSIBLE.has(ext) || encoding === 'identity') return { data: entry.raw, encoding: 'identity' };
    if (encoding === 'br') {
      const quality = entry.raw.length > BIG_FILE ? 5 : 11;
      entry.br ??= brotliCompressSync(entry.raw, {
        params: { [zlibConstants.BROTLI_PARAM_QUALITY]: quality, [zlibConstants.BROTLI_PARAM_SIZE_HINT]: entry.raw.length },
      });
      return { data: entry.br, encoding };
    }
    entry.gzip ??= gzipSync(entry.raw, { level: entry.raw.length > BIG_FILE ? 6 : 9 });
    return { data: entry.gzip, encoding };
  }

  /** The file to answer `urlPath` with, and the status. */
  async function route(urlPath: string): Promise<{ file: string; status: number; cachePath: string } | null> {
    const override = overrides[urlPath];
    if (override) return { file: override, status: 200, cachePath: urlPath };
    for (const m of options.mounts ?? []) {
      if (!urlPath.startsWith(m.prefix)) continue;
      let rest = urlPath.slice(m.prefix.length);
      if (rest === '' || rest.endsWith('/')) rest += 'index.html';
      const file = inside(m.dir, rest);
      return file && (await isFile(file)) ? { file, status: 200, cachePath: urlPath } : null;
    }
    const direct = inside(root, urlPath.endsWith('/') ? `${urlPath}index.html` : urlPath);
    if (direct && (await isFile(direct))) return { file: direct, status: 200, cachePath: urlPath };
    if (extname(urlPath) === '') {
      for (const candidate of [`${urlPath.replace(/\/$/, '')}/index.html`, `${urlPath.replace(/\/$/, '')}.html`]) {
        const file = inside(root, candidate);
        if (file && (await isFile(file))) return { file, status: 200, cachePath: urlPath };
      }
      // No prerendered page: the SPA shell renders the route (and its own "not found").
      return { file: join(root, 'index.html'), status: 200, cachePath: '/index.html' };
    }
    const notFound = join(root, '404.html');
    return (await isFile(notFound)) ? { file: notFound, status: 404, cachePath: '/404.html' } : null;
  }

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405, { Allow: 'GET, HEAD' }).end();
      return;
    }
    let urlPath: string;
    try {
      urlPath = decodeURIComponent(new URL(req.url ?? '/', 'http://localhost').pathname);
    } catch {
      res.writeHead(400).end();
      return;
    }
    const found = await route(urlPath);
    if (!found) {
      res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' }).end('not found');
      return;
    }
    const ext = extname(found.file).toLowerCase();
    const entry = await load(found.file);
    const { data, encoding } = body(entry, ext, pickEncoding(req));
    const headers: Record<string, string | number> = {
      'Content-Type': CONTENT_TYPES[ext] ?? 'application/octet-stream',
      'Content-Length': data.length,
      'Cache-Control': cacheControl(found.cachePath),
      'X-Content-Type-Options': 'nosniff',
      Vary: 'Accept-Encoding',
    };
    if (encoding !== 'identity') headers['Content-Encoding'] = encoding;
    res.writeHead(found.status, headers);
    res.end(req.method === 'HEAD' ? undefined : data);
  }

  const server = createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      console.error('[bench server]', error);
      if (!res.headersSent) res.writeHead(500);
      res.end();
    });
  });
  return new Promise((ok, fail) => {
    server.once('error', fail);
    server.listen(options.port, host, () => {
      ok({
        url: `http://${host}:${options.port}`,
        server,
        overrides,
        close: () => new Promise<void>((done) => server.close(() => done())),
      });
    });
  });
}

/** Gzip size as the bench counts it (level 9, what a host precompressing at deploy time sends). */
export function gzipSize(data: Buffer): number {
  return gzipSync(data, { level: 9 }).length;
}

export function isCompressible(path: string): boolean {
  return COMPRESSIBLE.has(extname(path).toLowerCase());
}
