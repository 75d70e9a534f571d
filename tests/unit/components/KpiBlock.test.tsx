import { describe, expect, it } from 'vitest';
import { render, screen } from '@solidjs/testing-library';
import { KpiBlock } from '../../../src/components/KpiBlock';
import { inLang, realKpi } from './harness';

describe('KpiBlock', () => {
  it('shows a numeric KPI as a figure named by a sentence with the latest actual, target and rate', () => {
    render(() => <KpiBlock kpi={realKpi('20')} index={0} />);
    const sentence = '2023年度（R5）の実績は23.6億円で、目標20億円に対する達成率は118%です。';
    expect(screen.getByRole('figure', { name: sentence })).toBeTruthy();
    expect(screen.getByRole('img', { name: `ふるさと美唄応援寄附金額のグラフ。${sentence}数値はグラフの下の表にあります。` })).toBeTruthy();
    // The table under the chart holds its data; the heading above already shows the name.
    expect(screen.getByRole('table', { name: 'ふるさと美唄応援寄附金額' })).toBeTruthy();
    expect(screen.getByRole('heading', { level: 3, name: 'ふるさと美唄応援寄附金額' })).toBeTruthy();
  });

  it('says the sentence in English on an English page', () => {
    inLang('en');
    render(() => <KpiBlock kpi={realKpi('20')} index={0} />);
    expect(screen.getByRole('figure', { name: /^In FY2023 the actual was 23\.6.* against a target of 20.*: 118\s?% achieved\.$/ })).toBeTruthy();
  });

  it('shows a qualitative KPI as milestones hidden from screen readers, which read the table instead', () => {
    render(() => <KpiBlock kpi={realKpi('1')} index={0} />);
    expect(screen.queryByRole('figure')).toBeNull();
    const milestones = screen.getByTestId('kpi-milestones');
    expect(milestones.getAttribute('aria-hidden')).toBe('true');
    expect(milestones.textContent).toContain('無償化');
    expect(screen.getByRole('table', { name: '保育料の見直し' }).textContent).toContain('無償化');
  });
});
