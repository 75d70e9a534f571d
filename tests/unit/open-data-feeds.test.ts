import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { asOfTime, feedFiles, feedPath, type FeedFile } from '../../src/build/open-data/feeds';
import { atomFeed, xmlText } from '../../src/build/open-data/atom';
import { routeUrl } from '../../src/build/page-html';
import { LANGS, langPath } from '../../src/domain/lang-path';
import type { Dataset } from '../../src/domain/schema';
import { makeDataset, makePledge } from './fixtures';
import { SITE, realDataset } from './open-data-helpers';

interface Link { '@_href': string; '@_rel'?: string; '@_type'?: string; '@_hreflang'?: string }
interface Entry { id: string; title: string; updated: string; published?: string; link: Link[]; summary?: string | { '#text': string; '@_xml:lang': string }; category?: { '@_term': string }[]; content?: unknown }
interface Feed { '@_xmlns': string; '@_xml:lang': string; id: string; title: string; updated: string; link: Link[]; author: { name: string }; entry?: Entry[] }

const parser = new XMLParser({ ignoreAttributes: false, parseTagValue: false, isArray: (name) => ['entry', 'link', 'category'].includes(name) });

function parseFeed(xml: string): Feed {
  const valid = XMLValidator.validate(xml);
  if (valid !== true) throw new Error(`not well-formed XML: ${JSON.stringify(valid.err)}`);
  return (parser.parse(xml) as { feed: Feed }).feed;
}

const summaryText = (s: Entry['summary']) => (typeof s === 'object' ? s['#text'] : s);
const RFC3339 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/;

const ds = realDataset();
const files = feedFiles([ds], SITE);
const feeds = files.map((f) => ({ ...f, feed: parseFeed(f.xml) }));

/** The pages the prerenderer writes (src/build/plugins/prerender.ts), by URL. */
const ROUTES = ['/', '/pledges', ...ds.pledges.map((p) => `/pledges/${p.id}`), '/bookmarks', '/about'];
const PAGES = new Set(LANGS.flatMap((l) => ROUTES.map((r) => routeUrl(SITE.siteUrl, SITE.base, langPath(l, r)))));

describe('the feeds', () => {
  it('are one per language for the roadmap and one per basic policy, at documented paths', () => {
    expect(files.map((f) => f.path)).toEqual([
      'feed.xml',
      ...ds.policies.map((p) => `pledges/policy/${p.id}/feed.xml`),
      'en/feed.xml',
      ...ds.policies.map((p) => `en/pledges/policy/${p.id}/feed.xml`),
    ]);
    expect(feedPath('en', 3)).toBe('en/pledges/policy/3/feed.xml');
  });

  it.each(feeds.map((f) => [f.path, f.feed] as const))('%s is Atom 1.0 with every required element', (path, feed) => {
    expect(feed['@_xmlns']).toBe('http://www.w3.org/2005/Atom');
    expect(feed['@_xml:lang']).toBe(path.startsWith('en/') ? 'en' : 'ja');
    expect(feed.id).toMatch(/^tag:pledges\.example,2026:\//);
    expect(feed.title.length).toBeGreaterThan(0);
    expect(feed.updated).toMatch(RFC3339);
    expect(feed.author.name.length).toBeGreaterThan(0);
    const self = feed.link.find((l) => l['@_rel'] === 'self')!;
    expect(self['@_href']).toBe(`https://pledges.example/bibai/${path}`);
    const home = feed.link.find((l) => l['@_type'] === 'text/html')!;
    expect(PAGES.has(home['@_href'].split('?')[0]!), home['@_href']).toBe(true);
    expect(feed.entry!.length).toBeGreaterThan(0);
    for (const e of feed.entry!) {
      expect(e.id).toMatch(/^tag:/);
      expect(e.title.length).toBeGreaterThan(0);
      expect(e.updated).toMatch(RFC3339);
      expect(e.link.length).toBeGreaterThan(0);
      // Every entry opens a page the build emits: the overview or a pledge.
      for (const l of e.link) expect(PAGES.has(l['@_href']), l['@_href']).toBe(true);
    }
    const ids = feed.entry!.map((e) => e.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('have one entry per pledge, titled with its number and status, and one per report', () => {
    for (const lang of LANGS) {
      const feed = feeds.find((f) => f.path === feedPath(lang))!.feed;
      const pledges = feed.entry!.filter((e) => e.id.includes('/pledges/'));
      expect(pledges.map((e) => e.link[0]!['@_href'])).toEqual(ds.pledges.map((p) => routeUrl(SITE.siteUrl, SITE.base, langPath(lang, `/pledges/${p.id}`))));
      expect(feed.entry!.filter((e) => e.id.includes('/reports/'))).toHaveLength(1);
      ds.pledges.forEach((p, i) => {
        const status = ds.statuses.find((s) => s.id === p.status)!;
        expect(pledges[i]!.title).toContain(p.id);
        expect(pledges[i]!.title).toContain(p.title[lang]);
        expect(pledges[i]!.title).toContain(lang === 'ja' ? (status.ja ?? '記載なし') : status.en);
        expect(summaryText(pledges[i]!.summary)).toBe(p.summary);
        expect(pledges[i]!.updated).toBe('2024-11-01T00:00:00+09:00');
      });
    }
    const en = feeds.find((f) => f.path === 'en/feed.xml')!.feed;
    const p20 = ds.pledges.find((p) => p.id === '20')!;
    expect(en.entry!.find((e) => e.id.endsWith('/pledges/20'))!.title).toBe(`Pledge 20 "${p20.title.en}" — Ahead of plan`);
  });

  it('per policy, hold only the pledges of that policy', () => {
    for (const policy of ds.policies) {
      const feed = feeds.find((f) => f.path === feedPath('ja', policy.id))!.feed;
      const ids = feed.entry!.filter((e) => e.id.includes('/pledges/')).map((e) => e.id.split('/pledges/')[1]);
      expect(ids).toEqual(ds.pledges.filter((p) => p.policy === policy.id).map((p) => p.id));
    }
  });

  it('keep every entry id across builds, and make it from the site, not the time', () => {
    const again = feedFiles([structuredClone(realDataset())], SITE).map((f) => parseFeed(f.xml));
    expect(again.map((f) => f.entry!.map((e) => e.id))).toEqual(feeds.map((f) => f.feed.entry!.map((e) => e.id)));
    expect(feeds[0]!.feed.entry!.find((e) => e.id.endsWith('/pledges/2-1'))!.id).toBe('tag:pledges.example,2026:/bibai/ja/pledges/2-1');
    // Same entry in the roadmap feed and its policy's feed: one id; each language its own.
    const all = feeds.flatMap((f) => f.feed.entry!.map((e) => e.id));
    expect(all.filter((id) => id.endsWith('/ja/pledges/2-1'))).toHaveLength(2);
    expect(all.filter((id) => id.endsWith('/en/pledges/2-1'))).toHaveLength(2);
  });
});

describe('report entries across editions', () => {
  const older: Dataset = {
    ...makeDataset([
      makePledge({ id: '1', status: 'not-started' }),
      makePledge({ id: '2', policy: 2, title: { ja: '<b>消える</b>公約 & "x"', en: 'Gone' } }),
      makePledge({ id: '3', policy: 2 }),
    ]),
    asOf: '2024-05',
    report: { ja: '第6回', en: '6th meeting' },
  };
  const newer: Dataset = {
    ...makeDataset([makePledge({ id: '1', status: 'on-track' }), makePledge({ id: '3', policy: 2 }), makePledge({ id: '4', policy: 2 })]),
    asOf: '2024-11',
    report: { ja: '第7回', en: '7th meeting' },
  };
  const site = { ...SITE, siteUrl: 'https://x.example', base: '/' };
  const out = (fs: FeedFile[], path: string) => parseFeed(fs.find((f) => f.path === path)!.xml);

  it('say what changed since the report before, newest first, with stable ids per report', () => {
    const feed = out(feedFiles([older, newer], site), 'feed.xml');
    const reports = feed.entry!.filter((e) => e.id.includes('/reports/'));
    expect(reports.map((e) => e.id)).toEqual(['tag:x.example,2026:/ja/reports/2024-11', 'tag:x.example,2026:/ja/reports/2024-05']);
    const xml = feedFiles([older, newer], site).find((f) => f.path === 'feed.xml')!.xml;
    expect(xml).toContain('公約1「公約1」：取り組めていない → 計画通りに進んでいる');
    expect(xml).toContain('前回の報告（2024年5月時点）からの変更点：3件');
    // Dataset text stays text: escaped once, never markup.
    expect(xml).toContain('公約2「&lt;b&gt;消える&lt;/b&gt;公約 &amp; &quot;x&quot;」');
    expect(xml).not.toContain('<b>');
    expect(summaryText(reports[1]!.summary)).toBe('3件の公約の進捗状況を掲載しました。');
  });

  it('date a pledge by the report that last changed it', () => {
    const feed = out(feedFiles([older, newer], site), 'feed.xml');
    const byId = new Map(feed.entry!.map((e) => [e.id.split('/').pop(), e]));
    expect([byId.get('1')!.updated, byId.get('1')!.published]).toEqual([asOfTime('2024-11'), asOfTime('2024-05')]);
    expect([byId.get('3')!.updated, byId.get('3')!.published]).toEqual([asOfTime('2024-05'), asOfTime('2024-05')]);
    expect(byId.get('4')!.published).toBe(asOfTime('2024-11'));
    expect(feed.updated).toBe(asOfTime('2024-11'));
  });

  it('per policy, list only that policy’s changes, removed pledges included', () => {
    const fs = feedFiles([older, newer], site);
    const p2 = fs.find((f) => f.path === feedPath('en', 2))!.xml;
    expect(p2).toContain('<li>Pledge 2 &quot;Gone&quot;</li>');
    expect(p2).toContain('Pledge 4 &quot;Pledge 4&quot;</a>');
    expect(p2).not.toContain('Not started →');
    expect(fs.find((f) => f.path === 'en/feed.xml')!.xml).toContain('Pledge 1 &quot;Pledge 1&quot;: Not started → On track');
    expect(parseFeed(p2).entry!.find((e) => e.id.includes('/reports/2024-11'))!.id).toBe('tag:x.example,2026:/en/reports/2024-11/policy/2');
  });

  it('refuse editions out of order or without one', () => {
    expect(() => feedFiles([newer, older], site)).toThrow(/edition 2 \(as of 2024-05\) is not later than edition 1/);
    expect(() => feedFiles([], site)).toThrow(/no edition/);
  });
});

describe('the Atom writer', () => {
  const feedWith = (title: string) =>
    atomFeed({ id: 'tag:x,2026:/f', lang: 'ja', title, updated: asOfTime('2024-11'), links: [], author: { name: 'a' }, entries: [{ id: 'tag:x,2026:/e', title, updated: asOfTime('2024-11'), links: [{ href: 'https://x/?a=1&b=2' }], content: [{ tag: 'p', children: [title] }] }] });

  it('keeps any text as text: parsed back, it is the same string', () => {
    fc.assert(
      fc.property(
        // eslint-disable-next-line no-control-regex -- the generated texts must hold no control character
        fc.string({ unit: fc.oneof(fc.constantFrom('<', '>', '&', '"', "'", ']]>', '&amp;', '<![CDATA['), fc.string({ unit: 'grapheme', minLength: 1, maxLength: 1 })), minLength: 1 }).filter((s) => s.trim() === s && s.trim() !== '' && !/[\u0000-\u001f\ufffe\uffff]/.test(s)),
        (title) => {
          const feed = new XMLParser({ parseTagValue: false, trimValues: false, htmlEntities: false }).parse(feedWith(title)) as { feed: { title: string } };
          expect(XMLValidator.validate(feedWith(title))).toBe(true);
          expect(feed.feed.title).toBe(title);
        },
      ),
    );
  });

  it('refuses a character XML cannot carry', () => {
    expect(() => xmlText('a\u0001b')).toThrow(/U\+0001/);
    expect(() => xmlText('\ud800')).toThrow(/U\+D800/);
    expect(xmlText('😀')).toBe('😀');
  });
});
