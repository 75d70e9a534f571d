/** The site config (data/site.json): validated with the field named, and what the app and the build make of it. */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { readSite } from '../../src/build/site-config';
import { fillIndexHtml } from '../../src/build/plugins/site-texts';
import { translator } from '../../src/build/open-data/messages';
import { webManifest } from '../../src/pwa/manifest.config';
import { showLang, t } from '../../src/i18n';
import { ja } from '../../src/i18n/locales/ja';
import { en } from '../../src/i18n/locales/en';

const ROOT = resolve(import.meta.dirname, '../..');
const real = readSite(join(ROOT, 'data'));

let dirs: string[] = [];
afterEach(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
  dirs = [];
});

/** A data folder with the real meta.json and `site` as its site.json. */
function folder(site: unknown): string {
  const dir = mkdtempSync(join(tmpdir(), 'site-config-'));
  dirs.push(dir);
  cpSync(join(ROOT, 'data/meta.json'), join(dir, 'meta.json'));
  if (site !== undefined) writeFileSync(join(dir, 'site.json'), typeof site === 'string' ? site : JSON.stringify(site));
  return dir;
}
const realJson = () => JSON.parse(readFileSync(join(ROOT, 'data/site.json'), 'utf8')) as Record<string, any>;

describe('readSite', () => {
  it('reads the real data folder: names from site.json, the city from meta.json', () => {
    expect(real.texts.ja).toEqual({ site: real.config.name.ja, city: '美唄市', siteDescription: real.config.description.ja });
    expect(real.texts.en.city).toBe('Bibai City');
  });

  it('names the file and the field of each problem', () => {
    const broken = realJson();
    delete broken.name.en;
    broken.shortName.fr = 'x';
    broken.description.ja = '';
    broken.dataPackage.name = 'Bibai Roadmap';
    const message = (() => {
      try {
        readSite(folder(broken));
        return '';
      } catch (error) {
        return (error as Error).message;
      }
    })();
    expect(message).toMatch(/site\.json is invalid:/);
    expect(message).toContain('name.en: missing');
    expect(message).toContain('shortName.fr: unknown key');
    expect(message).toContain('description.ja: expected a non-empty string');
    expect(message).toContain('dataPackage.name: expected lower-case letters');
  });

  it('refuses a missing file, broken JSON and an unknown top-level key', () => {
    expect(() => readSite(folder(undefined))).toThrow(/site\.json is missing: every data folder has one/);
    expect(() => readSite(folder('{"name": '))).toThrow(/site\.json is not valid JSON/);
    expect(() => readSite(folder({ ...realJson(), colour: 'blue' }))).toThrow(/colour: unknown key/);
  });
});

describe('index.html', () => {
  it('gets the site name, the home-screen name and the description, escaped', () => {
    const site = { ...real, config: { ...real.config, name: { ja: 'A & "B"', en: 'x' } } };
    expect(fillIndexHtml('<title>__SITE_NAME__</title><meta content="__SITE_SHORT_NAME__">', site)).toBe(`<title>A &amp; &quot;B&quot;</title><meta content="${real.config.shortName.ja}">`);
    expect(fillIndexHtml('__SITE_DESCRIPTION__', real)).toBe(real.config.description.ja);
  });

  it('refuses a placeholder it does not know', () => {
    expect(() => fillIndexHtml('__SITE_TITLE__', real)).toThrow(/unknown placeholder __SITE_TITLE__/);
  });

  it('the template holds no name of its own', () => {
    const html = readFileSync(join(ROOT, 'index.html'), 'utf8');
    expect(html).not.toMatch(/美唄|Bibai/);
    expect(fillIndexHtml(html, real)).toContain(`<title>${real.config.name.ja}</title>`);
  });
});

describe('the names in the app and the build', () => {
  it('no locale string names the city or the app', () => {
    for (const value of [...Object.values(ja), ...Object.values(en)]) expect(value).not.toMatch(/美唄|Bibai|びばい/);
  });

  it('the app’s t fills {{site}}, {{city}} and {{siteDescription}} in the page’s language', () => {
    showLang('en');
    expect(t('site.name')).toBe(real.config.name.en);
    expect(t('overview.description', { count: 3, asOf: 'x' })).toContain('Bibai City');
    showLang('ja');
    expect(t('site.name')).toBe(real.config.name.ja);
    expect(t('site.description')).toBe(real.config.description.ja);
    expect(t('social.imageAlt', { status: 'S' })).toBe(`進捗状況「S」— ${real.config.name.ja}`);
  });

  it('the build’s translator fills them too, and refuses a placeholder left without a value', () => {
    expect(translator('en', real.texts.en)('feed.subtitle', { count: 2, asOf: 'x' })).toContain("Bibai City's 2 mayoral pledges");
    expect(() => translator('ja')('site.name')).toThrow(/needs \{\{site\}\}, which was not given \(the site's names were not passed\)/);
    expect(() => translator('ja', real.texts.ja)('pledge.number')).toThrow(/needs \{\{id\}\}/);
  });

  it('the manifests take their names and descriptions from the config', () => {
    for (const lang of ['ja', 'en'] as const) {
      const m = webManifest(lang, '/', real.config);
      expect([m.name, m.short_name, m.description]).toEqual([real.config.name[lang], real.config.shortName[lang], real.config.installDescription[lang]]);
    }
  });
});
