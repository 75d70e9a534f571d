import { describe, expect, it, vi } from 'vitest';
import { fireEvent, render, screen, within } from '@solidjs/testing-library';
import { FacetGroup, type FacetOption } from '../../../src/components/FacetGroup';
import { inLang } from './harness';

const POLICIES: FacetOption<number>[] = [
  { value: 1, label: '1. 施策1', count: 1, checked: false },
  { value: 2, label: '2. 施策2', count: 2, checked: true },
  { value: 3, label: '3. 施策3', count: 0, checked: false },
];

describe('FacetGroup', () => {
  it('is a group named by its legend, one checkbox per option named with its label and count', () => {
    render(() => <FacetGroup legend="基本施策" name="policy" options={POLICIES} onToggle={() => {}} />);
    const group = screen.getByRole('group', { name: '基本施策' });
    const boxes = within(group).getAllByRole('checkbox') as HTMLInputElement[];
    const names = [/^1\. 施策1\s*1件$/, /^2\. 施策2\s*2件$/, /^3\. 施策3\s*0件$/];
    expect(boxes).toHaveLength(names.length);
    names.forEach((name, i) => expect(within(group).getByRole('checkbox', { name })).toBe(boxes[i]));
    expect(boxes.map((b) => b.checked)).toEqual([false, true, false]);
  });

  it('counts in English on an English page', () => {
    inLang('en');
    render(() => <FacetGroup legend="Basic policy" name="policy" options={POLICIES} onToggle={() => {}} />);
    expect(screen.getByRole('checkbox', { name: /^1\. 施策1\s*1 pledge$/ })).toBeTruthy();
    expect(screen.getByRole('checkbox', { name: /^2\. 施策2\s*2 pledges$/ })).toBeTruthy();
  });

  it('hands the option value, with its type, to onToggle when a box is ticked or unticked', () => {
    const onToggle = vi.fn();
    render(() => <FacetGroup legend="基本施策" name="policy" options={POLICIES} onToggle={onToggle} />);
    fireEvent.click(screen.getByRole('checkbox', { name: /^1\. 施策1/ }));
    fireEvent.click(screen.getByRole('checkbox', { name: /^2\. 施策2/ }));
    expect(onToggle.mock.calls).toEqual([[1], [2]]);
  });
});
