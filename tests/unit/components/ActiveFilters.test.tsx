import { describe, expect, it, vi } from 'vitest';
import { fireEvent, screen, within } from '@solidjs/testing-library';
import { ActiveFilters } from '../../../src/components/ActiveFilters';
import { EMPTY_FILTER, type FilterState } from '../../../src/domain/filter';
import { renderInApp } from './harness';

const STATE: FilterState = { policy: [2], dept: ['学務課'], status: ['delayed'], q: ' ALT ' };

describe('ActiveFilters', () => {
  it('shows nothing while no filter applies', () => {
    const { container } = renderInApp(() => <ActiveFilters state={EMPTY_FILTER} onChange={() => {}} />);
    expect(container.querySelector('ul')).toBeNull();
    expect(screen.queryAllByRole('button')).toEqual([]);
  });

  it('lists each applied filter by name as a button that says it removes that filter', () => {
    renderInApp(() => <ActiveFilters state={STATE} onChange={() => {}} />);
    const list = screen.getByRole('list', { name: '適用中の条件' });
    expect(within(list).getAllByRole('button').map((b) => b.getAttribute('aria-label'))).toEqual([
      '条件を外す：施策2',
      '条件を外す：学務課',
      '条件を外す：計画よりも遅れている',
      '条件を外す：「ALT」',
    ]);
  });

  it('removes only the filter whose button is pressed', () => {
    const onChange = vi.fn();
    const state: FilterState = { policy: [1, 2], dept: ['学務課'], status: ['delayed', 'on-track'], q: 'ALT' };
    renderInApp(() => <ActiveFilters state={state} onChange={onChange} />);
    fireEvent.click(screen.getByRole('button', { name: '条件を外す：施策2' }));
    fireEvent.click(screen.getByRole('button', { name: '条件を外す：計画よりも遅れている' }));
    fireEvent.click(screen.getByRole('button', { name: '条件を外す：「ALT」' }));
    expect(onChange.mock.calls).toEqual([
      [{ ...state, policy: [1] }],
      [{ ...state, status: ['on-track'] }],
      [{ ...state, q: '' }],
    ]);
  });
});
