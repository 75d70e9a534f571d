import { describe, expect, it, vi } from 'vitest';
import { fireEvent, render, screen } from '@solidjs/testing-library';
import { SearchField } from '../../../src/components/SearchField';
// For its afterEach: each render is unmounted after its test.
import './harness';

const box = () => screen.getByRole('searchbox');

describe('SearchField', () => {
  it('is a search box labelled 検索, described by its hint, holding the query it is given', () => {
    render(() => <SearchField value="保育料" hint onInput={() => {}} />);
    const input = screen.getByRole('searchbox', { name: '検索', description: /全角・半角/ });
    expect((input as HTMLInputElement).value).toBe('保育料');
    expect(input.getAttribute('name')).toBe('q');
  });

  it('passes each typed value out', () => {
    const onInput = vi.fn();
    render(() => <SearchField value="" onInput={onInput} />);
    fireEvent.input(box(), { target: { value: 'ALT' } });
    expect(onInput).toHaveBeenLastCalledWith('ALT');
  });

  it('holds the value back while an IME composes, and passes the composed text out at the end', () => {
    const onInput = vi.fn();
    render(() => <SearchField value="" onInput={onInput} />);
    fireEvent.input(box(), { target: { value: 'ほいく' }, isComposing: true });
    expect(onInput).not.toHaveBeenCalled();
    fireEvent.compositionEnd(box(), { target: { value: '保育' } });
    expect(onInput).toHaveBeenCalledExactlyOnceWith('保育');
  });
});
