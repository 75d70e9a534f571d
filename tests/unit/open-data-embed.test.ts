import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { Window } from 'happy-dom';
import { EMBED_CSP, EMBED_CSS_PATH, embedHtml, embedPath, kpiLine } from '../../src/build/open-data/embed';
import { translator } from '../../src/build/open-data/messages';
import { LANGS } from '../../src/domain/lang-path';
import { makeDataset, makePledge } from './fixtures';
import { SITE, readRepoFile, realDataset } from './open-data-helpers';

const ds = realDataset();
const css = readRepoFile('src/build/open-data/embed.css');
// A window that loads nothing: the card links its stylesheet by a path on the site.
const window = new Window({ settings: { disableCSSFileLoading: true, disableJavaScriptFileLoading: true, disableJavaScriptEvaluation: true } });
const doc = (html: string) => new window.DOMParser().parseFromString(html, 'text/html') as unknown as Document;
const pledge = (id: string) => ds.pledges.find((p) => p.id === id)!;
const card = (id: string, lang: 'ja' | 'en' = 'ja') => doc(embedHtml(ds, pledge(id), lang, SITE));

describe('the embed card', () => {
  it('lives at /embed/pledges/<id>/ and /en/embed/pledges/<id>/', () => {
    expect(embedPath('ja', '2-1')).toBe('embed/pledges/2-1/index.html');
    expect(embedPath('en', '2-1')).toBe('en/embed/pledges/2-1/index.html');
    expect(EMBED_CSS_PATH).toBe('embed/embed.css');
  });

  it('has no script, no inline style, a strict policy and one stylesheet of its own', () => {
    for (const lang of LANGS)
      for (const p of ds.pledges) {
        const html = embedHtml(ds, p, lang, SITE);
        expect(html).not.toMatch(/<script|<style|\sstyle=|\son[a-z]+=/i);
        const d = doc(html);
        expect(d.querySelector('meta[http-equiv="Content-Security-Policy"]')!.getAttribute('content')).toBe(EMBED_CSP);
        expect([...d.querySelectorAll('link[rel="stylesheet"]')].map((l) => l.getAttribute('href'))).toEqual(['/bibai/embed/embed.css']);
        expect(d.documentElement.getAttribute('lang')).toBe(lang);
      }
    expect(EMBED_CSP).toContain("default-src 'none'");
    expect(EMBED_CSP).not.toMatch(/script-src|unsafe/);
  });

  it('weighs under 15 KB gzip with its stylesheet, for every pledge', () => {
    for (const lang of LANGS)
      for (const p of ds.pledges) expect(gzipSync(embedHtml(ds, p, lang, SITE)).length + gzipSync(css).length, p.id).toBeLessThan(15 * 1024);
  });

  it('shows number, title, status in words, the latest KPI against target, the as-of date and a new-tab link', () => {
    const d = card('20');
    expect(d.querySelector('.card__no')!.textContent).toBe('公約 20');
    expect(d.querySelector('h1')!.textContent).toBe('ふるさと納税の倍増（新しいタブで開きます）');
    expect(d.querySelector('.badge')!.textContent).toBe('計画よりも進んでいる');
    expect(d.querySelector('.badge')!.className).toBe('badge badge--ahead');
    expect(d.querySelector('.card__kpis')!.textContent).toBe('ふるさと美唄応援寄附金額 2023年度（R5）の実績 23.6億円（目標 20億円、達成率 118%）');
    expect(d.querySelector('.card__foot')!.textContent).toBe('2024年11月時点 · 美唄市 公約ロードマップ');
    const links = [...d.querySelectorAll('a')];
    expect(links).toHaveLength(1);
    expect([links[0]!.getAttribute('href'), links[0]!.getAttribute('target'), links[0]!.getAttribute('rel')]).toEqual(['https://pledges.example/bibai/pledges/20/', '_blank', 'noopener']);
  });

  it('is written in English under /en/, pledge texts as in the dataset', () => {
    const d = card('20', 'en');
    expect(d.querySelector('.card__no')!.textContent).toBe('Pledge 20');
    expect(d.querySelector('.badge')!.textContent).toBe('Ahead of plan');
    expect(d.querySelector('h1 a')!.getAttribute('href')).toBe('https://pledges.example/bibai/en/pledges/20/');
    expect(d.querySelector('.card__kpi-value')!.textContent).toBe('FY2023 actual: 23.6億円 (target 20億円, 118% achieved)');
    expect(d.querySelector('.card__foot')!.textContent).toBe('As of November 2024 · Bibai Pledge Tracker');
  });

  it('says plainly when a pledge has no numeric KPI, and gives a text KPI’s latest printed target', () => {
    expect(card('4-2').querySelector('.card__none')!.textContent).toBe('この公約には数値のKPIがありません。');
    expect(card('4-2').querySelector('.card__kpis')).toBeNull();
    const one = card('1');
    expect(one.querySelector('.card__none')!.textContent).toBe('この公約には数値のKPIがありません。');
    expect(one.querySelector('.card__kpi-value')!.textContent).toBe('実績はまだ報告されていません（最終目標：2027年度（R9）に無償化）');
    expect(card('5').querySelector('.card__kpi-value')!.textContent).toBe('2023年度（R5）の偏差値平均の実績 偏差値46.4（目標 偏差値50、達成率 92.8%）');
  });

  it('words every kind of KPI: reported, no target, no rate, not yet reported, nothing printed', () => {
    const t = translator('ja');
    const years = (cells: [string | null, string | null][]) => cells.map(([target, actual], i) => ({ fiscalYear: 2023 + i, target, actual }));
    const point = (value: number, text: string) => ({ value, text });
    const series = (ys: [number | null, number | null][]) => [
      { label: null, name: null, total: false, unit: '回', baseline: null, years: ys.map(([tg, ac], i) => ({ fiscalYear: 2023 + i, target: tg === null ? null : point(tg, `${tg}回`), actual: ac === null ? null : point(ac, `${ac}回`) })) },
    ];
    const kpi = (cells: [string | null, string | null][], s: ReturnType<typeof series> = []) => ({ name: 'k', baseline: null, years: years(cells), series: s });
    expect(kpiLine(kpi([[null, '3回']], series([[null, 3]])), 'ja', t)).toBe('2023年度（R5）の実績 3回（この年度の目標値はありません）');
    expect(kpiLine(kpi([['0回', '3回']], series([[0, 3]])), 'ja', t)).toBe('2023年度（R5）の実績 3回（目標 0回）');
    expect(kpiLine(kpi([['2回', null], ['4回', null]], series([[2, null], [4, null]])), 'ja', t)).toBe('実績はまだ報告されていません（最終目標：2024年度（R6）に4回）');
    expect(kpiLine(kpi([['達成', '未達成'], ['達成', null]]), 'ja', t)).toBe('2023年度（R5）の実績 未達成（目標 達成）');
    expect(kpiLine(kpi([[null, null]]), 'ja', t)).toBe('目標値・実績値の記載はありません');
  });

  it('renders dataset text as text, never as markup', () => {
    const evil = makePledge({ id: '9', title: { ja: '<img src=x onerror=alert(1)>&amp;"\'', en: '</title><script>x()</script>' }, kpis: [{ name: '<b>名</b>', baseline: null, years: [], series: [] }] });
    const data = makeDataset([evil]);
    for (const lang of LANGS) {
      const html = embedHtml(data, evil, lang, SITE);
      expect(html).not.toMatch(/<img|<script|<b>/);
      const d = doc(html);
      expect(d.querySelector('h1 a')!.firstChild!.textContent).toBe(evil.title[lang]);
      expect(d.querySelector('.card__kpi-name')!.textContent).toBe('<b>名</b>');
      expect(d.querySelectorAll('img, script, b')).toHaveLength(0);
    }
  });
});

describe('the embed stylesheet', () => {
  /** `--name: value` pairs of the light (first) and dark (prefers-color-scheme) blocks. */
  const palette = (text: string) => {
    const [light, dark] = text.split('@media (prefers-color-scheme: dark)');
    const vars = (block: string) => Object.fromEntries([...block.matchAll(/--((?:ahead|on-track|delayed|not-started|unreported)-(?:bg|fg)):\s*(#[0-9a-f]{6})/gi)].map((m) => [m[1], m[2]]));
    return { light: vars(light!), dark: vars(dark!.split('}\n}')[0]!) };
  };

  it('uses the app’s status colours, light and dark', () => {
    const app = palette(readRepoFile('src/styles/main.css'));
    const embed = palette(css);
    expect(Object.keys(app.light)).toHaveLength(10);
    expect(embed).toEqual(app);
  });

  it('follows the system’s light or dark scheme and never forces a width', () => {
    expect(css).toContain('@media (prefers-color-scheme: dark)');
    expect(css).toContain('color-scheme: light dark');
    expect(css).not.toMatch(/(?<![-\w])(min-)?width:\s*\d{3,}px/);
  });
});
