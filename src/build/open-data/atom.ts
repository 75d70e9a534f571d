/**
 * A small Atom 1.0 (RFC 4287) writer. Every text goes through `xmlText`, so dataset text can
 * never become markup; rich content is a tree of a few XHTML elements, not an HTML string.
 */

export interface AtomLink {
  href: string;
  rel?: 'alternate' | 'self' | 'related';
  type?: string;
  hreflang?: string;
  title?: string;
}

export interface AtomCategory {
  term: string;
  label?: string;
  scheme?: string;
}

/** A text in a language other than the feed's (Japanese pledge texts in the English feed). */
export interface AtomText {
  text: string;
  lang?: string;
}

/** The XHTML elements entry content is made of. */
export interface XhtmlElement {
  tag: 'p' | 'ul' | 'li' | 'h2' | 'a';
  href?: string;
  lang?: string;
  children: XhtmlNode[];
}
export type XhtmlNode = XhtmlElement | string;

export interface AtomEntry {
  id: string;
  title: string;
  /** RFC 3339 date-time. */
  updated: string;
  published?: string;
  links: AtomLink[];
  summary?: AtomText;
  content?: XhtmlNode[];
  categories?: AtomCategory[];
}

export interface AtomFeed {
  id: string;
  lang: string;
  title: string;
  subtitle?: string;
  updated: string;
  links: AtomLink[];
  author: { name: string; uri?: string };
  rights?: string;
  icon?: string;
  entries: AtomEntry[];
}

export const ATOM_NS = 'http://www.w3.org/2005/Atom';
const XHTML_NS = 'http://www.w3.org/1999/xhtml';

/** Characters XML 1.0 cannot carry at all (escaping does not help). */
// eslint-disable-next-line no-control-regex -- the control characters are what it looks for
const NOT_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };

/** Text or an attribute value, escaped; throws on a character XML cannot hold. */
export function xmlText(s: string): string {
  const bad = NOT_XML.exec(s);
  if (bad) throw new Error(`text holds U+${bad[0].charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}, which XML cannot carry: ${s.slice(0, 60)}`);
  return s.replace(/[&<>"']/g, (c) => ESCAPES[c]!);
}

const attrs = (a: Record<string, string | undefined>) =>
  Object.entries(a)
    .filter((kv): kv is [string, string] => kv[1] !== undefined)
    .map(([k, v]) => ` ${k}="${xmlText(v)}"`)
    .join('');

const element = (name: string, a: Record<string, string | undefined>, body: string) => `<${name}${attrs(a)}>${body}</${name}>`;

function xhtml(node: XhtmlNode): string {
  if (typeof node === 'string') return xmlText(node);
  return element(node.tag, { href: node.href, 'xml:lang': node.lang }, node.children.map(xhtml).join(''));
}

const link = (l: AtomLink) => `<link${attrs({ rel: l.rel, type: l.type, hreflang: l.hreflang, title: l.title, href: l.href })}/>`;

function entry(e: AtomEntry): string {
  const lines = [
    element('id', {}, xmlText(e.id)),
    element('title', {}, xmlText(e.title)),
    element('updated', {}, xmlText(e.updated)),
    e.published ? element('published', {}, xmlText(e.published)) : '',
    ...e.links.map(link),
    ...(e.categories ?? []).map((c) => `<category${attrs({ term: c.term, scheme: c.scheme, label: c.label })}/>`),
    e.summary ? element('summary', { 'xml:lang': e.summary.lang }, xmlText(e.summary.text)) : '',
    e.content ? element('content', { type: 'xhtml' }, element('div', { xmlns: XHTML_NS }, e.content.map(xhtml).join(''))) : '',
  ];
  return `  <entry>\n${lines.filter(Boolean).map((l) => `    ${l}`).join('\n')}\n  </entry>`;
}

export function atomFeed(f: AtomFeed): string {
  const head = [
    element('id', {}, xmlText(f.id)),
    element('title', {}, xmlText(f.title)),
    f.subtitle ? element('subtitle', {}, xmlText(f.subtitle)) : '',
    element('updated', {}, xmlText(f.updated)),
    ...f.links.map(link),
    element('author', {}, element('name', {}, xmlText(f.author.name)) + (f.author.uri ? element('uri', {}, xmlText(f.author.uri)) : '')),
    f.rights ? element('rights', {}, xmlText(f.rights)) : '',
    f.icon ? element('icon', {}, xmlText(f.icon)) : '',
  ];
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    `<feed xmlns="${ATOM_NS}" xml:lang="${xmlText(f.lang)}">`,
    ...head.filter(Boolean).map((l) => `  ${l}`),
    ...f.entries.map(entry),
    '</feed>',
    '',
  ].join('\n');
}
