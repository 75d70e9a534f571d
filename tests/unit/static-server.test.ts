// @vitest-environment node
/** The local static host (src/build/static-server.ts) as the bench and the browser tests use it. */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { get } from 'node:http';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { brotliDecompressSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freePort } from '../../src/build/free-port';
import { precompress } from '../../src/build/precompress';
import { startStaticServer, type StaticServer } from '../../src/build/static-server';

interface Reply {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: Buffer;
}

function fetchRaw(url: string, headers: Record<string, string> = {}): Promise<Reply> {
  return new Promise((done, fail) => {
    get(url, { headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => done({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
    }).on('error', fail);
  });
}

const text = async (url: string) => (await fetchRaw(url)).body.toString('utf8');

let dir: string;
/** A build's shape: the overview as index.html, prerendered folders, a hashed asset, 404.html. */
function writeBuild(root: string, label: string): void {
  const files: Record<string, string> = {
    'index.html': `overview ${label}`,
    '404.html': 'not found page',
    'pledges/index.html': 'pledge list',
    'pledges/20/index.html': 'pledge 20',
    'assets/index-AbCdEf12.js': `console.log(${JSON.stringify(label.repeat(200))});`,
    'data/pledges.json': `{"build":"${label}"}`,
  };
  for (const [file, body] of Object.entries(files)) {
    mkdirSync(dirname(join(root, file)), { recursive: true });
    writeFileSync(join(root, file), body);
  }
}

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'static-server-'));
  writeBuild(join(dir, 'a'), 'a');
  writeBuild(join(dir, 'b'), 'b');
  mkdirSync(join(dir, 'harness'));
  writeFileSync(join(dir, 'harness/index.html'), 'harness page');
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('static mode: a plain file host', () => {
  let server: StaticServer;
  beforeAll(async () => {
    server = await startStaticServer({ root: join(dir, 'a'), fallback: 'static' });
  });
  afterAll(() => server.close());

  it('answers a folder with its index.html, with or without the slash', async () => {
    expect(await text(`${server.url}/pledges/20`)).toBe('pledge 20');
    expect(await text(`${server.url}/pledges/`)).toBe('pledge list');
    const home = await fetchRaw(`${server.url}/`);
    expect(home.headers['content-type']).toMatch(/^text\/html/);
    expect(home.body.toString()).toBe('overview a');
  });

  it('answers anything else with 404.html and status 404, never the shell', async () => {
    for (const path of ['/pledges/99', '/missing.js']) {
      const res = await fetchRaw(`${server.url}${path}`);
      expect(res.status, path).toBe(404);
      expect(res.body.toString(), path).toBe('not found page');
    }
  });

  it('revalidates everything and types files with their charset', async () => {
    const res = await fetchRaw(`${server.url}/assets/index-AbCdEf12.js`);
    expect(res.headers['cache-control']).toBe('no-cache');
    expect(res.headers['content-type']).toBe('text/javascript; charset=utf-8');
    expect(res.headers['content-encoding']).toBeUndefined();
  });
});

describe('spa mode with overrides, request counts and a build switch', () => {
  let server: StaticServer;
  beforeAll(async () => {
    server = await startStaticServer({ root: join(dir, 'a'), fallback: 'spa' });
  });
  afterAll(() => server.close());

  it('serves prerendered pages, the shell for other routes, 404 for missing files', async () => {
    expect(await text(`${server.url}/pledges/20`)).toBe('pledge 20');
    const route = await fetchRaw(`${server.url}/pledges/99?q=x`);
    expect([route.status, route.body.toString()]).toEqual([200, 'overview a']);
    expect((await fetchRaw(`${server.url}/assets/missing-AbCdEf12.js`)).status).toBe(404);
  });

  it('answers an overridden path with its body and counts every request to it', async () => {
    const before = server.requests('/data/pledges.json');
    expect(await text(`${server.url}/data/pledges.json`)).toBe('{"build":"a"}');
    server.overrides.set('/data/pledges.json', '{"published":true}');
    const res = await fetchRaw(`${server.url}/data/pledges.json`);
    expect(res.body.toString()).toBe('{"published":true}');
    expect(res.headers['content-type']).toBe('application/json; charset=utf-8');
    server.overrides.delete('/data/pledges.json');
    expect(await text(`${server.url}/data/pledges.json`)).toBe('{"build":"a"}');
    expect(server.requests('/data/pledges.json')).toBe(before + 3);
  });

  it('switches to another build between two requests', async () => {
    server.root = join(dir, 'b');
    expect(await text(`${server.url}/`)).toBe('overview b');
    server.root = join(dir, 'a');
    expect(await text(`${server.url}/`)).toBe('overview a');
  });

  it('refuses methods other than GET and HEAD', async () => {
    const status = await new Promise<number>((done) => {
      const req = get(`${server.url}/`, { method: 'POST' }, (res) => done(res.statusCode ?? 0));
      req.end();
    });
    expect(status).toBe(405);
  });
});

describe('under a base sub-path', () => {
  it('serves the build below the base and nothing outside it', async () => {
    const server = await startStaticServer({ root: join(dir, 'a'), fallback: 'static', base: '/bibai/' });
    try {
      expect(await text(`${server.url}/bibai/pledges/20/`)).toBe('pledge 20');
      expect(await text(`${server.url}/bibai`)).toBe('overview a');
      expect((await fetchRaw(`${server.url}/pledges/20/`)).status).toBe(404);
    } finally {
      await server.close();
    }
  });
});

describe('as a production host: precompressed, immutable assets, mounts', () => {
  let server: StaticServer;
  let site: string;
  beforeAll(async () => {
    site = join(dir, 'site');
    writeBuild(site, 'site');
    await precompress(site);
    server = await startStaticServer({
      root: site,
      fallback: 'spa',
      precompressed: true,
      immutableAssets: true,
      mounts: [{ prefix: '/__bench/', dir: join(dir, 'harness') }],
    });
  });
  afterAll(() => server.close());

  it('sends brotli to a client that takes it, the file as is to one that does not', async () => {
    const url = `${server.url}/assets/index-AbCdEf12.js`;
    const br = await fetchRaw(url, { 'accept-encoding': 'gzip, br' });
    expect(br.headers['content-encoding']).toBe('br');
    expect(br.headers.vary).toBe('Accept-Encoding');
    expect(br.headers['content-type']).toBe('text/javascript; charset=utf-8');
    const plain = await fetchRaw(url);
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(br.body.length).toBeLessThan(plain.body.length);
    expect(brotliDecompressSync(br.body).toString()).toBe(plain.body.toString());
    const page = await fetchRaw(`${server.url}/pledges/20`, { 'accept-encoding': 'br' });
    expect([page.headers['content-encoding'], brotliDecompressSync(page.body).toString()]).toEqual(['br', 'pledge 20']);
  });

  it('caches hashed assets for good and revalidates the rest', async () => {
    expect((await fetchRaw(`${server.url}/assets/index-AbCdEf12.js`)).headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect((await fetchRaw(`${server.url}/pledges/20/`)).headers['cache-control']).toBe('no-cache');
    expect((await fetchRaw(`${server.url}/data/pledges.json`)).headers['cache-control']).toBe('no-cache');
  });

  it('serves a mount under its prefix, without the app fallback', async () => {
    expect(await text(`${server.url}/__bench/`)).toBe('harness page');
    expect((await fetchRaw(`${server.url}/__bench/nothing`)).status).toBe(404);
  });
});

describe('freePort', () => {
  it('takes the first free candidate, and another port when the candidates are taken', async () => {
    const port = await freePort();
    expect(await freePort([port])).toBe(port);
    const holder = createServer();
    await new Promise<void>((done) => holder.listen(port, '127.0.0.1', done));
    try {
      const other = await freePort([port]);
      expect(other).not.toBe(port);
      expect(other).toBeGreaterThan(0);
    } finally {
      await new Promise<void>((done) => holder.close(() => done()));
    }
  });
});
