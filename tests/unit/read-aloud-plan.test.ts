import { describe, expect, it } from 'vitest';
import { readingPlan, splitForSpeech, type SpeechSection } from '../../src/domain/read-aloud-plan';

const sections: SpeechSection[] = [
  { id: 'sec-summary', heading: [{ text: '概要', lang: 'ja' }], blocks: [[{ text: 'R5年度に実施。', lang: 'ja' }]] },
  {
    id: 'sec-depts',
    heading: [{ text: 'Departments', lang: 'en' }],
    blocks: [[{ text: '企画課 ', lang: 'ja' }, { text: ' ', lang: 'ja' }, { text: 'Planning Division', lang: 'en' }]],
  },
  { id: 'sec-empty', heading: [{ text: '  ', lang: 'ja' }], blocks: [[], [{ text: '\n', lang: 'ja' }]] },
  { id: 'sec-plan', heading: [{ text: '計画', lang: 'ja' }], blocks: [[{ text: '①調査', lang: 'ja' }], [{ text: '②実施', lang: 'ja' }]] },
];

describe('readingPlan', () => {
  it('reads every section in order: heading, then blocks, one utterance per language run', () => {
    expect(readingPlan(sections, { kind: 'all' })).toEqual([
      { sectionId: 'sec-summary', text: '概要', lang: 'ja' },
      { sectionId: 'sec-summary', text: '令和5年度に実施。', lang: 'ja' },
      { sectionId: 'sec-depts', text: 'Departments', lang: 'en' },
      { sectionId: 'sec-depts', text: '企画課', lang: 'ja' },
      { sectionId: 'sec-depts', text: 'Planning Division', lang: 'en' },
      { sectionId: 'sec-plan', text: '計画', lang: 'ja' },
      { sectionId: 'sec-plan', text: '1、調査', lang: 'ja' },
      { sectionId: 'sec-plan', text: '2、実施', lang: 'ja' },
    ]);
  });

  it('reads one section, or all from a given one', () => {
    expect(readingPlan(sections, { kind: 'one', id: 'sec-plan' }).map((u) => u.text)).toEqual(['計画', '1、調査', '2、実施']);
    expect(readingPlan(sections, { kind: 'all', from: 'sec-depts' }).map((u) => u.sectionId)).toEqual(['sec-depts', 'sec-depts', 'sec-depts', 'sec-plan', 'sec-plan', 'sec-plan']);
    expect(readingPlan(sections, { kind: 'one', id: 'nope' })).toEqual([]);
    expect(readingPlan(sections, { kind: 'all', from: 'nope' })).toHaveLength(8);
  });

  it('leaves out texts in a language the device has no voice for', () => {
    expect(readingPlan(sections, { kind: 'all' }, { langs: ['en'] }).map((u) => u.text)).toEqual(['Departments', 'Planning Division']);
  });

  it('cuts long texts at sentence ends', () => {
    const long = 'あ'.repeat(50) + '。' + 'い'.repeat(50) + '。' + 'う'.repeat(10) + '。';
    const plan = readingPlan([{ id: 's', heading: [], blocks: [[{ text: long, lang: 'ja' }]] }], { kind: 'all' }, { maxChars: { ja: 70 } });
    expect(plan.map((u) => u.text)).toEqual(['あ'.repeat(50) + '。', 'い'.repeat(50) + '。' + 'う'.repeat(10) + '。']);
  });
});

describe('splitForSpeech', () => {
  it('keeps a short text whole and drops an empty one', () => {
    expect(splitForSpeech(' 短い文。 ', 'ja')).toEqual(['短い文。']);
    expect(splitForSpeech('  ', 'ja')).toEqual([]);
  });

  it('packs sentences up to the limit, then commas, then a hard cut', () => {
    expect(splitForSpeech('One two. Three four. Five six.', 'en', 20)).toEqual(['One two. Three four.', 'Five six.']);
    expect(splitForSpeech('ああああ、いいいい、うううう', 'ja', 10)).toEqual(['ああああ、いいいい、', 'うううう']);
    expect(splitForSpeech('あ'.repeat(25), 'ja', 10)).toEqual(['あ'.repeat(10), 'あ'.repeat(10), 'あ'.repeat(5)]);
    for (const piece of splitForSpeech('文。'.repeat(200), 'ja')) expect(piece.length).toBeLessThanOrEqual(90);
  });
});

describe('readingPlan with Japanese inside English', () => {
  it('gives Japanese names in an English sentence to the Japanese voice', () => {
    const plan = readingPlan([{ id: 's', heading: [{ text: 'Status (進捗状況)', lang: 'en' }], blocks: [[{ text: 'The target is ピパの子保育園 60 people.', lang: 'en' }]] }], { kind: 'all' });
    expect(plan).toEqual([
      { sectionId: 's', text: 'Status (', lang: 'en' },
      { sectionId: 's', text: '進捗状況', lang: 'ja' },
      { sectionId: 's', text: 'The target is', lang: 'en' },
      { sectionId: 's', text: 'ピパの子保育園', lang: 'ja' },
      { sectionId: 's', text: '60 people.', lang: 'en' },
    ]);
  });

  it('drops runs of punctuation alone', () => {
    expect(readingPlan([{ id: 's', heading: [], blocks: [[{ text: 'FY2023', lang: 'en' }, { text: ', ', lang: 'en' }, { text: '、', lang: 'ja' }]] }], { kind: 'all' })).toEqual([{ sectionId: 's', text: 'fiscal year 2023,', lang: 'en' }]);
  });
});
