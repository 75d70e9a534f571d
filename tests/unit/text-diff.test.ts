// @vitest-environment node
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { diffItems, diffText, similarity, textAfter, textBefore, type DiffSegment, type ItemDiff } from '../../src/domain/text-diff';

/** `same[-removed-]{+added+}`: short enough to read an expected diff at a glance. */
const show = (segs: readonly DiffSegment[]) => segs.map((s) => (s.kind === 'same' ? s.text : s.kind === 'removed' ? `[-${s.text}-]` : `{+${s.text}+}`)).join('');

/** Characters of the real cards' kinds: kanji, kana, digits, punctuation, brackets, a surrogate pair. */
const CHARS = ['検', '討', '実', '施', '年', '度', 'の', 'を', 'し', 'た', 'ア', 'ー', '1', '2', '、', '。', '「', '」', '𠮷', ' '];
const jaText = (maxLength = 40, minLength = 0) => fc.string({ unit: fc.constantFrom(...CHARS), minLength, maxLength, size: 'max' });

/** A text and an edited copy of it: random pairs are mostly unrelated, edited ones look like reports. */
const editedPair = fc
  .tuple(jaText(60), fc.array(fc.tuple(fc.nat(), fc.nat(4), jaText(6)), { maxLength: 5 }))
  .map(([base, edits]) => {
    let chars = Array.from(base);
    for (const [at, cut, insert] of edits) {
      const i = chars.length ? at % (chars.length + 1) : 0;
      chars = [...chars.slice(0, i), ...Array.from(insert), ...chars.slice(i + cut)];
    }
    return [base, chars.join('')] as const;
  });

/** The shape every diff has: no empty segment, no two neighbours of one kind, removals before additions. */
function expectWellFormed(segs: readonly DiffSegment[]) {
  segs.forEach((s, i) => {
    expect(s.text).not.toBe('');
    const next = segs[i + 1];
    if (next) {
      expect(next.kind).not.toBe(s.kind);
      expect(s.kind === 'added' && next.kind === 'removed').toBe(false);
    }
  });
}

describe('diffText', () => {
  it('reads as changed phrases, not scattered characters', () => {
    expect(show(diffText('令和6年度に実施した。', '令和7年度に実施する予定。'))).toBe('令和[-6-]{+7+}年度に実施[-した-]{+する予定+}。');
    expect(show(diffText('必要と思われることを着実に行っている。', '計画どおり、研修を着実に実施している。'))).toBe(
      '[-必要と思われること-]{+計画どおり、研修+}を着実に[-行っ-]{+実施し+}ている。',
    );
    expect(show(diffText('スポットワーク（スキマワーク）等の情報収集中。', 'スポットワーク（スキマワーク）の導入について事業所と協議を開始した。'))).toBe(
      'スポットワーク（スキマワーク）[-等の情報収集中-]{+の導入について事業所と協議を開始した+}。',
    );
  });

  it('changes whole numbers and words, not the digit or kanji inside them', () => {
    expect(show(diffText('12月20日に完成する予定。', '12月25日に完成した。'))).toBe('12月[-20-]{+25+}日に完成[-する予定-]{+した+}。');
    expect(show(diffText('1回', '10回'))).toBe('[-1-]{+10+}回');
    expect(show(diffText('検討する。', '検証する。'))).toBe('[-検討-]{+検証+}する。');
    expect(show(diffText('スポットワークの情報', 'スキマワークの情報'))).toBe('[-スポットワーク-]{+スキマワーク+}の情報');
    expect(show(diffText('令和6年度及び令和7年度', '令和6年度の採用試験で2名を採用した。令和7年度'))).toBe('令和6年度[-及び-]{+の採用試験で2名を採用した。+}令和7年度');
    // A long kanji compound is not taken whole for a one-character change.
    expect(show(diffText('市民会館大ホールで開催', '市民会館小ホールで開催'))).toBe('市民会館[-大-]{+小+}ホールで開催');
    expect(show(diffText('ＡＬＴを増員', 'ＡＬＴＳを増員'))).toBe('ＡＬＴ{+Ｓ+}を増員');
  });

  it('ends a replacement where the clause ends, not one kana before it', () => {
    expect(show(diffText('計画を進めている。', '計画を検討する。'))).toBe('計画を[-進めている-]{+検討する+}。');
    expect(show(diffText('計画を進めている', '計画を検討する'))).toBe('計画を[-進めている-]{+検討する+}');
    // Two kana are a word of their own ("した"), and stay.
    expect(show(diffText('検討した。', '実施した。'))).toBe('[-検討-]{+実施+}した。');
  });

  it('slides an insertion to a sentence or clause boundary', () => {
    expect(show(diffText('実施した。', '実施した。検討した。'))).toBe('実施した。{+検討した。+}');
    expect(show(diffText('実施した。', '実施し、実施した。'))).toBe('{+実施し、+}実施した。');
    expect(show(diffText('講座を実施。研修を実施。', '講座を実施。相談会を実施。研修を実施。'))).toBe('講座を実施。{+相談会を実施。+}研修を実施。');
  });

  it('falls back to the whole text replaced for texts with almost nothing in common', () => {
    expect(show(diffText('新たな介護従事者を探すだけではなく、環境の整備が必要。', '全く異なる文章がここに入る、という例である。'))).toBe(
      '[-新たな介護従事者を探すだけではなく、環境の整備が必要-]{+全く異なる文章がここに入る、という例である+}。',
    );
  });

  it('never splits a character outside the basic plane', () => {
    const segs = diffText('𠮷野家で𠮷田さん', '𠮷野家で山田さん');
    expect(show(segs)).toBe('𠮷野家で[-𠮷田-]{+山田+}さん');
    for (const s of segs) expect(s.text.isWellFormed()).toBe(true);
  });

  it('gives one same segment for equal texts, none for two empty ones, one edit against empty', () => {
    expect(diffText('同じ。', '同じ。')).toEqual([{ kind: 'same', text: '同じ。' }]);
    expect(diffText('', '')).toEqual([]);
    expect(diffText('', '新規。')).toEqual([{ kind: 'added', text: '新規。' }]);
    expect(diffText('削除。', '')).toEqual([{ kind: 'removed', text: '削除。' }]);
  });

  it('beyond its budget keeps the common start and end and replaces the middle', () => {
    const before = '冒頭。' + 'あいうえお'.repeat(20) + '末尾。';
    const after = '冒頭。' + 'かきくけこ'.repeat(20) + '末尾。';
    expect(diffText(before, after, { maxEdits: 10 })).toEqual([
      { kind: 'same', text: '冒頭。' },
      { kind: 'removed', text: 'あいうえお'.repeat(20) },
      { kind: 'added', text: 'かきくけこ'.repeat(20) },
      { kind: 'same', text: '末尾。' },
    ]);
    // Ten separate edits: found one by one within budget, a single replacement beyond it.
    const many = ['一回目を実施した。'.repeat(10), '二回目を実施した。'.repeat(10)] as const;
    expect(diffText(...many).length).toBeGreaterThan(10);
    expect(diffText(...many, { maxEdits: 10 })).toHaveLength(3);
    expect(diffText(...many, { maxLength: 50 })).toHaveLength(3);
    // Within budget the same small edit is found.
    expect(show(diffText('冒頭。検討中。末尾。', '冒頭。実施済。末尾。', { maxEdits: 10 }))).toBe('冒頭。[-検討中-]{+実施済+}。末尾。');
  });

  it('property: same + removed spell the old text, same + added the new one', () => {
    fc.assert(
      fc.property(fc.oneof(editedPair, fc.tuple(jaText(), jaText())), ([a, b]) => {
        const segs = diffText(a, b);
        expect(textBefore(segs)).toBe(a);
        expect(textAfter(segs)).toBe(b);
        expectWellFormed(segs);
      }),
      { numRuns: 500 },
    );
  });

  it('property: equal texts give exactly one same segment', () => {
    fc.assert(
      fc.property(jaText().filter((s) => s !== ''), (a) => {
        expect(diffText(a, a.slice())).toEqual([{ kind: 'same', text: a }]);
      }),
    );
  });

  it('property: a tight budget still spells both texts, in at most four segments when exceeded', () => {
    fc.assert(
      fc.property(fc.tuple(jaText(80), jaText(80)), fc.integer({ min: 0, max: 8 }), ([a, b], maxEdits) => {
        const segs = diffText(a, b, { maxEdits });
        expect(textBefore(segs)).toBe(a);
        expect(textAfter(segs)).toBe(b);
        const edits = segs.filter((s) => s.kind !== 'same').reduce((n, s) => n + Array.from(s.text).length, 0);
        if (edits > maxEdits) expect(segs.length).toBeLessThanOrEqual(4);
      }),
      { numRuns: 300 },
    );
  });

  it('property: long random texts stay bounded in time and size', () => {
    fc.assert(
      fc.property(jaText(4000, 2000), jaText(4000, 2000), (a, b) => {
        const started = performance.now();
        const segs = diffText(a, b);
        expect(performance.now() - started).toBeLessThan(2000);
        expect(textBefore(segs)).toBe(a);
        expect(textAfter(segs)).toBe(b);
        // Each same segment sits between edits, so a diff has at most twice as many edit runs
        // as it has equalities, plus the two ends.
        const same = segs.filter((s) => s.kind === 'same').length;
        expect(segs.length).toBeLessThanOrEqual(3 * same + 2);
        // Unrelated long texts read as a rewrite, not as hundreds of fragments.
        expect(segs.length).toBeLessThanOrEqual(200);
      }),
      { numRuns: 8 },
    );
  });

  it('property: a long text with a few edits is diffed exactly, in a few segments', () => {
    fc.assert(
      fc.property(jaText(4000, 2000), fc.array(fc.tuple(fc.nat(), jaText(3)), { minLength: 1, maxLength: 4 }), (base, edits) => {
        let chars = Array.from(base);
        for (const [at, insert] of edits) {
          const i = at % (chars.length + 1);
          chars = [...chars.slice(0, i), ...Array.from(insert), ...chars.slice(i + 1)];
        }
        const after = chars.join('');
        const segs = diffText(base, after);
        expect(textBefore(segs)).toBe(base);
        expect(textAfter(segs)).toBe(after);
        // Each edit touches one place: at most an equality and a removal and an addition each.
        expect(segs.length).toBeLessThanOrEqual(3 * edits.length + 1);
      }),
      { numRuns: 30 },
    );
  });
});

describe('similarity', () => {
  it('is 1 for equal texts, 0 for texts with nothing in common, in between otherwise', () => {
    expect(similarity('同じ', '同じ')).toBe(1);
    expect(similarity('あい', 'うえ')).toBe(0);
    expect(similarity('検討中。', '検討済。')).toBeCloseTo(0.75);
  });

  it('gives 0 below the floor without doing the full work', () => {
    expect(similarity('検討中。', '検討済。', 0.8)).toBe(0);
    expect(similarity('検討中。', '検討済。', 0.7)).toBeCloseTo(0.75);
  });
});

const itemsBefore = (d: readonly ItemDiff[]) => d.flatMap((x) => (x.kind === 'changed' ? [x.before] : x.kind === 'added' ? [] : [x.text]));
const itemsAfter = (d: readonly ItemDiff[]) => d.flatMap((x) => (x.kind === 'changed' ? [x.after] : x.kind === 'removed' ? [] : [x.text]));

describe('diffItems', () => {
  it('pairs a reworded item by similarity and diffs it, keeping the section order', () => {
    const before = ['①調査結果から、人手不足の事業所は少ない状況。', '②工夫を検討中。', '③古い項目。'];
    const after = ['①調査結果から、人手不足の事業所は想定より少ない状況。', '新しい取組を開始。', '②工夫を検討中。'];
    const d = diffItems(before, after);
    expect(d.map((x) => x.kind)).toEqual(['changed', 'added', 'same', 'removed']);
    const changed = d[0]!;
    if (changed.kind !== 'changed') throw new Error('expected a changed item');
    expect(show(changed.segments)).toBe('①調査結果から、人手不足の事業所は{+想定より+}少ない状況。');
  });

  it('keeps unlike items as removed and added rather than a confetti diff', () => {
    expect(diffItems(['検討中。'], ['令和7年度に予算化した。'])).toEqual([
      { kind: 'removed', text: '検討中。' },
      { kind: 'added', text: '令和7年度に予算化した。' },
    ]);
  });

  it('pairs each removed item with its own rewording, in order', () => {
    const d = diffItems(['研修を実施した。', '講座を開催した。'], ['研修を実施する。', '講座を開催する。']);
    expect(d.map((x) => (x.kind === 'changed' ? `${x.before}→${x.after}` : x.kind))).toEqual(['研修を実施した。→研修を実施する。', '講座を開催した。→講座を開催する。']);
  });

  it('reports nothing changed for equal sections, and handles empty ones', () => {
    expect(diffItems(['一。', '二。'], ['一。', '二。'])).toEqual([
      { kind: 'same', text: '一。' },
      { kind: 'same', text: '二。' },
    ]);
    expect(diffItems([], [])).toEqual([]);
    expect(diffItems([], ['新。'])).toEqual([{ kind: 'added', text: '新。' }]);
  });

  it('stays bounded on a large block of long, unlike items', () => {
    const long = (seed: number) => Array.from({ length: 3000 }, (_, i) => CHARS[(i * seed + (i >> 3)) % CHARS.length]).join('');
    const before = Array.from({ length: 20 }, (_, i) => long(i + 1));
    const after = Array.from({ length: 20 }, (_, i) => long(i + 31));
    const started = performance.now();
    const d = diffItems(before, after);
    expect(performance.now() - started).toBeLessThan(3000);
    expect(itemsBefore(d)).toEqual(before);
    expect(itemsAfter(d)).toEqual(after);
  });

  it('property: the diff spells both lists, and equal lists are all same', () => {
    const section = fc.array(fc.oneof(jaText(20), fc.constantFrom('共通の項目。', '共通の項目です。', '別の項目。')), { maxLength: 6 });
    fc.assert(
      fc.property(section, section, (a, b) => {
        const d = diffItems(a, b);
        expect(itemsBefore(d)).toEqual(a);
        expect(itemsAfter(d)).toEqual(b);
        for (const x of d) if (x.kind === 'changed') expect([textBefore(x.segments), textAfter(x.segments)]).toEqual([x.before, x.after]);
        expect(diffItems(a, [...a]).every((x) => x.kind === 'same')).toBe(true);
      }),
      { numRuns: 300 },
    );
  });
});
