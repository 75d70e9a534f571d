import { describe, expect, it } from 'vitest';
import { fold, queryTerms } from '../../src/domain/normalize';
import { excerpt, findRanges, searchPledge, segments } from '../../src/domain/search';
import { PLEDGES } from './fixtures';

const byId = (id: string) => PLEDGES.find((p) => p.id === id)!;

describe('fold', () => {
  it('applies compatibility folding, lower case and katakana → hiragana', () => {
    expect(fold('ＡＬＴ').text).toBe('alt');
    expect(fold('１万円').text).toBe('1万円');
    expect(fold('ホームページ').text).toBe(fold('ほーむぺーじ').text);
    expect(fold('ｶﾞｽ').text).toBe(fold('ガス').text);
  });

  it('maps every folded unit back to its original character', () => {
    const f = fold('Ａ㍿b');
    // ㍿ decomposes to four characters that all point at the one original character.
    expect(f.text).toBe('a株式会社b');
    expect(f.starts).toEqual([0, 1, 1, 1, 1, 2]);
    expect(f.ends).toEqual([1, 2, 2, 2, 2, 3]);
  });

  it('splits a query into terms on any white space, including the ideographic space', () => {
    expect(queryTerms('  保育　ＡＬＴ ')).toEqual(['保育', 'alt']);
    expect(queryTerms('   ')).toEqual([]);
  });
});

describe('findRanges', () => {
  it('finds width-variant matches at their place in the original text', () => {
    expect(findRanges('ALTの増員', queryTerms('ＡＬＴ'))).toEqual([{ start: 0, end: 3 }]);
    expect(findRanges('給付金１万円の支給', queryTerms('1万円'))).toEqual([{ start: 3, end: 6 }]);
  });

  it('matches katakana text from a hiragana query and the reverse', () => {
    expect(findRanges('ホームページで周知', queryTerms('ほーむ'))).toEqual([{ start: 0, end: 3 }]);
    expect(findRanges('ほけん', queryTerms('ホケン'))).toEqual([{ start: 0, end: 3 }]);
  });

  it('covers a half-width voiced kana as two original characters', () => {
    expect(findRanges('ｶﾞｽ代', queryTerms('ガス'))).toEqual([{ start: 0, end: 3 }]);
  });

  it('does not match half of a voiced kana', () => {
    expect(findRanges('ガス', queryTerms('か'))).toEqual([]);
  });

  it('merges overlapping and touching ranges of several terms', () => {
    expect(findRanges('保育料無償化', queryTerms('保育 育料 無償'))).toEqual([{ start: 0, end: 5 }]);
    expect(findRanges('保育料無償化', queryTerms('保育 償化'))).toEqual([
      { start: 0, end: 2 },
      { start: 4, end: 6 },
    ]);
  });
});

describe('searchPledge', () => {
  it('requires every term somewhere in the pledge and reports each matching field', () => {
    const m = searchPledge(byId('1'), queryTerms('保育料 民間'))!;
    expect(m.map((x) => x.kind)).toEqual(['title', 'summary', 'kpi', 'challenges']);
    expect(searchPledge(byId('1'), queryTerms('保育料 ALT'))).toBeNull();
  });

  it('searches departments, related programs, English titles and narrative sections', () => {
    expect(searchPledge(byId('2-1'), queryTerms('教育委員会'))?.[0]?.kind).toBe('department');
    expect(searchPledge(byId('2-1'), queryTerms('招致'))?.[0]?.kind).toBe('relatedProgram');
    expect(searchPledge(byId('2-1'), queryTerms('TEACHERS'))?.[0]?.kind).toBe('titleEn');
    expect(searchPledge(byId('2-2'), queryTerms('ほーむぺーじ'))?.[0]?.kind).toBe('sinceMeeting');
  });

  it('matches every pledge with no fields for an empty query', () => {
    expect(searchPledge(byId('3'), [])).toEqual([]);
  });
});

describe('segments and excerpt', () => {
  it('splits text into marked and plain parts that join back to the original', () => {
    const parts = segments('給付金１万円の支給', [{ start: 3, end: 6 }]);
    expect(parts).toEqual([
      { text: '給付金', mark: false },
      { text: '１万円', mark: true },
      { text: 'の支給', mark: false },
    ]);
    expect(parts.map((p) => p.text).join('')).toBe('給付金１万円の支給');
  });

  it('cuts long text around the first match and shifts the ranges', () => {
    const text = 'あ'.repeat(100) + '課題' + 'い'.repeat(100);
    const ex = excerpt(text, [{ start: 100, end: 102 }], 10);
    expect(ex.text).toBe('あ'.repeat(10) + '課題' + 'い'.repeat(10));
    expect(ex.ranges).toEqual([{ start: 10, end: 12 }]);
    expect(ex.cutStart).toBe(true);
    expect(ex.cutEnd).toBe(true);
  });
});
