import { describe, expect, it } from 'vitest';
import { screen, within } from '@solidjs/testing-library';
import { UpdateHistory } from '../../../src/components/UpdateHistory';
import type { Dataset } from '../../../src/domain/schema';
import { PLEDGES, makeDataset } from '../fixtures';
import { renderInApp, testServices } from './harness';

// The series is read once the page is hydrated: these pages are.
const hydrated = Promise.resolve();

/** The browser's services, except that the device holds exactly these editions. */
const holding = (...editions: Dataset[]) => ({
  ...testServices,
  loadDataset: async () => ({ dataset: editions.at(-1)!, storage: 'indexeddb' as const, notices: [] }),
  loadEditions: async () => ({ editions, missing: [] }),
});

describe('UpdateHistory', () => {
  it('says plainly when this is the first report', async () => {
    const only = makeDataset();
    renderInApp(UpdateHistory, { dataset: only, hydrated, services: holding(only) });
    expect(await screen.findByText(/^公開されている報告はまだ1つだけです。これが最初の報告です/)).toBeTruthy();
    expect(screen.getByRole('region', { name: '報告の履歴' })).toBeTruthy();
  });

  it('lists what each later report changed: status old → new linking to the pledge, a removed pledge unlinked, and a comparison link', async () => {
    // May's report, then November's, where 2-1 fell behind and 3 is gone.
    const may = { ...makeDataset(PLEDGES.map((p) => (p.id === '2-1' ? { ...p, status: 'on-track' as const } : p)), '2024-05.test0001'), asOf: '2024-05' };
    const november = makeDataset(PLEDGES.slice(0, 3), '2024-11.test0002');
    renderInApp(UpdateHistory, { dataset: november, hydrated, services: holding(may, november) });
    const entry = await screen.findByTestId('update-entry');
    expect(within(entry).getByText('2024年5月時点 → 2024年11月時点')).toBeTruthy();
    const change = within(entry).getByTestId('status-change');
    expect(change.textContent).toBe('公約2-1「ALTの増員」：計画通りに進んでいる → 計画よりも遅れている');
    expect(within(change).getByRole('link').getAttribute('href')).toBe('/pledges/2-1');
    const removed = within(entry).getByText('公約3「高齢者の見守り」');
    expect(removed.closest('a')).toBeNull();
    expect(within(entry).getByRole('link', { name: 'この2つの報告を比較する' }).getAttribute('href')).toBe('/changes?from=2024-05&to=2024-11');
  });
});
