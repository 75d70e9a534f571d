import { describe, expect, it } from 'vitest';
import {
  alignReading,
  decodeReading,
  encodeReading,
  readingsFrom,
  segmentText,
  toHiragana,
  unreadKanji,
  type ReadingsFile,
} from '../../src/domain/furigana';

function dict(words: Record<string, string>) {
  const entries = Object.fromEntries(Object.entries(words).map(([w, r]) => [w, encodeReading(w, r)]));
  const file: ReadingsFile = { v: 1, longest: Math.max(...Object.keys(entries).map((w) => w.length)), words: entries };
  return readingsFrom(file);
}

const show = (text: string, r: ReturnType<typeof dict>) => segmentText(text, r).map((s) => (s.ruby === undefined ? s.text : `${s.text}(${s.ruby})`)).join('');

describe('okurigana alignment', () => {
  it('puts each reading over its kanji only', () => {
    expect(alignReading('取り組み', 'とりくみ')).toEqual([{ text: '取', ruby: 'と' }, { text: 'り' }, { text: '組', ruby: 'く' }, { text: 'み' }]);
    expect(alignReading('経営会議', 'けいえいかいぎ')).toEqual([{ text: '経営会議', ruby: 'けいえいかいぎ' }]);
    expect(alignReading('見積もり', 'ミツモリ')).toEqual([{ text: '見積', ruby: 'みつ' }, { text: 'もり' }]);
    // Katakana in the word lines up with the reading too.
    expect(alignReading('ケア推進', 'ケアスイシン')).toEqual([{ text: 'ケア' }, { text: '推進', ruby: 'すいしん' }]);
  });

  it('gives up when the kana do not line up, and then reads the whole word', () => {
    expect(alignReading('取り組み', 'とくみ')).toBeUndefined();
    expect(encodeReading('取り組み', 'とくみ')).toBe('=とくみ');
    expect(decodeReading('取り組み', '=とくみ')).toEqual([{ text: '取り組み', ruby: 'とくみ' }]);
  });

  it('round-trips through the stored form', () => {
    for (const [word, reading] of [['取り組み', 'とりくみ'], ['美唄', 'びばい'], ['ヶ月', 'かげつ'], ['子育て', 'こそだて']] as const) {
      expect(decodeReading(word, encodeReading(word, reading))).toEqual(alignReading(word, reading));
    }
  });

  it('turns katakana into hiragana and leaves the rest', () => {
    expect(toHiragana('ビバイ・KPI ー')).toBe('びばい・KPI ー');
  });
});

describe('segmentation', () => {
  const r = dict({ 美唄: 'びばい', 市: 'し', 取り組み: 'とりくみ', 保育: 'ほいく', 所: 'しょ', 所管: 'しょかん', 管理: 'かんり', 運営: 'うんえい', 月: 'がつ', ヶ月: 'かげつ' });

  it('reads every known word and leaves the kana and the rest plain', () => {
    expect(show('美唄市の取り組み（2024年）', r)).toBe('美唄(びばい)市(し)の取(と)り組(く)み（2024年）');
    expect(segmentText('ひらがなだけ', r)).toEqual([{ text: 'ひらがなだけ' }]);
    expect(segmentText('', r)).toEqual([]);
  });

  it('prefers the cut that leaves no kanji bare over the longest first word', () => {
    expect(show('保育所管理運営', r)).toBe('保育(ほいく)所(しょ)管理(かんり)運営(うんえい)');
  });

  it('reads ヶ月 as one word', () => {
    expect(show('3ヶ月', r)).toBe('3ヶ月(かげつ)');
  });

  it('lists the kanji it could not read', () => {
    expect(unreadKanji('美唄市の年', r)).toEqual(['年']);
  });

  it('keeps the text: the segments put together are the input', () => {
    const text = '美唄市の取り組みと保育所管理運営、3ヶ月後。';
    expect(segmentText(text, r).map((s) => s.text).join('')).toBe(text);
  });
});
