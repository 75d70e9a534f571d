import { describe, expect, it } from 'vitest';
import { CSP, headTags, pageHtml, routeFile, routeUrl, sitemapXml } from '../../src/build/page-html';

const TEMPLATE = `<html><head><!-- The build replaces these two --><!--app-head-->
<meta name="description" content="dev" /><title>dev</title></head><body><div id="root"></div><noscript>enable JS</noscript></body></html>`;

describe('prerendered page HTML', () => {
  it('has a strict policy: no inline script, no eval, nothing from elsewhere', () => {
    expect(CSP).toContain("script-src 'self'");
    expect(CSP).toContain("style-src 'self'");
    expect(CSP).toContain("object-src 'none'");
    expect(CSP).not.toMatch(/unsafe|\*|https?:/);
  });

  it('escapes dataset text in the head and replaces the template title', () => {
    const head = headTags({
      lang: 'ja',
      title: '2-1. "A" & <B> | site',
      description: 'd',
      canonical: 'https://x.example/pledges/2-1/',
      social: { title: 't', description: 'd', image: 'https://x.example/social/ahead.png', imageAlt: 'a', type: 'article' },
      siteName: 's',
      bootScript: '/assets/boot-1.js',
    });
    const html = pageHtml(TEMPLATE, { head, body: { html: '<h1>x</h1>', route: '/pledges/2-1', datasetHash: 'ab' }, noscript: 'no <js>' });
    expect(html).toContain('<title>2-1. &quot;A&quot; &amp; &lt;B&gt; | site</title>');
    expect(html.match(/<title>/g)).toHaveLength(1);
    expect(html.match(/name="description"/g)).toHaveLength(1);
    expect(html).toContain('<div id="root" data-route="/pledges/2-1" data-dataset="ab"><h1>x</h1></div>');
    expect(html).toContain('<noscript><p class="noscript">no &lt;js&gt;</p></noscript>');
    expect(html).toContain('<script src="/assets/boot-1.js"></script>');
    expect(headTags({ lang: 'ja', title: 't', description: 'd', social: { title: 't', description: 'd', image: 'i', imageAlt: 'a', type: 'website' }, siteName: 's', bootScript: '/assets/boot-1.js', entry: '/assets/index-2.js' })).toContain(
      '<script src="/assets/boot-1.js" data-entry="/assets/index-2.js"></script>',
    );
    expect(html).not.toMatch(/<script(?![^>]*\ssrc=)/);
  });

  it('puts each route in a folder and names it by its folder URL, under any base', () => {
    expect(routeFile('/')).toBe('index.html');
    expect(routeFile('/pledges/13-2')).toBe('pledges/13-2/index.html');
    expect(routeUrl('https://x.example', '/', '/')).toBe('https://x.example/');
    expect(routeUrl('https://x.example', '/bibai-pledges/', '/pledges/2-1')).toBe('https://x.example/bibai-pledges/pledges/2-1/');
  });

  it('links each page to its other language and lists both in the sitemap', () => {
    const alternates = { ja: 'https://x.example/pledges/2/', en: 'https://x.example/en/pledges/2/' };
    const head = headTags({
      lang: 'en',
      title: 't',
      description: 'd',
      canonical: alternates.en,
      alternates,
      social: { title: 't', description: 'd', image: 'https://x.example/social/ahead.png', imageAlt: 'a', type: 'article' },
      siteName: 's',
      bootScript: '/assets/boot-1.js',
    });
    expect(head).toContain('<link rel="canonical" href="https://x.example/en/pledges/2/" />');
    expect(head).toContain('<link rel="alternate" hreflang="ja" href="https://x.example/pledges/2/" />');
    expect(head).toContain('<link rel="alternate" hreflang="en" href="https://x.example/en/pledges/2/" />');
    expect(head).toContain('<link rel="alternate" hreflang="x-default" href="https://x.example/pledges/2/" />');
    expect(head).toContain('<meta property="og:locale" content="en_US" />');
    expect(head).toContain('<meta property="og:locale:alternate" content="ja_JP" />');
    const template = TEMPLATE.replace('<html>', '<html lang="ja">').replace('</head>', '<link rel="manifest" href="/manifest.webmanifest"></head>');
    const html = pageHtml(template, { lang: 'en', manifest: '/manifest.en.webmanifest', head });
    expect(html).toContain('<html lang="en">');
    expect(html).toContain('<link rel="manifest" href="/manifest.en.webmanifest">');

    const xml = sitemapXml([alternates], '2024-11');
    expect(xml.match(/<loc>/g)).toHaveLength(2);
    expect(xml).toContain('<loc>https://x.example/en/pledges/2/</loc>');
    expect(xml.match(/hreflang="x-default" href="https:\/\/x.example\/pledges\/2\/"/g)).toHaveLength(2);
    expect(xml).toContain('xmlns:xhtml="http://www.w3.org/1999/xhtml"');
  });
});
