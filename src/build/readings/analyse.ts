/**
 * The readings dictionary, made at build time: every text of the corpus (corpus.ts) tokenised by
 * kuromoji (its dictionary ships in node_modules; nothing is fetched), each word with kanji kept
 * with its reading, aligned so the ruby goes over the kanji only. A word read two ways in
 * different places keeps the reading it has most often. The data folder's `readings.json`
 * (names and terms the analyser gets wrong) wins over the analyser.
 */
import { createRequire } from 'node:module';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import kuromoji from 'kuromoji';
import * as v from 'valibot';
import { readChecked } from '../site-config.ts';
import {
  alignReading,
  decodeReading,
  encodeReading,
  hasKanji,
  isKanjiLike,
  KANJI,
  readingsFrom,
  segmentText,
  toHiragana,
  type ReadingsFile,
  type Segment,
} from '../../domain/furigana.ts';
import { compareText } from './corpus.ts';

export type Tokenizer = kuromoji.Tokenizer<kuromoji.IpadicFeatures>;

let tokenizer: Promise<Tokenizer> | undefined;

/** kuromoji's tokenizer, loaded once per process (~2 s: it reads its whole dictionary). */
export function loadTokenizer(): Promise<Tokenizer> {
  tokenizer ??= new Promise((resolve, reject) => {
    const dicPath = join(dirname(createRequire(import.meta.url).resolve('kuromoji/package.json')), 'dict');
    kuromoji.builder({ dicPath }).build((error, t) => (error ? reject(error) : resolve(t)));
  });
  return tokenizer;
}

/** `readings.json`: a word (with kanji) → its reading in hiragana. */
export const OverridesSchema = v.record(
  v.pipe(v.string(), v.check(hasKanji, 'expected a word with kanji')),
  v.pipe(v.string(), v.regex(/^[\u3041-\u3096\u30fc]+$/u, 'expected a reading in hiragana')),
);
export type Overrides = v.InferOutput<typeof OverridesSchema>;

export const OVERRIDES_FILE = 'readings.json';
export const REVIEW_FILE = 'readings-review.tsv';

/** The data folder's overrides, validated; a folder without the file has none. */
export function readOverrides(dataDir: string): Overrides {
  const file = join(dataDir, OVERRIDES_FILE);
  if (!existsSync(file)) return {};
  return readChecked(file, OverridesSchema, 'optional: word → hiragana (see data/README.md)');
}

export type Source = 'analyser' | 'override' | 'missing';

export interface Entry {
  word: string;
  /** Encoded as the dictionary stores it (`encodeReading`); '' when missing. */
  value: string;
  source: Source;
  /** How often the analyser saw the word (0 for an override it never produced). */
  count: number;
  /** The analyser's other readings of the word, most frequent first. */
  others: string[];
}

/**
 * A token as a dictionary word: from its first kanji on (a leading お/ご or kana carries no
 * ruby, and the page only starts a lookup at a kanji), with its encoded reading; undefined when
 * kuromoji has no reading for it.
 */
function tokenWord(surface: string, reading: string | undefined): { word: string; value: string | undefined } | undefined {
  const start = [...surface].findIndex(isKanjiLike);
  if (start < 0) return undefined;
  const known = reading && reading !== '*' ? toHiragana(reading) : undefined;
  if (start === 0) return { word: surface, value: known && encodeReading(surface, known) };
  const chars = [...surface];
  const word = chars.slice(start).join('');
  if (!known) return { word, value: undefined };
  const aligned = alignReading(surface, known);
  // The leading kana do not line up with the reading: the word is kept whole, from its kanji.
  if (!aligned) return { word, value: undefined };
  const rest = aligned.slice(aligned.findIndex((s) => s.ruby !== undefined));
  return { word, value: rest.filter((s) => s.ruby !== undefined).map((s) => s.ruby).join(' ') };
}

export interface Analysis {
  file: ReadingsFile;
  /** Every distinct word, sorted, for the review list, and every run of kanji left without a reading (`missing`). */
  entries: Entry[];
}

/** The dictionary of `texts`: the analyser's readings, then the overrides over them. */
export function analyse(texts: readonly string[], overrides: Overrides, t: Tokenizer): Analysis {
  const seen = new Map<string, Map<string, number>>();
  for (const text of texts) {
    for (const token of t.tokenize(text)) {
      if (!hasKanji(token.surface_form)) continue;
      const w = tokenWord(token.surface_form, token.reading);
      if (!w) continue;
      // No reading: the word stays out, and the texts it leaves bare are listed below.
      if (w.value === undefined) continue;
      const counts = seen.get(w.word) ?? new Map<string, number>();
      counts.set(w.value, (counts.get(w.value) ?? 0) + 1);
      seen.set(w.word, counts);
    }
  }
  const entries = new Map<string, Entry>();
  for (const [word, counts] of seen) {
    const ranked = [...counts].sort((a, b) => b[1] - a[1] || compareText(a[0], b[0]));
    const total = ranked.reduce((n, [, c]) => n + c, 0);
    entries.set(word, { word, value: ranked[0]![0], source: 'analyser', count: total, others: ranked.slice(1).map(([value]) => value) });
  }
  for (const [word, reading] of Object.entries(overrides)) {
    const before = entries.get(word);
    entries.set(word, { word, value: encodeReading(word, reading), source: 'override', count: before?.count ?? 0, others: before ? [before.value, ...before.others] : [] });
  }
  const words: Record<string, string> = {};
  let longest = 0;
  for (const e of [...entries.values()].sort((a, b) => compareText(a.word, b.word))) {
    words[e.word] = e.value;
    longest = Math.max(longest, e.word.length);
  }
  const file: ReadingsFile = { v: 1, longest, words };
  // What the page would leave bare: each run of kanji no word covers, as the page segments it.
  const readings = readingsFrom(file);
  for (const text of texts) {
    for (const s of segmentText(text, readings)) {
      if (s.ruby !== undefined) continue;
      for (const run of s.text.match(KANJI_RUNS) ?? []) if (!entries.has(run)) entries.set(run, { word: run, value: '', source: 'missing', count: 0, others: [] });
    }
  }
  return { file, entries: [...entries.values()].sort((a, b) => compareText(a.word, b.word)) };
}

const KANJI_RUNS = new RegExp(`${KANJI.source}+`, 'gu');

/** A word with its readings in brackets after each kanji run: 取(と)り組(く)み. */
export function rubyText(segments: Segment[]): string {
  return segments.map((s) => (s.ruby === undefined ? s.text : `${s.text}(${s.ruby})`)).join('');
}

const readingOf = (word: string, value: string) => decodeReading(word, value).map((s) => s.ruby ?? toHiragana(s.text)).join('');

/**
 * The review list (`readings-review.tsv`): one line per distinct word, sorted, with the reading
 * it got, where from, how it sits over the word, how often the analyser saw it and the other
 * readings it saw. A word without a reading has an empty reading and the source `missing`.
 */
export function reviewTsv(entries: readonly Entry[]): string {
  const lines = ['word\treading\tsource\truby\tcount\tother readings'];
  for (const e of entries) {
    if (e.source === 'missing') {
      lines.push(`${e.word}\t\tmissing\t\t0\t`);
      continue;
    }
    const others = e.others.map((o) => readingOf(e.word, o)).filter((r, i, all) => r !== readingOf(e.word, e.value) && all.indexOf(r) === i);
    lines.push([e.word, readingOf(e.word, e.value), e.source, rubyText(decodeReading(e.word, e.value)), String(e.count), others.join(' ')].join('\t'));
  }
  return `${lines.join('\n')}\n`;
}

/** The dictionary file's bytes: stable key order, so the same corpus gives the same hash. */
export function readingsJson(file: ReadingsFile): string {
  return JSON.stringify(file);
}
