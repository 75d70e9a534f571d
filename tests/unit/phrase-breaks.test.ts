import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import breaks from 'virtual:phrase-breaks';
import { breaksOf, splitAtBreaks, textKey } from '../../src/domain/phrase-breaks';
import { phraseBreaksTable, titleTexts } from '../../src/build/plugins/phrase-breaks';

describe('phrase breaks', () => {
  it('cuts a title between BudouX phrases and keeps every character', () => {
    const table = phraseBreaksTable(['ふるさと納税の倍増']);
    expect(splitAtBreaks('ふるさと納税の倍増', table)).toEqual(['ふるさと', '納税の', '倍増']);
  });

  it('leaves a text the build has not seen whole', () => {
    expect(splitAtBreaks('まだ見ぬ公約の題名', {})).toEqual(['まだ見ぬ公約の題名']);
  });

  it('ignores offsets that do not fit the text (a changed title with a colliding key)', () => {
    expect(splitAtBreaks('短い', { [textKey('短い')]: [5] })).toEqual(['短い']);
  });

  it('every title of every edition is in the table the app gets, and rejoins to itself', () => {
    const texts = titleTexts(resolve(import.meta.dirname, '../../data'));
    expect(texts.length).toBeGreaterThan(29);
    for (const text of texts) {
      const parts = splitAtBreaks(text, breaks);
      expect(parts.join('')).toBe(text);
    }
    expect(splitAtBreaks('ふるさと納税の倍増', breaks).length).toBeGreaterThan(1);
  });

  it('breaksOf and splitAtBreaks are inverse (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.string({ minLength: 1, maxLength: 6 }), { minLength: 1, maxLength: 8 }), (phrases) => {
        const text = phrases.join('');
        const table = { [textKey(text)]: breaksOf(phrases) };
        expect(splitAtBreaks(text, table)).toEqual(phrases);
      }),
    );
  });
});
