/**
 * A search index over one dataset's pledges: which pledges contain every query term, answered
 * with one `indexOf` per term on one folded string per pledge instead of folding and scanning
 * every field of every pledge on every keystroke (10,000 pledges in under 16 ms). Where a pledge
 * matched (field kinds, highlight ranges) is left to `searchPledge`, which the list runs only for
 * the rows it renders.
 *
 * The index is a value: `createSearchIndex(pledges)` makes one, whoever holds it searches it,
 * and it is dropped with its dataset. It builds itself lazily (in idle slices, or at once when a
 * query needs it), so creating one costs nothing.
 *
 * Results are exactly `searchPledge(p, terms) !== null`: a term counts only where it starts and
 * ends on whole original characters (so `か` does not match the first half of `ガ`, which folds
 * to `か` + U+3099). Each pledge keeps the positions of the folded units that continue an
 * original character, and a raw `indexOf` hit is checked against them.
 */
import type { Pledge } from './schema';
import { foldChar, type Folded, fold } from './normalize';
import { pledgeFields } from './search';

/**
 * Joins the folded fields. Query terms never contain whitespace (`queryTerms` splits on it), so
 * no term can match across two fields.
 */
const FIELD_SEPARATOR = 0x0a;

export interface IndexEntry {
  /** Every searchable field, folded, joined by the separator. */
  text: string;
  /** Ascending positions in `text` of units that are not the first unit of their original character; null when none. */
  cont: Uint32Array | null;
}

export interface SearchIndex {
  readonly pledges: readonly Pledge[];
  /**
   * Builds part of the index until `timeLeft()` says stop; true once it is complete. The list
   * page calls it while the browser is idle, so the first keystroke does not wait for a whole
   * index of 10,000 pledges (seconds on a phone) and no frame waits for more than a slice.
   */
  buildSlice(timeLeft: () => number): boolean;
  /**
   * For each pledge (by position), 1 when it contains every folded term; no terms: every pledge.
   * The array may be the one returned for the same terms before: do not modify it.
   */
  hits(terms: readonly string[]): Uint8Array;
  /** The folded form of a pledge text, remembered (the texts are immutable and repeat per keystroke). */
  fold(text: string): Folded;
  /** The finished entries, one per pledge (builds what is missing). */
  entries(): readonly IndexEntry[];
}

/** Buckets of the pair filter: 2,048 bitsets are 2.5 MB at 10,000 pledges. */
const PAIR_BITS = 11;
const pairBucket = (a: number, b: number) => Math.imul((a << 16) | b, 0x9e3779b1) >>> (32 - PAIR_BITS);

const MISSING = 0;
const RAW = 1;
const CLEAN = 2;

/** Whether `pos` is in the ascending list (binary search). */
function contains(sorted: Uint32Array, pos: number): boolean {
  let lo = 0;
  let hi = sorted.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    const v = sorted[mid]!;
    if (v === pos) return true;
    if (v < pos) lo = mid + 1;
    else hi = mid - 1;
  }
  return false;
}

/** MISSING: the term is nowhere, not even mid-character; RAW: only mid-character; CLEAN: a real match. */
function findTerm(e: IndexEntry, term: string): number {
  let at = e.text.indexOf(term);
  if (at === -1) return MISSING;
  if (!e.cont) return CLEAN;
  while (at !== -1) {
    if (!contains(e.cont, at) && !contains(e.cont, at + term.length)) return CLEAN;
    at = e.text.indexOf(term, at + 1);
  }
  return RAW;
}

const narrows = (prev: readonly string[], next: readonly string[]) => prev.every((p) => next.some((n) => n.includes(p)));

/**
 * Folds pledges into index entries. Its tables (the folded form of each BMP code unit met so
 * far, and the buffer a pledge is folded into) are allocated on first use: a table lookup per
 * character instead of a Map lookup keeps folding millions of characters short.
 */
function createEntryFolder() {
  let bmpFolds: (string | undefined)[] | undefined;
  let buffer = new Uint16Array(1 << 12);
  const foldUnit = (code: number): string => {
    bmpFolds ??= new Array<string | undefined>(0x10000).fill(undefined);
    let f = bmpFolds[code];
    if (f === undefined) {
      f = foldChar(String.fromCharCode(code));
      bmpFolds[code] = f;
    }
    return f;
  };
  const push = (length: number, code: number) => {
    if (length === buffer.length) {
      const bigger = new Uint16Array(buffer.length * 2);
      bigger.set(buffer);
      buffer = bigger;
    }
    buffer[length] = code;
  };
  /** The first `length` units of the buffer as a string (in slices: `apply` limits its arguments). */
  const bufferText = (length: number) => {
    let out = '';
    for (let at = 0; at < length; at += 8192) out += String.fromCharCode.apply(null, buffer.subarray(at, Math.min(length, at + 8192)) as unknown as number[]);
    return out;
  };

  /** Folds every field of `p`; `addSingle` hears each character that folds to one unit. */
  return (p: Pledge, addSingle: (code: number) => void): IndexEntry => {
    const cont: number[] = [];
    let length = 0;
    let first = true;
    for (const field of pledgeFields(p)) {
      if (!first) push(length++, FIELD_SEPARATOR);
      first = false;
      const text = field.text;
      for (let i = 0; i < text.length; i++) {
        const code = text.charCodeAt(i);
        // Most of a Japanese text: unified ideographs and ASCII other than capitals fold to
        // themselves (no NFKD decomposition, no case, no kana), so skip the lookup.
        if ((code >= 0x4e00 && code <= 0x9fff) || (code < 0x80 && (code < 0x41 || code > 0x5a))) {
          addSingle(code);
          push(length++, code);
          continue;
        }
        let f: string;
        if (code >= 0xd800 && code <= 0xdbff && i + 1 < text.length) {
          // A surrogate pair is one character, folded whole, as `fold` does.
          f = foldChar(String.fromCodePoint(text.codePointAt(i)!));
          i += 1;
        } else {
          f = foldUnit(code);
        }
        if (f.length === 1) {
          const unit = f.charCodeAt(0);
          addSingle(unit);
          push(length++, unit);
        } else {
          for (let k = 0; k < f.length; k++) {
            if (k > 0) cont.push(length);
            push(length++, f.charCodeAt(k));
          }
        }
      }
    }
    return { text: bufferText(length), cont: cont.length > 0 ? Uint32Array.from(cont) : null };
  };
}

export function createSearchIndex(pledges: readonly Pledge[]): SearchIndex {
  const n = pledges.length;
  const words = (n + 31) >>> 5;
  const entries: IndexEntry[] = [];
  const folded = new Map<string, Folded>();
  // Allocated when the first pledge is indexed: a list page that is never searched pays nothing.
  let tables:
    | {
        /**
         * For each folded UTF-16 unit, a bitset of the pledges whose text has it (bit i of word
         * i>>5). A term can only occur in pledges that have all of its units: ANDing a few bitsets
         * rules out most pledges without scanning their text.
         */
        units: (Uint32Array | undefined)[];
        /**
         * The same for pairs of adjacent units, hashed into buckets (a collision only keeps a
         * pledge as a candidate, never drops one): a term like `sn` or `地域` has common units
         * but rarely both in a row.
         */
        pairs: (Uint32Array | undefined)[];
        /**
         * For each unit, the pledges with a character that folds to exactly that one unit: a
         * one-unit term matches those (cleanly) and no others, so the first keystroke of a query,
         * which would otherwise scan nearly every pledge, is answered from bitsets alone.
         */
        singles: (Uint32Array | undefined)[];
        foldEntry: ReturnType<typeof createEntryFolder>;
      }
    | undefined;
  /**
   * The last query's answer. `raw` holds the pledges where every term occurs at least
   * mid-character: that set can only shrink when each old term is a substring of some new term
   * (typing on), so the next query scans only it. The clean set cannot be reused that way (`か`
   * is not a clean match in `が`, but `が` is), hence the two sets.
   */
  let last: { terms: readonly string[]; raw: Uint32Array; hits: Uint8Array } | null = null;

  const add = (i: number) => {
    tables ??= {
      units: new Array<Uint32Array | undefined>(0x10000).fill(undefined),
      pairs: new Array<Uint32Array | undefined>(1 << PAIR_BITS).fill(undefined),
      singles: new Array<Uint32Array | undefined>(0x10000).fill(undefined),
      foldEntry: createEntryFolder(),
    };
    const { units, pairs, singles } = tables;
    const word = i >>> 5;
    const bit = 1 << (i & 31);
    const entry = tables.foldEntry(pledges[i]!, (code) => ((singles[code] ??= new Uint32Array(words))[word]! |= bit));
    entries.push(entry);
    const text = entry.text;
    let prev = -1;
    for (let k = 0; k < text.length; k++) {
      const code = text.charCodeAt(k);
      (units[code] ??= new Uint32Array(words))[word]! |= bit;
      // Pairs across the separator are harmless: they only keep more candidates.
      if (prev !== -1) (pairs[pairBucket(prev, code)] ??= new Uint32Array(words))[word]! |= bit;
      prev = code;
    }
  };

  const buildSlice = (timeLeft: () => number): boolean => {
    // A slice of up to 16 pledges per call even with no time left, so it always progresses; the
    // clock is read between slices.
    do for (let k = 0; k < 16 && entries.length < n; k++) add(entries.length);
    while (entries.length < n && timeLeft() > 1);
    return entries.length === n;
  };
  const complete = () => {
    if (entries.length < n) buildSlice(() => Infinity);
    return tables;
  };

  /** `hits` for terms of one unit each, from the bitsets alone (see `singles`). */
  const singleUnitHits = (terms: readonly string[]): Uint8Array => {
    const t = complete();
    const raw = new Uint32Array(words).fill(0xffffffff);
    const clean = new Uint32Array(words).fill(0xffffffff);
    const and = (into: Uint32Array, set: Uint32Array | undefined) => {
      for (let w = 0; w < words; w++) into[w]! &= set ? set[w]! : 0;
    };
    for (const term of terms) {
      and(raw, t?.units[term.charCodeAt(0)]);
      and(clean, t?.singles[term.charCodeAt(0)]);
    }
    const hits = new Uint8Array(n);
    const rawList: number[] = [];
    for (let i = 0; i < n; i++) {
      const bit = 1 << (i & 31);
      if (raw[i >>> 5]! & bit) rawList.push(i);
      if (clean[i >>> 5]! & bit) hits[i] = 1;
    }
    last = { terms: [...terms], raw: Uint32Array.from(rawList), hits };
    return hits;
  };

  const hits = (terms: readonly string[]): Uint8Array => {
    // No query needs no index: the list's first render does not wait for one to be built.
    if (terms.length === 0) return new Uint8Array(n).fill(1);
    if (last && last.terms.length === terms.length && last.terms.every((t, i) => t === terms[i])) return last.hits;
    if (terms.every((t) => t.length === 1)) return singleUnitHits(terms);
    const t = complete();
    const from = last && narrows(last.terms, terms) ? last.raw : null;
    const raw: number[] = [];
    const out = new Uint8Array(n);
    const scan = (i: number) => {
      const e = entries[i]!;
      let clean = true;
      for (const term of terms) {
        const found = findTerm(e, term);
        if (found === MISSING) return;
        if (found === RAW) clean = false;
      }
      raw.push(i);
      if (clean) out[i] = 1;
    };
    // Only pledges that have every unit and every adjacent pair of every term can match; when
    // typing on, only those that matched the shorter query too.
    const candidates = new Uint32Array(words);
    if (from) for (const i of from) candidates[i >>> 5]! |= 1 << (i & 31);
    else candidates.fill(0xffffffff);
    const narrow = (set: Uint32Array | undefined) => {
      if (!set) return false;
      for (let w = 0; w < candidates.length; w++) candidates[w]! &= set[w]!;
      return true;
    };
    for (const term of terms)
      for (let k = 0; k < term.length; k++) {
        const code = term.charCodeAt(k);
        const present = narrow(t?.units[code]) && (k === 0 || narrow(t?.pairs[pairBucket(term.charCodeAt(k - 1), code)]));
        if (!present) candidates.fill(0);
      }
    for (let w = 0; w < candidates.length; w++) {
      let bits = candidates[w]!;
      while (bits !== 0) {
        const low = bits & -bits;
        const i = (w << 5) + 31 - Math.clz32(low);
        if (i < n) scan(i);
        bits ^= low;
      }
    }
    last = { terms: [...terms], raw: Uint32Array.from(raw), hits: out };
    return out;
  };

  return {
    pledges,
    buildSlice,
    hits,
    fold(text) {
      let f = folded.get(text);
      if (!f) {
        f = fold(text);
        folded.set(text, f);
      }
      return f;
    },
    entries() {
      complete();
      return entries;
    },
  };
}
