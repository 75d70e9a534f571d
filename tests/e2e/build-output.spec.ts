/**
 * The production build as the service worker sees it: reads `dist/sw.js`, the Vite
 * manifest and the web app manifests, and checks that everything the app needs offline is
 * precached and that the install metadata is complete. No browser: files only.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, test } from '@playwright/test';
import { DIST } from './pwa-helpers';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const read = (path: string) => readFileSync(join(DIST, path), 'utf8');

interface ViteChunk {
  file: string;
  src?: string;
  isDynamicEntry?: boolean;
  imports?: string[];
  css?: string[];
}

/** The URLs in the precache manifest injected into sw.js. */
function precached(): string[] {
  const sw = read('sw.js');
  const urls = [...sw.matchAll(/"url":"([^"]+)"/g)].map((m) => m[1]!);
  expect(urls.length, 'sw.js holds an injected precache manifest').toBeGreaterThan(0);
  return urls;
}

/** Files of a chunk and everything it imports statically (chunks and CSS). */
function closure(manifest: Record<string, ViteChunk>, key: string, seen = new Set<string>()): Set<string> {
  const chunk = manifest[key];
  if (!chunk || seen.has(chunk.file)) return seen;
  seen.add(chunk.file);
  for (const css of chunk.css ?? []) seen.add(css);
  for (const dep of chunk.imports ?? []) closure(manifest, dep, seen);
  return seen;
}

/** PNG width × height from its IHDR chunk. */
function pngSize(path: string): string {
  const buf = readFileSync(path);
  return `${buf.readUInt32BE(16)}x${buf.readUInt32BE(20)}`;
}

test.describe('the built service worker', () => {
  test.beforeAll(() => {
    if (!existsSync(join(DIST, 'sw.js'))) throw new Error(`${DIST}/sw.js is missing: run \`npm run build\` first`);
  });

  test('precaches the shell, every route chunk, the locales and the icons, and not the dataset', () => {
    const urls = new Set(precached());
    const manifest = JSON.parse(read('.vite/manifest.json')) as Record<string, ViteChunk>;

    // The shell (the worker's answer to every navigation) and the entry chunk with its CSS. The
    // prerendered pages are not precached: they are for first visits, crawlers and previews.
    expect(urls).toContain('shell.html');
    expect([...urls].filter((u) => u.endsWith('.html'))).toEqual(['shell.html']);
    for (const file of closure(manifest, 'index.html')) expect(urls, file).toContain(file);

    // Every page of the route table, with everything it imports.
    const routeSrc = readFileSync(join(ROOT, 'src/routes.ts'), 'utf8');
    const pages = [...routeSrc.matchAll(/import\('\.\/(pages\/[^']+)'\)/g)].map((m) => `src/${m[1]}.tsx`);
    expect(pages.length).toBeGreaterThanOrEqual(6);
    for (const page of pages) {
      expect(manifest[page], `${page} is a chunk of the build`).toBeDefined();
      for (const file of closure(manifest, page)) expect(urls, `${page}: ${file}`).toContain(file);
    }
    // ... and in fact every script and stylesheet of the build, lazy ones included, but
    // furigana's: only readers who switch it on fetch it, and the worker keeps it then.
    for (const file of readdirSync(join(DIST, 'assets')).filter((f) => !f.startsWith('furigana-load-'))) expect(urls, file).toContain(`assets/${file}`);
    expect([...urls].filter((u) => u.startsWith('readings/') || u.includes('furigana'))).toEqual([]);

    // The locales, each a lazy chunk (a page loads its own language); both precached.
    const holding = (text: string) => [...urls].filter((u) => u.endsWith('.js') && read(u).includes(text));
    expect(holding('新しいバージョンがあります').length, 'a precached chunk holds the ja locale').toBeGreaterThan(0);
    expect(holding('A new version is available').length, 'a precached chunk holds the en locale').toBeGreaterThan(0);

    // The favicon the pages show and both manifests. The manifest's PNG icons and the
    // home-screen icon are fetched by the browser when the app is installed (online); offline
    // nothing asks for them.
    expect(urls).toContain('favicon.svg');
    for (const icon of ['icons/icon-192.png', 'icons/icon-512.png', 'icons/maskable-192.png', 'icons/maskable-512.png', 'icons/apple-touch-icon.png']) expect(urls).not.toContain(icon);
    expect(urls).toContain('manifest.webmanifest');
    expect(urls).toContain('manifest.en.webmanifest');
    // The dataset: the page fetches it anyway and the worker keeps that copy (no second download).
    expect([...urls].filter((u) => u.startsWith('data/'))).toEqual([]);
    // The install-sheet screenshots are not needed offline.
    expect([...urls].filter((u) => u.startsWith('screenshots/'))).toEqual([]);
  });

  test('holds the dataset route and the skip-waiting handler (behaviour: offline.spec.ts, update.spec.ts)', () => {
    const sw = read('sw.js');
    expect(sw).toContain('data/pledges.json');
    expect(sw).toContain('data/editions.json');
    expect(sw).toContain('X-Dataset-Source');
    expect(sw).toContain('bibai-dataset');
    expect(sw).toContain('SKIP_WAITING');
  });
});

test.describe('the web app manifests', () => {
  for (const [file, lang, name, home] of [
    ['manifest.webmanifest', 'ja', '美唄市 公約ロードマップ', '/'],
    ['manifest.en.webmanifest', 'en', 'Bibai Pledge Tracker', '/en/'],
  ] as const) {
    test(`${file} has every field an install needs`, () => {
      const m = JSON.parse(read(file));
      expect(m.name).toBe(name);
      expect(m.lang).toBe(lang);
      for (const key of ['short_name', 'description', 'theme_color', 'background_color']) expect(typeof m[key], key).toBe('string');
      expect(m.short_name.length).toBeLessThanOrEqual(15);
      // One app (same id and scope) that opens in the language it was installed from.
      expect(m).toMatchObject({ id: '/', start_url: home, scope: '/', display: 'standalone' });

      const icons = m.icons as { src: string; sizes: string; purpose?: string }[];
      for (const size of ['192x192', '512x512'])
        for (const purpose of ['any', 'maskable']) {
          const icon = icons.find((i) => i.sizes === size && (i.purpose ?? 'any').split(' ').includes(purpose));
          expect(icon, `${purpose} ${size}`).toBeDefined();
          expect(pngSize(join(DIST, icon!.src))).toBe(size);
        }

      const shortcuts = (m.shortcuts as { name: string; url: string }[]).map((s) => s.url);
      expect(shortcuts).toEqual([`${home}bookmarks/`, `${home}pledges/`]);
      if (lang === 'ja') expect((m.shortcuts as { name: string }[]).map((s) => s.name)).toEqual(['ブックマーク', '一覧']);

      const shots = m.screenshots as { src: string; sizes: string; form_factor: string }[];
      expect(shots.map((s) => s.form_factor).sort()).toEqual(['narrow', 'wide']);
      for (const shot of shots) expect(pngSize(join(DIST, shot.src)), shot.src).toBe(shot.sizes);
    });
  }

  test('index.html links the manifest, the apple-touch-icon and light and dark theme colours', () => {
    const html = read('index.html');
    expect(html).toMatch(/<link rel="manifest" href="\/manifest\.webmanifest"/);
    expect(html).toMatch(/<link rel="apple-touch-icon" href="\/icons\/apple-touch-icon\.png"/);
    expect(pngSize(join(DIST, 'icons/apple-touch-icon.png'))).toBe('180x180');
    expect(html).toMatch(/<meta name="theme-color" content="#[0-9a-f]{6}" media="\(prefers-color-scheme: light\)"/i);
    expect(html).toMatch(/<meta name="theme-color" content="#[0-9a-f]{6}" media="\(prefers-color-scheme: dark\)"/i);
  });
});
