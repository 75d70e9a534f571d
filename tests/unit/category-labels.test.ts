// @vitest-environment node
/** The chart's column labels (src/charts/category-labels.ts): the sets, and choosing one with a fake measure. */
import { describe, expect, it } from 'vitest';
import { categoryChoices, fitLabels, type Measure } from '../../src/charts/category-labels';

const YEARS = [2023, 2024];
/** Every character is `size` px wide: a set fits when its longest line × size ≤ the column. */
const square: Measure = (size) => (text) => text.length * size;

describe('category labels', () => {
  it('offer three sets per language, longest first, the baseline word split to fit', () => {
    expect(categoryChoices(YEARS, 'ja', '現状値')).toEqual([
      ['現状値', ['2023年度', '（R5）'], ['2024年度', '（R6）']],
      [['現状', '値'], ['2023', '(R5)'], ['2024', '(R6)']],
      [['現状', '値'], 'R5', 'R6'],
    ]);
    expect(categoryChoices(YEARS, 'en', 'Baseline')).toEqual([
      ['Baseline', 'FY2023', 'FY2024'],
      [['Base', 'line'], ['FY', '2023'], ['FY', '2024']],
      [['Base', 'line'], "'23", "'24"],
    ]);
    // A short English word is not split.
    expect(categoryChoices(YEARS, 'en', 'Base')[1]![0]).toEqual(['Base']);
  });

  it('take the longest set whose widest line fits the column', () => {
    const choices = categoryChoices(YEARS, 'en', 'Baseline');
    expect(fitLabels(choices, 80, 10, square)).toEqual({ labels: choices[0], size: 10 });
    expect(fitLabels(choices, 79, 10, square)).toEqual({ labels: choices[1], size: 10 });
    expect(fitLabels(choices, 40, 10, square)).toEqual({ labels: choices[1], size: 10 });
    expect(fitLabels(choices, 39, 10, square)).toEqual({ labels: choices[2], size: 10 });
  });

  it('shrink the shortest set when none fits, down to 10 px and no further', () => {
    const choices = categoryChoices(YEARS, 'en', 'Baseline');
    // The shortest set's widest line is `Base`/`line`: 4 characters.
    expect(fitLabels(choices, 48, 16, square)).toEqual({ labels: choices[2], size: 12 });
    expect(fitLabels(choices, 10, 16, square)).toEqual({ labels: choices[2], size: 10 });
  });
});
