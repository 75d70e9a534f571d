import { describe, expect, it } from 'vitest';
import { screen, within } from '@solidjs/testing-library';
import { PledgeItem } from '../../../src/components/PledgeItem';
import { applyFilter, createCatalog, EMPTY_FILTER } from '../../../src/domain/filter';
import type { Pledge } from '../../../src/domain/schema';
import { PLEDGES } from '../fixtures';
import { inLang, renderInApp, spokenText } from './harness';

/** The list row of `pledge` as the list page renders it for the query `q`. */
function renderRow(pledge: Pledge, q = '') {
  const result = applyFilter(createCatalog([pledge]), { ...EMPTY_FILTER, q })[0];
  if (!result) throw new Error(`${pledge.id} does not match ${q}`);
  renderInApp(() => (
    <ol>
      <PledgeItem pledge={result.pledge} matches={result.matches} />
    </ol>
  ));
  return screen.getByTestId('pledge-item');
}

const ALT = PLEDGES[1]!;

describe('PledgeItem', () => {
  it('links number and title to the pledge, and names its policy, departments and status', () => {
    inLang('en');
    const item = renderRow(ALT);
    const link = within(item).getByRole('link', { name: '2-1. ALTの増員' });
    expect(link.getAttribute('href')).toBe('/pledges/2-1');
    expect(item.querySelector('.pledge-item__meta')?.textContent).toBe('Policy 2 · School Affairs Division、Education Guidance Office');
    expect(spokenText(within(item).getByTestId('status-badge'))).toBe('Behind plan');
    expect(within(item).getByRole('button', { name: 'Bookmark: 2-1' }).getAttribute('aria-pressed')).toBe('false');
  });

  it('marks a match in the title and shows no other context', () => {
    const item = renderRow(ALT, 'alt');
    expect([...item.querySelectorAll('h3 mark')].map((m) => m.textContent)).toEqual(['ALT']);
    expect(item.querySelector('.pledge-item__match')).toBeNull();
  });

  it('says in which section a match outside the title was found, with the match marked', () => {
    const item = renderRow(PLEDGES[2]!, 'ほーむぺーじ');
    const context = item.querySelector('.pledge-item__match')!;
    expect(context.querySelector('.pledge-item__match-label')?.textContent).toBe('一致した箇所：第7回経営会議以降の取組');
    expect([...context.querySelectorAll('mark')].map((m) => m.textContent)).toEqual(['ホームページ']);
    expect(item.querySelector('h3 mark')).toBeNull();
  });
});
