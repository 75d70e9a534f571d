import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fireEvent, screen } from '@solidjs/testing-library';
import { AtAGlance } from '../../../src/components/AtAGlance';
import { TermHeading } from '../../../src/components/TermHelp';
import { parseDataset } from '../../../src/domain/validate-dataset';
import type { Dataset } from '../../../src/domain/schema';
import { inLang, renderInApp, spokenText } from './harness';

const parsed = parseDataset(readFileSync(resolve(import.meta.dirname, '../../../data/pledges.json'), 'utf8'));
if (!parsed.ok) throw new Error(parsed.message);
const real: Dataset = parsed.dataset;
const pledge = (id: string) => real.pledges.find((p) => p.id === id)!;

describe('AtAGlance', () => {
  it('answers the three questions, each with its question, quoted from the card', () => {
    renderInApp(() => <AtAGlance pledge={pledge('20')} />, { dataset: real });
    const box = screen.getByRole('region', { name: 'ひと目で' });
    const rows = [...box.querySelectorAll('dt')].map((dt) => [dt.textContent, spokenText(dt.nextElementSibling!)]);
    expect(rows).toEqual([
      ['進み具合', '計画よりも進んでいる 本市のまちづくりの取組や農産物・特産品が外から高い評価をいただいた結果であり、また期待されているものと分析。'],
      ['主な数値', 'ふるさと美唄応援寄附金額 2023年度（R5）の実績は23.6億円で、目標20億円に対する達成率は118%です。'],
      ['次の取組', `${pledge('20').sections.nextSteps[0]!.split('。')[0]}。`],
    ]);
    // The status is a badge with its shape, not colour alone.
    expect(screen.getByTestId('status-badge').getAttribute('data-status')).toBe('ahead');
  });

  it('says plainly when a pledge sets no KPI, and gives a word-only KPI its milestone', () => {
    renderInApp(() => <AtAGlance pledge={pledge('13-2')} />, { dataset: real });
    expect(screen.getByTestId('glance-kpi').textContent).toBe('この公約にKPI（数値目標）は設定されていません');
  });

  it('a KPI printed as words gives its next milestone', () => {
    renderInApp(() => <AtAGlance pledge={pledge('1')} />, { dataset: real });
    expect(screen.getByTestId('glance-kpi').textContent).toBe('保育料の見直し 2026年度（R8）の目標：無償化、実績：―');
  });

  it('in English, the questions are English and the quotes stay Japanese', () => {
    inLang('en');
    renderInApp(() => <AtAGlance pledge={pledge('26')} />, { dataset: real });
    expect(screen.getByRole('region', { name: 'At a glance' })).toBeTruthy();
    expect(screen.getByTestId('glance-kpi').textContent).toContain('(1 more KPI below)');
    expect(screen.getByTestId('glance-status').querySelector('[lang="ja"]')?.textContent).toBe('人員不足');
  });
});

describe('TermHeading', () => {
  it('is a heading with a real button beside it that opens and closes the definition', async () => {
    renderInApp(() => (
      <TermHeading id="h" term="department" label="担当部署">
        担当部署
      </TermHeading>
    ));
    expect(screen.getByRole('heading', { level: 2, name: '担当部署' })).toBeTruthy();
    const button = screen.getByRole('button', { name: '「担当部署」の説明' });
    expect(button.getAttribute('aria-expanded')).toBe('false');
    fireEvent.click(button);
    expect(button.getAttribute('aria-expanded')).toBe('true');
    const def = await screen.findByTestId('term-def');
    expect(def.id).toBe(button.getAttribute('aria-controls'));
    expect(def.textContent).toContain('市役所の部や課');
    expect(def.textContent).toContain('アプリによるもので、市の資料ではありません');
    fireEvent.click(button);
    expect(screen.queryByTestId('term-def')).toBeNull();
  });
});
