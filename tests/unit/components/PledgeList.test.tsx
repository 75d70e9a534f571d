/**
 * The list page's contract with its controls: the URL holds the filter (shared links open the same
 * view), every control writes its change back into the URL, and the results follow the URL.
 */
import { describe, expect, it } from 'vitest';
import { fireEvent, screen, waitFor } from '@solidjs/testing-library';
import PledgeList from '../../../src/pages/PledgeList';
import { renderInApp } from './harness';

const open = (url: string) => renderInApp(PledgeList, { url, path: '/pledges' });
const shownIds = () => screen.queryAllByTestId('pledge-item').map((li) => li.querySelector('.pledge-item__num')?.textContent);
const count = () => screen.getByTestId('result-count').textContent;

describe('PledgeList', () => {
  it('shows the view its URL names: ticked facets, the query, the matching pledges', () => {
    open('/pledges?policy=2&q=ALT');
    expect((screen.getByRole('checkbox', { name: /^2\. 施策2/ }) as HTMLInputElement).checked).toBe(true);
    expect((screen.getByRole('searchbox', { name: '検索' }) as HTMLInputElement).value).toBe('ALT');
    expect(shownIds()).toEqual(['2-1.']);
    expect(count()).toBe('1件');
  });

  it('writes the typed query into the URL, replacing the entry rather than adding one per keystroke', async () => {
    const { history } = open('/pledges?policy=2');
    expect(shownIds()).toEqual(['2-1.', '2-2.']);
    fireEvent.input(screen.getByRole('searchbox', { name: '検索' }), { target: { value: 'ALT' } });
    await waitFor(() => expect(history.get()).toBe('/pledges?policy=2&q=ALT'));
    expect(shownIds()).toEqual(['2-1.']);
    // Had the change pushed an entry, Back would return to the unsearched list.
    history.back();
    expect(history.get()).toBe('/pledges?policy=2&q=ALT');
  });

  it('adds a ticked facet to the URL and takes an unticked one out', async () => {
    const { history } = open('/pledges');
    expect(shownIds()).toEqual(['1.', '2-1.', '2-2.', '3.']);
    fireEvent.click(screen.getByRole('checkbox', { name: /^計画よりも遅れている/ }));
    await waitFor(() => expect(history.get()).toBe('/pledges?status=delayed'));
    expect(shownIds()).toEqual(['2-1.']);
    fireEvent.click(screen.getByRole('checkbox', { name: /^学務課/ }));
    await waitFor(() => expect(decodeURI(history.get())).toBe('/pledges?dept=学務課&status=delayed'));
    fireEvent.click(screen.getByRole('checkbox', { name: /^計画よりも遅れている/ }));
    await waitFor(() => expect(decodeURI(history.get())).toBe('/pledges?dept=学務課'));
    expect(shownIds()).toEqual(['2-1.', '2-2.']);
  });

  it('removes one filter with its chip, and all of them with すべてクリア', async () => {
    const { history } = open('/pledges?policy=2&status=delayed&q=ALT');
    fireEvent.click(screen.getByRole('button', { name: '条件を外す：施策2' }));
    await waitFor(() => expect(history.get()).toBe('/pledges?status=delayed&q=ALT'));
    const clearAll = screen.getByRole('button', { name: 'すべてクリア' }) as HTMLButtonElement;
    fireEvent.click(clearAll);
    await waitFor(() => expect(history.get()).toBe('/pledges'));
    expect(clearAll.disabled).toBe(true);
    expect(shownIds()).toHaveLength(4);
  });

  it('keeps the row of a pledge that still matches, and updates only its highlight', async () => {
    const { history } = open('/pledges?policy=2');
    const row = () => screen.getAllByTestId('pledge-item').find((li) => li.querySelector('.pledge-item__num')?.textContent === '2-1.');
    const before = row();
    expect(before?.querySelector('mark')).toBeNull();
    fireEvent.input(screen.getByRole('searchbox', { name: '検索' }), { target: { value: 'ALT' } });
    await waitFor(() => expect(history.get()).toBe('/pledges?policy=2&q=ALT'));
    // Same element: with thousands of pledges, rebuilding every row per keystroke was the cost.
    expect(row()).toBe(before);
    expect(before?.querySelector('mark')?.textContent).toBe('ALT');
  });

  it('says which URL parameters it ignored instead of failing silently', () => {
    open('/pledges?status=bogus&policy=2');
    const notice = screen.getAllByRole('status').find((el) => el.classList.contains('notice'));
    expect(notice?.textContent).toBe('次の条件は正しくないため無視しました：status=bogus');
    expect(shownIds()).toEqual(['2-1.', '2-2.']);
  });
});
