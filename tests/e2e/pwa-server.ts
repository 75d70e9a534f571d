/**
 * A tiny static server for the offline, update and prerender tests, run inside the Playwright
 * worker. Unlike `vite preview` it can switch, between two requests, to another build folder (a
 * new app release) or to another dataset file (the city publishing a new report, or a broken one).
 * With `{ static: true }` it is a plain file host: a folder answers with its index.html, anything
 * else that is not a file gets the build's 404.html with status 404 — no SPA fallback, no rewrite
 * rules. `base` serves the build under a sub-path. Listens on 127.0.0.1 only, on a free port;
 * `close()` stops it.
 */
import { createServer, type Server } from 'node:http';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { extname, join, normalize } from 'node:path';
import type { AddressInfo } from 'node:net';
import { CONTENT_TYPES } from '../../src/build/content-types';


export interface ServerOptions {
  /** Plain files only: folders answer with their index.html, the rest with 404.html (404). */
  static?: boolean;
  /** The sub-path the build was made for (BIBAI_BASE), e.g. `/bibai-pledges/`. */
  base?: string;
}

export interface PwaServer {
  url: string;
  /** The build folder served now. */
  root: string;
  /** A dataset body served instead of the build's `data/pledges.json`; null for the build's. */
  dataset: string | null;
  /** How many times `data/pledges.json` was requested. */
  datasetHits: number;
  close(): Promise<void>;
}

export async function startPwaServer(root: string, options: ServerOptions = {}): Promise<PwaServer> {
  const base = options.base ?? '/';
  if (!existsSync(join(root, 'index.html')) || !existsSync(join(root, 'sw.js')))
    throw new Error(`${root} is not a production build with a service worker: run \`npm run build\` first`);
  const state = { root, dataset: null as string | null, datasetHits: 0 };
  const server: Server = createServer((req, res) => {
    const full = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    // Every answer is revalidated, like a server publishing files in place.
    res.setHeader('Cache-Control', 'no-cache');
    if (!full.startsWith(base) && `${full}/` !== base) {
      res.writeHead(404, { 'Content-Type': 'text/plain' });
      res.end('not found');
      return;
    }
    const path = `/${full.slice(base.length)}`;
    if (path === '/data/pledges.json') {
      state.datasetHits++;
      if (state.dataset !== null) {
        res.writeHead(200, { 'Content-Type': CONTENT_TYPES['.json'] });
        res.end(state.dataset);
        return;
      }
    }
    let file = normalize(join(state.root, path));
    if (options.static && file.startsWith(state.root) && existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    if (file.startsWith(state.root) && existsSync(file) && statSync(file).isFile()) {
      res.writeHead(200, { 'Content-Type': CONTENT_TYPES[extname(file)] ?? 'application/octet-stream' });
      res.end(readFileSync(file));
      return;
    }
    if (options.static) {
      const notFound = join(state.root, '404.html');
      res.writeHead(404, { 'Content-Type': CONTENT_TYPES['.html'] });
      res.end(existsSync(notFound) ? readFileSync(notFound) : 'not found');
      return;
    }
    // App routes get the shell (as a static host configured for an SPA would); files get 404.
    if (!/\.[a-z0-9]+$/i.test(path)) {
      res.writeHead(200, { 'Content-Type': CONTENT_TYPES['.html'] });
      res.end(readFileSync(join(state.root, 'index.html')));
      return;
    }
    res.writeHead(404, { 'Content-Type': 'text/plain' });
    res.end('not found');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    get root() {
      return state.root;
    },
    set root(dir: string) {
      state.root = dir;
    },
    get dataset() {
      return state.dataset;
    },
    set dataset(body: string | null) {
      state.dataset = body;
    },
    get datasetHits() {
      return state.datasetHits;
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
