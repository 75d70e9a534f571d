/**
 * Folding for search: compatibility decomposition (the NFKC/NFKD equivalence, so `ＡＬＴ` = `ALT`,
 * `１万円` = `1万円`, `ｶﾞ` = `ガ`), lower case, and katakana → hiragana.
 *
 * Each code point is folded on its own so every folded unit remembers where it came from in the
 * original text; that is what lets a match be highlighted in the text as printed. Decomposing
 * (NFKD) rather than composing keeps per-character folding equal to whole-string folding: `ガ`
 * and `ｶﾞ` both become `か` + U+3099.
 */

export interface Folded {
  /** The folded text. */
  text: string;
  /** For each UTF-16 unit of `text`, the start offset of the original character it came from. */
  starts: number[];
  /** For each UTF-16 unit of `text`, the end offset of the original character it came from. */
  ends: number[];
}

const KATA_FIRST = 0x30a1; // ァ
const KATA_LAST = 0x30f6; // ヶ
const KATA_ITER_FIRST = 0x30fd; // ヽ
const KATA_ITER_LAST = 0x30fe; // ヾ
const KATA_TO_HIRA = 0x60;

function foldKana(s: string): string {
  let out = '';
  for (const ch of s) {
    const cp = ch.codePointAt(0)!;
    const isKana = (cp >= KATA_FIRST && cp <= KATA_LAST) || (cp >= KATA_ITER_FIRST && cp <= KATA_ITER_LAST);
    out += isKana ? String.fromCodePoint(cp - KATA_TO_HIRA) : ch;
  }
  return out;
}

// Texts repeat few distinct characters; remembering each one's folding spares a `normalize`
// call per character when a whole dataset is folded for the search index.
const charFolds = new Map<string, string>();

/** Folds one character (code point) the way `fold` folds each character of a text. */
export function foldChar(ch: string): string {
  let f = charFolds.get(ch);
  if (f === undefined) {
    f = foldKana(ch.normalize('NFKD').toLowerCase());
    charFolds.set(ch, f);
  }
  return f;
}

export function fold(text: string): Folded {
  let folded = '';
  const starts: number[] = [];
  const ends: number[] = [];
  let index = 0;
  for (const ch of text) {
    const f = foldChar(ch);
    const end = index + ch.length;
    for (let i = 0; i < f.length; i++) {
      starts.push(index);
      ends.push(end);
    }
    folded += f;
    index = end;
  }
  return { text: folded, starts, ends };
}

/** Folded search terms: whitespace (including the ideographic space) separates terms. */
export function queryTerms(query: string): string[] {
  return fold(query)
    .text.split(/\s+/u)
    .filter((term) => term.length > 0);
}
