// @vitest-environment node
/**
 * The readings of every Japanese text the app shows (src/build/readings/): each kanji of the data
 * and of the UI strings gets a reading as the page segments it, each override still matches some
 * text, and the checked-in review list is the one the build writes. Both data folders: Bibai's and
 * the made-up municipality of tests/fixtures/municipality/.
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import * as v from 'valibot';
import { readSite } from '../../src/build/site-config';
import { buildReadings, type BuiltReadings } from '../../src/build/readings/build';
import { OverridesSchema, REVIEW_FILE } from '../../src/build/readings/analyse';
import { fillUiString } from '../../src/build/readings/corpus';
import { readingsFrom, segmentText, unreadKanji } from '../../src/domain/furigana';

const ROOT = resolve(import.meta.dirname, '../..');

describe.each([
  ['data', join(ROOT, 'data')],
  ['the fixture municipality', join(ROOT, 'tests/fixtures/municipality')],
])('readings of %s', (_, dataDir) => {
  let built: BuiltReadings;
  beforeAll(async () => {
    built = await buildReadings(dataDir, readSite(dataDir));
  }, 60_000);

  it('has a reading for every kanji of every text (else add the word to readings.json)', () => {
    const readings = readingsFrom(built.analysis.file);
    const bare = built.texts.flatMap((text) => {
      const kanji = unreadKanji(text, readings);
      return kanji.length ? [`${kanji.join('')} in “${text.slice(0, 80)}”`] : [];
    });
    expect(bare).toEqual([]);
    expect(built.analysis.entries.filter((e) => e.source === 'missing')).toEqual([]);
  });

  it('has overrides that each still match some text (else remove them from readings.json)', () => {
    const unused = Object.keys(built.overrides).filter((word) => !built.texts.some((text) => text.includes(word)));
    expect(unused).toEqual([]);
  });

  it('has the review list the build writes checked in (run `npm run data:readings`)', () => {
    expect(readFileSync(join(dataDir, REVIEW_FILE), 'utf8')).toBe(built.tsv);
  });

  it('lets the overrides win over the analyser', () => {
    const readings = readingsFrom(built.analysis.file);
    for (const [word, reading] of Object.entries(built.overrides)) {
      expect(segmentText(word, readings).map((s) => s.ruby ?? s.text).join(''), word).toBe(reading);
      const line = built.tsv.split('\n').find((l) => l.startsWith(`${word}\t`));
      expect(line?.split('\t').slice(1, 3)).toEqual([reading, 'override']);
    }
  });
});

describe('the corpus', () => {
  const site = readSite(join(ROOT, 'data'));

  it('fills the site’s names into UI strings and cuts at the other placeholders', () => {
    expect(fillUiString('{{city}}の公約{{count}}件', site)).toEqual([`${site.texts.ja.city}の公約`, '件']);
  });

  it('holds the data’s names, the UI strings and the dates the pages print', async () => {
    const { texts } = await buildReadings(join(ROOT, 'data'), site);
    expect(texts).toContain('子育て支援');
    expect(texts).toContain('文字サイズ');
    expect(texts.some((t) => /^\d{4}年\d{1,2}月$/.test(t))).toBe(true);
  }, 60_000);
});

describe('readings.json', () => {
  it('is a word → hiragana map', () => {
    expect(v.safeParse(OverridesSchema, JSON.parse(readFileSync(join(ROOT, 'data/readings.json'), 'utf8'))).success).toBe(true);
    expect(v.safeParse(OverridesSchema, { 美唄: 'ビバイ' }).success).toBe(false);
    expect(v.safeParse(OverridesSchema, { びばい: 'びばい' }).success).toBe(false);
  });
});
