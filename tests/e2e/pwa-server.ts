/**
 * A tiny static server for the offline and update tests, run inside the Playwright worker.
 * Unlike `vite preview` it can switch, between two requests, to another build folder (a new
 * app release) or to another dataset file (the city publishing a new report, or a broken one).
 * Listens on 127.0.0.1 only, on a free port; `close()` stops it.
 */
import { createServer, type Server } from 'node:http';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { extname, join, normalize } from 'node:path';
import type { AddressInfo } from 'node:net';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
};

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

export async function startPwaServer(root: string): Promise<PwaServer> {
  if (!existsSync(join(root, 'index.html')) || !existsSync(join(root, 'sw.js')))
    throw new Error(`${root} is not a production build with a service worker: run \`npm run build\` first`);
  const state = { root, dataset: null as string | null, datasetHits: 0 };
  const server: Server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    // Every answer is revalidated, like a server publishing files in place.
    res.setHeader('Cache-Control', 'no-cache');
    if (path === '/data/pledges.json') {
      state.datasetHits++;
      if (state.dataset !== null) {
        res.writeHead(200, { 'Content-Type': TYPES['.json'] });
        res.end(state.dataset);
        return;
      }
    }
    const file = normalize(join(state.root, path));
    if (file.startsWith(state.root) && existsSync(file) && statSync(file).isFile()) {
      res.writeHead(200, { 'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream' });
      res.end(readFileSync(file));
      return;
    }
    // App routes get the shell (as a static host configured for an SPA would); files get 404.
    if (!/\.[a-z0-9]+$/i.test(path)) {
      res.writeHead(200, { 'Content-Type': TYPES['.html'] });
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
