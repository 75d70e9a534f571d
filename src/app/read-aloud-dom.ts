/**
 * The page's sections as read aloud sees them, read from the DOM at the moment of reading (the
 * notes, the history and an opened source text change after the page is up). A section's text
 * is its heading and its readable text: controls, graphics, furigana readings (the text itself
 * is read), closed `<details>`, form labels and anything marked `data-no-speech` are left out; a table is read
 * row by row, its cells separated as a reader would pause.
 */
import type { SpeechLang, SpeechSection, TextRun } from '../domain/read-aloud-plan';

export interface PageSection {
  section: SpeechSection;
  el: HTMLElement;
  /** The heading as shown, for the section chooser. */
  label: string;
  labelLang: SpeechLang;
}

// Also the chart legend (the chart's sentence and table say it) and the rows of term buttons.
const SKIP = 'button,select,textarea,input,label,script,style,noscript,template,svg,canvas,math,rt,rp,summary,[hidden],[aria-hidden="true"],[data-no-speech],.read-aloud,.term-list,.kpi-legend';
const BLOCK = new Set(['P', 'LI', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'TR', 'CAPTION', 'FIGCAPTION', 'DT', 'DD', 'PRE', 'BLOCKQUOTE', 'DIV', 'UL', 'OL', 'DL', 'TABLE', 'FIGURE', 'DETAILS', 'SECTION']);
const CELL = new Set(['TD', 'TH']);

function langOf(el: Element, pageLang: SpeechLang): SpeechLang {
  const l = (el.closest('[lang]')?.getAttribute('lang') ?? pageLang).toLowerCase();
  return l.startsWith('ja') ? 'ja' : l.startsWith('en') ? 'en' : pageLang;
}

function skipped(el: Element): boolean {
  if (el.matches(SKIP)) return true;
  if (el instanceof HTMLDetailsElement && !el.open) return true;
  // Hidden by CSS (a print-only text, say); `checkVisibility` is missing in older browsers.
  return el instanceof HTMLElement && typeof el.checkVisibility === 'function' && !el.checkVisibility();
}

function collect(root: Element, pageLang: SpeechLang, leave: Element | null): TextRun[][] {
  const blocks: TextRun[][] = [];
  let cur: TextRun[] = [];
  const flush = () => {
    if (cur.length > 0) blocks.push(cur);
    cur = [];
  };
  const walk = (node: Node) => {
    if (node.nodeType === Node.TEXT_NODE) {
      const parent = node.parentElement;
      if (parent) cur.push({ text: (node as Text).data, lang: langOf(parent, pageLang) });
      return;
    }
    if (!(node instanceof Element) || node === leave || skipped(node)) return;
    const block = BLOCK.has(node.tagName);
    if (block) flush();
    for (const child of Array.from(node.childNodes)) walk(child);
    if (CELL.has(node.tagName)) {
      const l = langOf(node, pageLang);
      cur.push({ text: l === 'ja' ? '、' : ', ', lang: l });
    }
    if (block) flush();
  };
  for (const child of Array.from(root.childNodes)) walk(child);
  flush();
  return blocks;
}

/** The sections of `article` in document order. */
export function pageSections(article: Element, pageLang: SpeechLang): PageSection[] {
  const out: PageSection[] = [];
  const doc = article.ownerDocument;
  article.querySelectorAll<HTMLElement>('section.pledge-section').forEach((el, i) => {
    if (el.closest('[data-no-speech]')) return;
    const headingId = el.getAttribute('aria-labelledby');
    const headingEl = (headingId ? doc.getElementById(headingId) : null) ?? el.querySelector('h2');
    const heading = headingEl ? collect(headingEl, pageLang, null).flat() : [];
    const label = heading.map((r) => r.text).join('').replace(/\s+/g, ' ').trim();
    out.push({
      section: { id: headingId ?? `section-${i}`, heading, blocks: collect(el, pageLang, headingEl) },
      el,
      label,
      labelLang: heading[0]?.lang ?? pageLang,
    });
  });
  return out;
}
