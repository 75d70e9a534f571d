import { describe, expect, it } from 'vitest';
import { render, screen, within } from '@solidjs/testing-library';
import { KpiTable } from '../../../src/components/KpiTable';
import { kpiView } from '../../../src/domain/kpi-series';
import type { Kpi } from '../../../src/domain/schema';
import { PLEDGES } from '../fixtures';
import { inLang, realKpi, spokenText } from './harness';

/** ふるさと美唄応援寄附金額: 17.2億円 → target 20億円, actual 23.6億円 in FY2023. */
const DONATIONS = realKpi('20');

/** Each row as a screen reader reads it: header cell first, then the data cells. */
const rowsOf = (table: HTMLElement) => within(table).getAllByRole('row').map((r) => [...r.children].map(spokenText));

describe('KpiTable', () => {
  it('is a table named by the KPI, with a row per fiscal year under column headers', () => {
    render(() => <KpiTable kpi={DONATIONS} view={kpiView(DONATIONS)} />);
    const table = screen.getByRole('table', { name: 'ふるさと美唄応援寄附金額' });
    expect(within(table).getAllByRole('columnheader').map(spokenText)).toEqual(['年度', '目標値', '実績値']);
    expect(within(table).getAllByRole('rowheader').map(spokenText)).toEqual([
      '現状値（指標設定時）',
      '2023年度（R5）',
      '2024年度（R6）',
      '2025年度（R7）',
      '2026年度（R8）',
      '2027年度（R9）',
    ]);
  });

  it('holds the baseline, each target and each actual, with the achievement rate under the actual', () => {
    render(() => <KpiTable kpi={DONATIONS} view={kpiView(DONATIONS)} />);
    expect(rowsOf(screen.getByRole('table'))).toEqual([
      ['年度', '目標値', '実績値'],
      ['現状値（指標設定時）', '17.2億円'],
      ['2023年度（R5）', '20億円', '23.6億円達成率 118%'],
      ['2024年度（R6）', '25億円', '記載なし'],
      ['2025年度（R7）', '30億円', '記載なし'],
      ['2026年度（R8）', '40億円', '記載なし'],
      ['2027年度（R9）', '40億円', '記載なし'],
    ]);
  });

  it('reads in English on an English page, the printed values staying as printed', () => {
    inLang('en');
    render(() => <KpiTable kpi={DONATIONS} view={kpiView(DONATIONS)} />);
    const rows = rowsOf(screen.getByRole('table'));
    expect(rows[0]).toEqual(['Fiscal year', 'Target', 'Actual']);
    expect(rows[1]).toEqual(['Baseline (when set)', '17.2億円']);
    expect(rows[2]?.[0]).toBe('FY2023');
    expect(rows[2]?.[2]).toMatch(/^23\.6億円Achieved 118\s?%$/);
    expect(rows[3]).toEqual(['FY2024', '25億円', 'none']);
  });

  it('reads a missing baseline, target or actual as a word, showing only a dash', () => {
    const kpi: Kpi = { ...PLEDGES[0]!.kpis[0]!, baseline: null };
    render(() => <KpiTable kpi={kpi} view={kpiView(kpi)} />);
    const table = screen.getByRole('table', { name: '保育料の見直し' });
    const rows = rowsOf(table);
    expect(rows[1]).toEqual(['現状値（指標設定時）', '記載なし']);
    expect(rows[2]).toEqual(['2023年度（R5）', '記載なし', '記載なし']);
    expect(rows[5]).toEqual(['2026年度（R8）', '無償化', '記載なし']);
    // Every empty cell shows the dash, and no cell is blank.
    const cells = within(table).getAllByRole('cell');
    for (const cell of cells) expect(cell.textContent?.trim()).not.toBe('');
    // The baseline, three years without either value and two without an actual.
    const dashes = within(table).getAllByText('―');
    expect(dashes).toHaveLength(9);
    expect(dashes.every((d) => d.getAttribute('aria-hidden') === 'true')).toBe(true);
  });
});
