/**
 * The one local static host: the benchmark and the browser tests serve a production build with
 * it, as the static hosts the app is made for would. sirv answers with the files (a folder's
 * `index.html`, `<path>.html`, precompressed variants, the SPA shell); around it this module adds
 * a base sub-path, caching headers, extra mounts, bodies that replace a file, request counts,
 * and switching the build folder while running (a new release). Listens on 127.0.0.1 only.
 */
import { existsSync, readFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { extname, join, resolve } from 'node:path';
import sirv, { type RequestHandler } from 'sirv';
import { CONTENT_TYPES } from './content-types.ts';
import { freePort } from './free-port.ts';

export interface Mount {
  /** URL prefix, e.g. `/__bench/`. */
  prefix: string;
  dir: string;
}

export interface StaticServerOptions {
  /** The build folder served at `base`; `StaticServer.root` switches it while running. */
  root: string;
  /** The sub-path the build was made for (BIBAI_BASE), e.g. `/bibai-pledges/`; default `/`. */
  base?: string;
  /**
   * How a path that names no file is answered. Both modes serve a folder's `index.html` (the
   * prerendered pages) and `<path>.html`, and `404.html` with status 404 for anything else, except:
   * `spa` answers every other path without an extension with the app's `index.html`, as a host
   * configured for a single-page app does; `static` is a plain file host, no rewrite rules.
   */
  fallback: 'static' | 'spa';
  /** Send `<file>.br` or `<file>.gz` (see precompress.ts) to clients that accept them. */
  precompressed?: boolean;
  /** Long-lived `immutable` caching for content-hashed assets; without it everything is `no-cache`. */
  immutableAssets?: boolean;
  /** Other folders served under their own prefix, outside `base` (the bench's harness). */
  mounts?: Mount[];
  /** Ports to try in order; a free port the system picks when none is free or none is given. */
  ports?: Iterable<number>;
}

export interface StaticServer {
  /** The origin, e.g. `http://127.0.0.1:4400` (without the base). */
  readonly url: string;
  /** The build folder served now; set it to switch builds between two requests. */
  root: string;
  /** Bodies answered instead of the file at a path under the base, e.g. `/data/pledges.json`. */
  readonly overrides: Map<string, string>;
  /** How many requests reached `path` (under the base) so far. */
  requests(path: string): number;
  close(): Promise<void>;
}

const HOST = '127.0.0.1';
/** Vite's content-hashed output never changes under the same name. */
const HASHED_ASSET = /^\/(?:.*\/)?assets\/.+-[A-Za-z0-9_-]{8,}\.[a-z0-9]+$/;

export async function startStaticServer(options: StaticServerOptions): Promise<StaticServer> {
  const base = options.base ?? '/';
  const handlers = new Map<string, RequestHandler>();
  const overrides = new Map<string, string>();
  const hits = new Map<string, number>();
  let root = resolve(options.root);
  if (!existsSync(join(root, 'index.html'))) throw new Error(`${root} has no index.html: run \`npm run build\` first`);

  // dev mode: sirv looks each request up on disk, so a folder written or switched later is seen.
  const files = (dir: string, spa: boolean): RequestHandler => {
    const key = `${spa}:${dir}`;
    let handler = handlers.get(key);
    if (!handler) {
      handler = sirv(dir, { dev: true, extensions: ['html'], single: spa, brotli: options.precompressed, gzip: options.precompressed });
      handlers.set(key, handler);
    }
    return handler;
  };

  const notFound = (res: ServerResponse, dir: string | null) => {
    const page = dir === null ? null : join(dir, '404.html');
    if (page && existsSync(page)) {
      res.writeHead(404, { 'Content-Type': CONTENT_TYPES['.html'] }).end(readFileSync(page));
    } else {
      res.writeHead(404, { 'Content-Type': CONTENT_TYPES['.txt'] }).end('not found');
    }
  };

  /** Answers `path` (the request's path below `prefix`) from `dir`, sirv reading the rewritten URL. */
  const fromDir = (req: IncomingMessage, res: ServerResponse, dir: string, path: string, spa: boolean, pages: boolean) => {
    const [, query] = (req.url ?? '').split('?');
    req.url = `${encodeURI(path)}${query === undefined ? '' : `?${query}`}`;
    files(dir, spa)(req, res, () => notFound(res, pages ? dir : null));
  };

  const handle = (req: IncomingMessage, res: ServerResponse) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405, { Allow: 'GET, HEAD' }).end();
      return;
    }
    let full: string;
    try {
      full = decodeURIComponent(new URL(req.url ?? '/', 'http://localhost').pathname);
    } catch {
      res.writeHead(400).end();
      return;
    }
    res.setHeader('Cache-Control', options.immutableAssets && HASHED_ASSET.test(full) ? 'public, max-age=31536000, immutable' : 'no-cache');
    res.setHeader('X-Content-Type-Options', 'nosniff');
    // sirv types by file name; these carry the charset. Extension-less paths are pages (sirv's HTML type).
    const type = CONTENT_TYPES[extname(full).toLowerCase()];
    if (type) res.setHeader('Content-Type', type);

    const mount = options.mounts?.find((m) => full.startsWith(m.prefix));
    if (mount) {
      fromDir(req, res, resolve(mount.dir), `/${full.slice(mount.prefix.length)}`, false, false);
      return;
    }
    if (!full.startsWith(base) && `${full}/` !== base) {
      notFound(res, null);
      return;
    }
    const path = `/${full.slice(base.length)}`;
    hits.set(path, (hits.get(path) ?? 0) + 1);
    const body = overrides.get(path);
    if (body !== undefined) {
      res.writeHead(200, { 'Content-Type': type ?? CONTENT_TYPES['.txt'] }).end(body);
      return;
    }
    fromDir(req, res, root, path, options.fallback === 'spa', true);
  };

  const server = createServer((req, res) => {
    try {
      handle(req, res);
    } catch (error) {
      console.error('[static server]', error);
      if (!res.headersSent) res.writeHead(500);
      res.end();
    }
  });
  const port = await freePort(options.ports, HOST);
  await new Promise<void>((done, fail) => server.once('error', fail).listen(port, HOST, done));
  return {
    url: `http://${HOST}:${port}`,
    get root() {
      return root;
    },
    set root(dir: string) {
      root = resolve(dir);
    },
    overrides,
    requests: (path) => hits.get(path) ?? 0,
    close: () =>
      new Promise<void>((done) => {
        server.closeAllConnections();
        server.close(() => done());
      }),
  };
}
