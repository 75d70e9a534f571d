import { describe, expect, it } from 'vitest';
import { pageSections } from '../../src/app/read-aloud-dom';

function article(html: string, lang = 'en'): HTMLElement {
  document.documentElement.lang = lang;
  const el = document.createElement('article');
  el.innerHTML = html;
  document.body.replaceChildren(el);
  return el;
}

describe('pageSections', () => {
  it('reads each section: heading, then blocks, with their languages, skipping controls and hidden parts', () => {
    const a = article(`
      <section class="pledge-section" aria-labelledby="sec-a">
        <div class="term-heading"><h2 id="sec-a">Summary</h2><button>Explain</button></div>
        <div class="term-list"><span>Words:</span><button>Target</button></div>
        <p lang="ja">概要の<ruby>本文<rt data-r="ほんぶん" aria-hidden="true"></rt></ruby>。</p>
        <p data-no-speech>not this</p>
        <label for="x">Note</label><textarea id="x">my note</textarea>
      </section>
      <section class="pledge-section" aria-labelledby="sec-b">
        <h2 id="sec-b">Source</h2>
        <details><summary>Show</summary><pre lang="ja">原文</pre></details>
      </section>
      <section class="pledge-section" aria-labelledby="sec-c">
        <h2 id="sec-c">KPI</h2>
        <table><tr><th>FY2023</th><td lang="ja">10名</td></tr></table>
      </section>`);
    const found = pageSections(a, 'en');
    expect(found.map((s) => [s.section.id, s.label])).toEqual([
      ['sec-a', 'Summary'],
      ['sec-b', 'Source'],
      ['sec-c', 'KPI'],
    ]);
    const [first, second, third] = found.map((s) => s.section);
    expect(first!.heading).toEqual([{ text: 'Summary', lang: 'en' }]);
    expect(first!.blocks.map((b) => b.map((r) => r.text).join('').trim()).filter((t) => t !== '')).toEqual(['概要の本文。']);
    expect(first!.blocks.flat().find((r) => r.text.includes('概要'))?.lang).toBe('ja');
    expect(second!.blocks.flat().map((r) => r.text.trim()).join('')).toBe('');
    expect(third!.blocks.filter((b) => b.some((r) => r.text.trim() !== '')).map((b) => b.map((r) => `${r.lang}:${r.text}`).join('|'))).toEqual(['en:FY2023|en:, |ja:10名|ja:、']);
  });

  it('reads an opened source text', () => {
    const a = article(`<section class="pledge-section" aria-labelledby="s"><h2 id="s">原文</h2><details open><summary>表示</summary><pre lang="ja">原文の本文</pre></details></section>`, 'ja');
    expect(pageSections(a, 'ja')[0]!.section.blocks.flat().map((r) => r.text).join('')).toContain('原文の本文');
  });
});
