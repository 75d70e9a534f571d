import { describe, expect, it } from 'vitest';
import { headersFor, matchingRules, parseHeadersFile, type HeaderRule } from '../../src/build/headers-file';
import { CSP } from '../../src/build/page-html';
import { LANGS, langPath } from '../../src/domain/lang-path';
import { readRepoFile, realDataset } from './open-data-helpers';

const rules = parseHeadersFile(readRepoFile('public/_headers'));
const ds = realDataset();

/** Every policy a path gets (a joined header holds several, one per rule). */
const policies = (rs: readonly HeaderRule[], path: string) => (headersFor(rs, path).get('content-security-policy') ?? []).flatMap((v) => v.split(','));
const frameAncestors = (rs: readonly HeaderRule[], path: string) =>
  policies(rs, path)
    .map((p) => /(?:^|;)\s*frame-ancestors\s+([^;]+)/.exec(p)?.[1]?.trim())
    .filter((v): v is string => v !== undefined);

/** The URL paths of every page the build writes (src/build/plugins/prerender.ts), as a static host serves them. */
const ROUTES = ['/', '/pledges', ...ds.pledges.map((p) => `/pledges/${p.id}`), '/bookmarks', '/about', '/changes', '/data'];
const PAGES = [
  ...LANGS.flatMap((l) => ROUTES.map((r) => langPath(l, r)).flatMap((p) => (p === '/' ? ['/', '/index.html'] : [`${p}/`, `${p}/index.html`]))),
  '/en',
  '/404.html',
  '/shell.html',
];
const EMBEDS = LANGS.flatMap((l) => ds.pledges.map((p) => `${l === 'en' ? '/en' : ''}/embed/pledges/${p.id}/`));

describe('public/_headers', () => {
  it.each(PAGES)("%s may not be framed: frame-ancestors 'none' and nothing looser", (path) => {
    expect(frameAncestors(rules, path)).toEqual(["'none'"]);
    expect(headersFor(rules, path).get('x-frame-options')).toEqual(['DENY']);
  });

  it.each(EMBEDS)('%s may be framed by any site, and gets no rule that says none', (path) => {
    expect(frameAncestors(rules, path)).toEqual(['*']);
    // Whichever way a host combines rules (all of them, or the most specific), none forbids it.
    for (const rule of matchingRules(rules, path)) expect(rule.headers.map((h) => h.value).join('\n'), `rule ${rule.pattern}`).not.toContain("frame-ancestors 'none'");
    // A policy with frame-ancestors makes browsers ignore X-Frame-Options, so DENY does not apply.
    expect(frameAncestors(rules, path).length).toBeGreaterThan(0);
  });

  it('gives every path the app’s content policy and keeps unknown paths unframed', () => {
    for (const path of [...PAGES, ...EMBEDS, '/no/such/page', '/assets/x.js']) expect(policies(rules, path)).toContain(CSP);
    expect(frameAncestors(rules, '/no/such/page')).toEqual([]);
    expect(headersFor(rules, '/no/such/page').get('x-frame-options')).toEqual(['DENY']);
  });

  it('says the same as the nginx example in the README', () => {
    const nginx = [...readRepoFile('README.md').matchAll(/add_header Content-Security-Policy "([^"]+)"/g)].map((m) => m[1]);
    expect(nginx).toEqual([`${CSP}; frame-ancestors 'none'`, `${CSP}; frame-ancestors *`]);
    expect(readRepoFile('README.md')).toContain('location ~ ^/(en/)?embed/ {');
  });

  it('keeps its caching rules', () => {
    expect(headersFor(rules, '/assets/index-abc.js').get('cache-control')).toEqual(['public, max-age=31536000, immutable']);
    expect(headersFor(rules, '/data/pledges.json').get('cache-control')).toEqual(['no-cache']);
  });
});

describe('the _headers reader', () => {
  it('matches like the hosts: * across segments (also empty), :name one segment, exact otherwise', () => {
    const rs = parseHeadersFile('/*\n  A: 1\n/x/:id/y\n  B: 2\n/exact\n  C: 3\n');
    expect([...headersFor(rs, '/').keys()]).toEqual(['a']);
    expect([...headersFor(rs, '/x/12/y').keys()]).toEqual(['a', 'b']);
    expect([...headersFor(rs, '/x/1/2/y').keys()]).toEqual(['a']);
    expect([...headersFor(rs, '/exact').keys()]).toEqual(['a', 'c']);
    expect([...headersFor(rs, '/exact/').keys()]).toEqual(['a']);
    expect(headersFor(parseHeadersFile('/*\n  A: 1\n/b\n  a: 2\n'), '/b').get('a')).toEqual(['1', '2']);
  });

  it('refuses what it does not understand, naming the line', () => {
    expect(() => parseHeadersFile('  A: 1\n')).toThrow(/line 1: a header before any path/);
    expect(() => parseHeadersFile('/x\n  ! A\n')).toThrow(/line 2: expected "Name: value"/);
    expect(() => parseHeadersFile('x\n')).toThrow(/line 1: a rule starts with a path/);
  });
});
