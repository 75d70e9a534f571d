/**
 * Furigana without the DOM: the readings dictionary's format, the okurigana alignment that puts a
 * reading over the kanji of a word only (取り組み → 取(と)り組(く)み), and the segmentation of any
 * text into plain and ruby segments.
 *
 * The build (src/build/readings/) analyses every Japanese text of the app once and writes the
 * dictionary; the page (src/app/furigana-dom.ts) segments whatever text it shows with it, so
 * strings composed at run time (counts, dates) get readings too as long as their words are known.
 */

/** One piece of a text: plain, or with its reading (`ruby`) over it. */
export interface Segment {
  text: string;
  ruby?: string;
}

/**
 * The dictionary file (`readings/ja.<hash>.json`): each word, keyed from its first kanji, to its
 * encoded reading (`encodeReading`). `longest` is the longest key, so a lookup never tries more.
 */
export interface ReadingsFile {
  v: 1;
  longest: number;
  words: Record<string, string>;
}

/** Characters that take a reading: kanji, the iteration mark 々, 〆, and the counter ヶ/ヵ (ヶ月 かげつ). */
const KANJI_LIKE = /[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff々〆ヶヵ]/u;
/** Kanji proper, which every text must have a reading for (the corpus test). */
export const KANJI = /[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff々]/u;

export const isKanjiLike = (ch: string): boolean => KANJI_LIKE.test(ch);
export const hasKanji = (text: string): boolean => KANJI.test(text);

/** Katakana to hiragana (ァ–ヶ less ヵヶ, which are counters, not syllables here); the rest unchanged. */
export function toHiragana(text: string): string {
  return text.replace(/[\u30a1-\u30f4\u30fd\u30fe]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) - 0x60));
}

/** A word cut into alternating runs of kanji and of everything else. */
export function runs(word: string): { text: string; kanji: boolean }[] {
  const out: { text: string; kanji: boolean }[] = [];
  for (const ch of word) {
    const kanji = isKanjiLike(ch);
    const last = out[out.length - 1];
    if (last && last.kanji === kanji) last.text += ch;
    else out.push({ text: ch, kanji });
  }
  return out;
}

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * The reading of each kanji run of `word`, found by matching the word's kana against the whole
 * reading (取り組み + とりくみ → と, く), or undefined when the kana do not line up (then the
 * reading goes over the whole word).
 */
export function alignReading(word: string, reading: string): Segment[] | undefined {
  const parts = runs(word);
  const pattern = parts.map((p) => (p.kanji ? '(.+?)' : `(${escapeRegExp(toHiragana(p.text))})`)).join('');
  const match = new RegExp(`^${pattern}$`, 'u').exec(toHiragana(reading));
  if (!match) return undefined;
  return parts.map((p, i) => (p.kanji ? { text: p.text, ruby: match[i + 1]! } : { text: p.text }));
}

/**
 * A word's reading as the dictionary stores it: the kanji runs' readings separated by spaces when
 * they align (the word itself says where the kana are), else `=` and the reading of the whole word.
 */
export function encodeReading(word: string, reading: string): string {
  const aligned = alignReading(word, reading);
  if (!aligned) return `=${reading}`;
  return aligned.filter((s) => s.ruby !== undefined).map((s) => s.ruby).join(' ');
}

/** The segments of a dictionary word (`encodeReading` undone). */
export function decodeReading(word: string, value: string): Segment[] {
  if (value.startsWith('=')) return [{ text: word, ruby: value.slice(1) }];
  const readings = value.split(' ');
  const parts = runs(word);
  if (parts.filter((p) => p.kanji).length !== readings.length) return [{ text: word, ruby: readings.join('') }];
  let next = 0;
  return parts.map((p) => (p.kanji ? { text: p.text, ruby: readings[next++]! } : { text: p.text }));
}

/** A dictionary ready for lookups. */
export interface Readings {
  words: Map<string, string>;
  longest: number;
}

export function readingsFrom(file: ReadingsFile): Readings {
  return { words: new Map(Object.entries(file.words)), longest: file.longest };
}

/** What a kanji left without a reading costs, against 1 per word: coverage first, then fewer words. */
const UNREAD = 1000;

/**
 * Cuts `text` into plain and ruby segments: of all the ways to cover it with dictionary words
 * (each starting at a kanji), the one that leaves the fewest kanji without a reading, then the
 * one with the fewest, so longest, words. Plain longest-match would read 保育所管理 as
 * 保育/所管/理 and leave 理 bare; this finds 保育/所/管理. Adjacent plain pieces are merged, so a
 * text without kanji is one plain segment.
 */
export function segmentText(text: string, readings: Readings): Segment[] {
  const n = text.length;
  // cost[i]: the best cost of text[i..]; step[i]: the length of the word taken at i (0: plain).
  const cost = new Float64Array(n + 1);
  const step = new Uint16Array(n + 1);
  for (let i = n - 1; i >= 0; i--) {
    const ch = text[i]!;
    const kanji = isKanjiLike(ch);
    // A bare ヶ or 〆 costs as much as a word, so ヶ月 is read as one word rather than ヶ + 月.
    cost[i] = cost[i + 1]! + (!kanji ? 0 : KANJI.test(ch) ? UNREAD : 1);
    step[i] = 0;
    if (!kanji) continue;
    for (let len = Math.min(readings.longest, n - i); len > 0; len--) {
      if (!readings.words.has(text.slice(i, i + len))) continue;
      const c = 1 + cost[i + len]!;
      if (c < cost[i]!) {
        cost[i] = c;
        step[i] = len;
      }
    }
  }
  const out: Segment[] = [];
  const plain = (s: string) => {
    const last = out[out.length - 1];
    if (last && last.ruby === undefined) last.text += s;
    else out.push({ text: s });
  };
  for (let i = 0; i < n; ) {
    const len = step[i]!;
    if (!len) {
      plain(text[i]!);
      i++;
      continue;
    }
    const word = text.slice(i, i + len);
    for (const s of decodeReading(word, readings.words.get(word)!)) {
      if (s.ruby === undefined) plain(s.text);
      else out.push(s);
    }
    i += len;
  }
  return out;
}

/** The kanji of `text` that `segmentText` leaves without a reading (what the corpus test reports). */
export function unreadKanji(text: string, readings: Readings): string[] {
  return segmentText(text, readings)
    .filter((s) => s.ruby === undefined)
    .flatMap((s) => [...s.text].filter((ch) => KANJI.test(ch)));
}
