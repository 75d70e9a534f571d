import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { factsBlock, insertBlock } from '../../src/domain/facts-block';
import type { Dataset, Pledge } from '../../src/domain/schema';
import { showLang, t } from '../../src/i18n';
import { makeDataset, makePledge } from './fixtures';

const real = JSON.parse(readFileSync(resolve(import.meta.dirname, '../../data/pledges.json'), 'utf8')) as Dataset;
const pledge = (id: string) => real.pledges.find((p) => p.id === id)!;
const block = (p: Pledge, ds: Dataset = real, lang: 'ja' | 'en' = 'ja') => factsBlock(p, ds, t, lang);

afterEach(() => showLang('ja'));

describe('factsBlock', () => {
  it('writes pledge 18 with its KPI’s latest actual, target, rate and fiscal year', () => {
    expect(block(pledge('18')).split('\n')).toEqual([
      '公約番号：18　公約事業：スマート農業の産官学連携による推進',
      '担当部署：農政課',
      '進捗状況：計画通りに進んでいる',
      `進捗状況に関する理由・補足等：${pledge('18').statusReason}`,
      'KPI：スマート農業機械利用者普及率',
      '　2023年度（R5） 実績値：38.56／目標値：35／達成率：110.2%',
      '今後の取組(予定)：',
      '・令和6年12月　市民会館大ホールで野口教授講演会及び桜井市長、野口教授、農林水産省吉田剛技術普及課長によるスマート農業ディスカッション',
      '出典：第7回経営会議報告内容及び第7回経営会議以降の取組（2024年11月時点）',
    ]);
  });

  it('uses the printed total for a stacked KPI (pledge 25) and the reporting part for pledge 5', () => {
    expect(block(pledge('25'))).toContain('\n　合計：2024年度（R6） 実績値：26／目標値：27／達成率：96.3%\n');
    expect(block(pledge('5'))).toContain('\n　偏差値平均：2023年度（R5） 実績値：偏差値46.4／目標値：偏差値50／達成率：92.8%\n');
  });

  it('gives the last printed target of a KPI with no actual yet, one per KPI (pledges 1 and 26)', () => {
    expect(block(pledge('1'))).toContain('KPI：保育料の見直し\n　実績値：未報告／最終の目標値（2027年度（R9））：無償化\n');
    const b26 = block(pledge('26'));
    expect(b26).toContain('KPI：①システム登録者数\n　実績値：未報告／最終の目標値（2027年度（R9））：登録率100％\n');
    expect(b26).toContain('KPI：②職員研修の開催\n　実績値：未報告／最終の目標値（2027年度（R9））：年1回\n');
    // Numbered items keep their own mark instead of a bullet.
    expect(b26).toContain('今後の取組(予定)：\n①職員の登録について庁内通知を行う。\n②全職員向けの研修を複数回に分けて実施。（研修内容は同じとする）\n');
  });

  it('says so when there is no KPI, no reason or no printed status (pledges 4-2 and 17)', () => {
    const b = block(pledge('4-2'));
    expect(b).toContain('\nKPI：記載なし\n');
    expect(b).toContain('\n進捗状況に関する理由・補足等：記載なし\n');
    expect(block(pledge('17'))).toContain('\n進捗状況：記載なし\n');
  });

  it('marks the lead department and keeps a division as printed', () => {
    const p = makePledge({
      id: '7',
      departments: [
        { name: '広報情報推進課', division: null, lead: true },
        { name: '生活環境課', division: '市民部', lead: false },
      ],
    });
    expect(block(p, makeDataset([p]))).toContain('\n担当部署：◎広報情報推進課・市民部生活環境課\n');
  });

  it('prints a qualitative KPI’s latest printed actual against that year’s target', () => {
    const years = [2023, 2024, 2025, 2026, 2027].map((fiscalYear) => ({ fiscalYear, target: '実施', actual: fiscalYear <= 2024 ? `${fiscalYear}実施済` : null }));
    const p = makePledge({ id: '9', kpis: [{ name: '取組', baseline: null, years, series: [] }] });
    expect(block(p, makeDataset([p]))).toContain('KPI：取組\n　2024年度（R6） 実績値：2024実施済／目標値：実施\n');
    const dashes = makePledge({ id: '9', kpis: [{ name: '取組', baseline: null, years: years.map((y) => ({ ...y, target: null, actual: null })), series: [] }] });
    expect(block(dashes, makeDataset([dashes]))).toContain('KPI：取組\n　目標値・実績値：記載なし\n');
  });

  it('quotes every value of every real pledge exactly as the dataset prints it', () => {
    for (const p of real.pledges) {
      const b = block(p);
      expect(b).toContain(p.title.ja);
      for (const d of p.departments) expect(b).toContain(d.name);
      if (p.statusReason) expect(b).toContain(p.statusReason);
      for (const s of p.sections.nextSteps) expect(b).toContain(s);
      for (const k of p.kpis) expect(b).toContain(k.name);
    }
  });

  it('never expands markup or placeholders inside dataset text', () => {
    const hostile = '{{id}} $t(site.name) <b>x</b> {{- title}}';
    const p = makePledge({ id: '3', title: { ja: hostile, en: 'x' }, statusReason: '$t(facts.none)', sections: { reported: [], sinceMeeting: [], budget: [], challenges: [], nextSteps: ['{{year}}'] } });
    const b = block(p, makeDataset([p]));
    expect(b).toContain(`公約事業：${hostile}\n`);
    expect(b).toContain('進捗状況に関する理由・補足等：$t(facts.none)\n');
    expect(b).toContain('\n・{{year}}\n');
  });

  it('labels in English and keeps the values as printed', () => {
    showLang('en');
    const lines = block(pledge('18'), real, 'en').split('\n');
    expect(lines[0]).toBe('Pledge no.: 18 / Pledge: スマート農業の産官学連携による推進');
    expect(lines[2]).toBe('Status: 計画通りに進んでいる');
    expect(lines[5]).toBe('  FY2023 actual: 38.56 / target: 35 / achievement rate: 110.2%');
    expect(lines.at(-1)).toBe('Source: 第7回経営会議報告内容及び第7回経営会議以降の取組 (as of November 2024)');
  });
});

describe('insertBlock', () => {
  it('puts the block on lines of its own at the cursor', () => {
    expect(insertBlock('', 'B', 0)).toEqual({ text: 'B\n', cursor: 2 });
    expect(insertBlock('前後', 'B', 1)).toEqual({ text: '前\nB\n後', cursor: 4 });
    expect(insertBlock('前\n後', 'B', 2)).toEqual({ text: '前\nB\n後', cursor: 4 });
    expect(insertBlock('前\n', 'B', 2)).toEqual({ text: '前\nB\n', cursor: 4 });
  });

  it('replaces a selection and clamps a cursor out of range', () => {
    expect(insertBlock('前XX後', 'B', 1, 3)).toEqual({ text: '前\nB\n後', cursor: 4 });
    expect(insertBlock('前', 'B', 99)).toEqual({ text: '前\nB\n', cursor: 4 });
  });
});
