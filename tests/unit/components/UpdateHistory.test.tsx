import { beforeEach, describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@solidjs/testing-library';
import { UpdateHistory } from '../../../src/components/UpdateHistory';
import { storeDataset } from '../../../src/storage/dataset-store';
import { PLEDGES, makeDataset } from '../fixtures';
import { renderInApp, testServices } from './harness';

// The history is read from IndexedDB, which the app opens once the page is hydrated: these pages are.
const hydrated = Promise.resolve();

// Each test starts from a device that has stored nothing yet.
beforeEach(async () => {
  const db = (await testServices.db())!;
  await Promise.all([db.meta.clear(), db.pledgeList.clear(), db.updates.clear()]);
});

describe('UpdateHistory', () => {
  it('says so when this device has received no update', async () => {
    renderInApp(UpdateHistory, { hydrated });
    // The first visit stores the dataset: that is no update.
    const db = (await testServices.db())!;
    await waitFor(async () => expect(await db.meta.get('dataset')).toBeDefined());
    expect(await screen.findByText('この端末では、まだデータの更新はありません。')).toBeTruthy();
    expect(screen.getByRole('region', { name: 'データの更新履歴' })).toBeTruthy();
  });

  it('lists what an update changed: status old → new linking to the pledge, a removed pledge unlinked', async () => {
    // The device holds the May report; the server now has November's, where 2-1 fell behind and 3 is gone.
    const may = makeDataset(
      PLEDGES.map((p) => (p.id === '2-1' ? { ...p, status: 'on-track' as const } : p)),
      '2024-05.test0001',
    );
    await storeDataset((await testServices.db())!, { ...may, asOf: '2024-05' });
    const november = makeDataset(PLEDGES.slice(0, 3), '2024-11.test0002');

    renderInApp(UpdateHistory, { dataset: november, hydrated });
    const entry = await screen.findByTestId('update-entry');
    expect(within(entry).getByText(/^2024年5月時点 → 2024年11月時点（.+に更新）$/)).toBeTruthy();
    const change = within(entry).getByTestId('status-change');
    expect(change.textContent).toBe('公約2-1「ALTの増員」：計画通りに進んでいる → 計画よりも遅れている');
    expect(within(change).getByRole('link').getAttribute('href')).toBe('/pledges/2-1');
    const removed = within(entry).getByText('公約3「高齢者の見守り」');
    expect(removed.closest('a')).toBeNull();
  });
});
