/** The pure parts of the /data page and of the embed code: sizes, the iframe, the Python and R lines. */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { formatFileSize } from '../../src/domain/file-size';
import { embedCardPath, embedSnippet } from '../../src/domain/embed-snippet';
import { howToOpen } from '../../src/domain/open-data-howto';
import { feedPath } from '../../src/domain/feed-path';

describe('formatFileSize', () => {
  it('prints bytes, then kilobytes and megabytes with one decimal', () => {
    expect(formatFileSize(412)).toBe('412 B');
    expect(formatFileSize(1000)).toBe('1.0 KB');
    expect(formatFileSize(220426)).toBe('220.4 KB');
    expect(formatFileSize(999_949)).toBe('999.9 KB');
    expect(formatFileSize(999_950)).toBe('1.0 MB');
    expect(formatFileSize(1_250_000)).toBe('1.3 MB');
  });

  it('never prints "1000.0 KB" or loses the unit', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 5e8 }), (n) => {
        const s = formatFileSize(n);
        expect(s).toMatch(/^(\d{1,3} B|\d{1,3}\.\d (KB|MB)|\d+\.\d MB)$/);
        expect(s).not.toMatch(/^1000\.0 KB/);
      }),
    );
  });
});

describe('embedSnippet', () => {
  it('is the iframe of the card at the given URL, lazy, 320 px high, at most 600 px wide', () => {
    expect(embedSnippet('https://x.example/en/embed/pledges/20/', 'Pledge 20 (Site)')).toBe(
      '<iframe src="https://x.example/en/embed/pledges/20/" title="Pledge 20 (Site)" width="100%" height="320" style="max-width: 600px; border: 0" loading="lazy"></iframe>',
    );
    expect(embedCardPath('13-2')).toBe('/embed/pledges/13-2/');
  });

  it('escapes what could end an attribute or open a tag', () => {
    const html = embedSnippet('https://x.example/?a=1&b="2"', 'A "quoted" <b>title</b> & more');
    expect(html).toContain('src="https://x.example/?a=1&amp;b=&quot;2&quot;"');
    expect(html).toContain('title="A &quot;quoted&quot; &lt;b&gt;title&lt;/b&gt; &amp; more"');
    // Parsed inert (a template loads nothing): one element, the title read back as given.
    const template = document.createElement('template');
    template.innerHTML = html;
    expect(template.content.querySelectorAll('*')).toHaveLength(1);
    expect(template.content.querySelector('iframe')!.getAttribute('title')).toBe('A "quoted" <b>title</b> & more');
  });
});

describe('howToOpen', () => {
  const url = 'https://x.example/data/pledges.csv';
  it('reads the CSVs with pledge_id as text, in pandas and readr', () => {
    const how = howToOpen('pledgesCsv', url);
    expect(how.excel).toBe('csv');
    expect(how.python).toBe('pandas.read_csv("https://x.example/data/pledges.csv", encoding="utf-8-sig", dtype={"pledge_id": str})');
    expect(how.r).toBe('readr::read_csv("https://x.example/data/pledges.csv", col_types = readr::cols(pledge_id = "c"))');
    expect(howToOpen('kpisCsv', url).python).toContain('"pledge_id": str');
  });

  it('reads JSON files with the standard library and jsonlite, the Data Package with frictionless', () => {
    for (const kind of ['dataset', 'edition', 'editionIndex'] as const) expect(howToOpen(kind, url)).toMatchObject({ excel: 'json', r: `jsonlite::fromJSON("${url}")` });
    expect(howToOpen('package', url)).toEqual({ excel: 'package', python: `frictionless.Package("${url}")`, r: `frictionless::read_package("${url}")` });
  });
});

describe('feedPath', () => {
  it('puts each language’s feeds under its prefix', () => {
    expect([feedPath('ja'), feedPath('en'), feedPath('ja', 3), feedPath('en', 8)]).toEqual(['feed.xml', 'en/feed.xml', 'pledges/policy/3/feed.xml', 'en/pledges/policy/8/feed.xml']);
  });
});
