// @vitest-environment node
/**
 * The app holds nothing of Bibai outside data/: built from the made-up municipality of
 * tests/fixtures/municipality/ (BIBAI_DATA_DIR), no file of the output names Bibai, and the
 * output carries the fixture's own names. Storage names and format ids (`bibai-…`, `bibai.…`)
 * are identifiers, kept so that no reader loses their bookmarks, and allowed.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../..');
const FIXTURE = join(ROOT, 'tests/fixtures/municipality');
const site = JSON.parse(readFileSync(join(FIXTURE, 'site.json'), 'utf8')) as { name: Record<'ja' | 'en', string>; shortName: Record<'ja' | 'en', string>; installDescription: Record<'ja' | 'en', string> };
const meta = JSON.parse(readFileSync(join(FIXTURE, 'meta.json'), 'utf8')) as { municipality: Record<'ja' | 'en', string> };

/**
 * Bibai's names as text. Lower-case `bibai-…`/`bibai.…` (storage and format ids) and `BIBAI_…`
 * (the build's environment variables) are identifiers, not names.
 */
const BIBAI = ['美唄', 'Bibai', 'びばい', 'ビバイ'];

let out: string;
const files = (dir: string): string[] => readdirSync(dir).flatMap((f) => (statSync(join(dir, f)).isDirectory() ? files(join(dir, f)) : [join(dir, f)]));
const read = (path: string) => readFileSync(join(out, path), 'utf8');
const title = (html: string) => /<title>([^<]*)<\/title>/.exec(html)?.[1];
const metaTag = (html: string, key: string) => new RegExp(`<meta (?:name|property)="${key}" content="([^"]*)"`).exec(html)?.[1];

beforeAll(() => {
  out = mkdtempSync(join(tmpdir(), 'other-municipality-'));
  // The build runs as `npm run build` does, not as a test: no vitest variables reach it.
  const env = Object.fromEntries(Object.entries(process.env).filter(([k]) => k !== 'NODE_ENV' && !k.startsWith('VITEST') && k !== 'TEST'));
  execFileSync('npx', ['vite', 'build', '--outDir', out, '--emptyOutDir', '--logLevel', 'error'], {
    cwd: ROOT,
    env: { ...env, BIBAI_DATA_DIR: 'tests/fixtures/municipality' },
    stdio: 'pipe',
    timeout: 110_000,
  });
}, 120_000);

afterAll(() => {
  if (out) rmSync(out, { recursive: true, force: true });
});

describe('the app built from a made-up municipality', () => {
  it('has no file that names Bibai, in any form', () => {
    const all = files(out);
    expect(all.length).toBeGreaterThan(50);
    const named = all.flatMap((file) => {
      const bytes = readFileSync(file);
      return BIBAI.filter((word) => bytes.includes(Buffer.from(word, 'utf8'))).map((word) => `${relative(out, file)}: ${word}`);
    });
    expect(named).toEqual([]);
  });

  it('names itself and its city in titles, link previews and the home-screen title', () => {
    const ja = read('index.html');
    expect(title(ja)).toBe(`概要 | ${site.name.ja}`);
    expect(metaTag(ja, 'og:site_name')).toBe(site.name.ja);
    expect(metaTag(ja, 'description')).toContain(meta.municipality.ja);
    expect(metaTag(ja, 'apple-mobile-web-app-title')).toBe(site.shortName.ja);
    expect(title(read('en/pledges/index.html'))).toBe(`Pledges | ${site.name.en}`);
    expect(metaTag(read('en/pledges/index.html'), 'description')).toContain(meta.municipality.en);
    expect(title(read('shell.html'))).toBe(site.name.ja);
    // The title's text, whatever phrase breaks (<wbr>) and hydration marks it carries.
    const h1 = /<h1[^>]*>(.*?)<\/h1>/.exec(read('pledges/2-1/index.html'))?.[1] ?? '';
    expect(h1.replace(/<[^>]*>/g, '')).toBe('図書館の開館時間を延ばす（架空の公約）');
    expect(read('about/index.html')).toContain(`${meta.municipality.ja}が公表した`);
  });

  it('has its own names in both manifests, the feeds and the Data Package', () => {
    for (const [file, lang] of [['manifest.webmanifest', 'ja'], ['manifest.en.webmanifest', 'en']] as const) {
      const m = JSON.parse(read(file)) as { name: string; short_name: string; description: string };
      expect([m.name, m.short_name, m.description]).toEqual([site.name[lang], site.shortName[lang], site.installDescription[lang]]);
    }
    expect(read('feed.xml')).toContain(`<title>${site.name.ja}</title>`);
    expect(read('en/feed.xml')).toContain(`Progress of ${meta.municipality.en}&apos;s 2 mayoral pledges`);
    const pkg = JSON.parse(read('data/datapackage.json')) as { name: string; keywords: string[] };
    expect(pkg.name).toBe('kasumino-pledge-roadmap-example');
    expect(pkg.keywords).toContain('霞野市');
  });

  it('serves the fixture’s dataset and its two pledges', () => {
    expect(JSON.parse(read('data/pledges.json')).pledges.map((p: { id: string }) => p.id)).toEqual(['1', '2-1']);
    expect(read('embed/pledges/1/index.html')).toContain(site.name.ja);
  });
});
