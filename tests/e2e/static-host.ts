/**
 * Servers for the open-data browser test, inside the Playwright worker, on free ports of
 * 127.0.0.1. `startStaticHost` serves a build the way Netlify or Cloudflare Pages would: plain
 * files, a folder answers with its index.html, anything else 404.html, and the build's own
 * `_headers` applied as those hosts combine its rules (vite preview reads no `_headers`).
 * `startPageServer` answers with a page made from the request's URL: another site embedding a card.
 */
import { createServer, type Server } from 'node:http';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { extname, join, normalize } from 'node:path';
import type { AddressInfo } from 'node:net';
import { CONTENT_TYPES } from '../../src/build/content-types';
import { headersFor, parseHeadersFile } from '../../src/build/headers-file';

export interface RunningServer {
  url: string;
  close(): Promise<void>;
}

async function listen(server: Server): Promise<RunningServer> {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}`, close: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}

export function startStaticHost(root: string): Promise<RunningServer> {
  const headersFile = join(root, '_headers');
  if (!existsSync(headersFile)) throw new Error(`${root} has no _headers: run \`npm run build\` first`);
  const rules = parseHeadersFile(readFileSync(headersFile, 'utf8'));
  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    for (const [name, values] of headersFor(rules, path)) res.setHeader(name, values.join(', '));
    let file = normalize(join(root, path));
    if (file.startsWith(root) && existsSync(file) && statSync(file).isDirectory()) {
      // Static hosts redirect a folder without its slash, then serve its index.html.
      if (!path.endsWith('/')) {
        res.writeHead(301, { Location: `${path}/` });
        res.end();
        return;
      }
      file = join(file, 'index.html');
    }
    if (file.startsWith(root) && existsSync(file) && statSync(file).isFile()) {
      res.writeHead(200, { 'Content-Type': CONTENT_TYPES[extname(file)] ?? 'application/octet-stream' });
      res.end(readFileSync(file));
      return;
    }
    res.writeHead(404, { 'Content-Type': CONTENT_TYPES['.html'] });
    res.end(readFileSync(join(root, '404.html')));
  });
  return listen(server);
}

export function startPageServer(page: (url: URL) => string): Promise<RunningServer> {
  return listen(
    createServer((req, res) => {
      res.writeHead(200, { 'Content-Type': CONTENT_TYPES['.html'] });
      res.end(page(new URL(req.url ?? '/', 'http://x')));
    }),
  );
}
