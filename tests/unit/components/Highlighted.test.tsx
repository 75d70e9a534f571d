import { describe, expect, it } from 'vitest';
import { render } from '@solidjs/testing-library';
import { Highlighted } from '../../../src/components/Highlighted';
import { findRanges } from '../../../src/domain/search';
import { queryTerms } from '../../../src/domain/normalize';
// For its afterEach: each render is unmounted after its test.
import './harness';

/** Renders `text` highlighted for `query` the way the list does: ranges from the search itself. */
function renderSearch(text: string, query: string) {
  const ranges = findRanges(text, queryTerms(query));
  return render(() => (
    <p data-testid="out">
      <Highlighted text={text} ranges={ranges} />
    </p>
  ));
}

const marks = (el: Element) => [...el.querySelectorAll('mark')].map((m) => m.textContent);

describe('Highlighted', () => {
  it('marks every match and keeps the text around it as it was', () => {
    const { getByTestId } = renderSearch('保育料の見直しと保育施設の整備', '保育');
    const out = getByTestId('out');
    expect(marks(out)).toEqual(['保育', '保育']);
    expect(out.textContent).toBe('保育料の見直しと保育施設の整備');
  });

  it('marks a match found across full/half width and kana, in the original characters', () => {
    const { getByTestId } = renderSearch('外国語指導助手（ＡＬＴ）とホームページ', 'alt ほーむぺーじ');
    expect(marks(getByTestId('out'))).toEqual(['ＡＬＴ', 'ホームページ']);
  });

  it('shows markup in the dataset as text, never as elements, also inside a match', () => {
    const hostile = '<img src=x onerror="alert(1)"> と <b>太字</b> の説明';
    const { getByTestId } = renderSearch(hostile, 'onerror <b>');
    const out = getByTestId('out');
    expect(out.querySelector('img, b, script')).toBeNull();
    expect(out.textContent).toBe(hostile);
    expect(marks(out)).toEqual(['onerror', '<b>']);
  });
});
