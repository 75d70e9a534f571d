/**
 * Readable diffs of Japanese text, and of sections made of items (`string[]`).
 *
 * Japanese puts no spaces between words, so the diff works on characters (code points, so a
 * surrogate pair is never split): Myers' O(ND) shortest edit script, then a clean-up that makes
 * the result read as a few changed phrases: short equalities between edits are folded into the
 * edits, a change that cuts into a number or a kanji/katakana/latin word takes the whole word,
 * and a pure insertion or deletion slides to the nearest punctuation or script boundary.
 *
 * Cost is bounded: past `maxEdits` edits or `maxLength` code points the answer is "the whole text
 * was replaced" (the common start and end still shown as unchanged), which is also what a reader
 * would want from two texts that differ that much.
 */

export type DiffKind = 'same' | 'added' | 'removed';

/** A run of text; `same + removed` spell the old text, `same + added` the new one. */
export interface DiffSegment {
  kind: DiffKind;
  text: string;
}

export interface DiffOptions {
  /** Most edits (inserted plus deleted code points) worked out; beyond it, whole text replaced. */
  maxEdits?: number;
  /** Longest text (code points, after the common start and end) diffed character by character. */
  maxLength?: number;
}

/**
 * 1,000 edits bound the search to about half a million steps and 4 MB of trace, whatever the
 * lengths; two texts that far apart read better as a rewrite than as an edit anyway.
 */
export const DEFAULT_MAX_EDITS = 1000;
export const DEFAULT_MAX_LENGTH = 10000;

type Op = { kind: DiffKind; count: number };

/**
 * Myers' greedy shortest edit script between two sequences of symbols, as runs in order; null
 * when more than `maxD` edits are needed. Keeps one snapshot of the frontier per step (O(D²)
 * memory) to walk back the path. Symbols are integers so the inner loop compares numbers.
 */
function editScript(a: Int32Array, b: Int32Array, maxD: number): Op[] | null {
  const n = a.length;
  const m = b.length;
  const max = Math.min(n + m, maxD);
  const off = max + 1;
  const v = new Int32Array(2 * max + 3);
  const trace: Int32Array[] = [];
  for (let d = 0; d <= max; d++) {
    for (let k = -d; k <= d; k += 2) {
      const down = k === -d || (k !== d && v[off + k - 1]! < v[off + k + 1]!);
      let x = down ? v[off + k + 1]! : v[off + k - 1]! + 1;
      let y = x - k;
      while (x < n && y < m && a[x] === b[y]) {
        x++;
        y++;
      }
      v[off + k] = x;
      if (x >= n && y >= m) return walkBack(trace, d, n, m);
    }
    trace.push(v.slice(off - d, off + d + 1));
  }
  return null;
}

function walkBack(trace: Int32Array[], dEnd: number, n: number, m: number): Op[] {
  const reversed: Op[] = [];
  const push = (kind: DiffKind, count: number) => {
    if (count === 0) return;
    const last = reversed[reversed.length - 1];
    if (last && last.kind === kind) last.count += count;
    else reversed.push({ kind, count });
  };
  let x = n;
  let y = m;
  for (let d = dEnd; d > 0; d--) {
    const prev = trace[d - 1]!;
    const at = (k: number) => prev[k + d - 1]!;
    const k = x - y;
    const down = k === -d || (k !== d && at(k - 1) < at(k + 1));
    const prevK = down ? k + 1 : k - 1;
    const prevX = at(prevK);
    const startX = down ? prevX : prevX + 1;
    push('same', x - startX);
    push(down ? 'added' : 'removed', 1);
    x = prevX;
    y = prevX - prevK;
  }
  push('same', x);
  return reversed.reverse();
}

// ---------------------------------------------------------------------------------------------
// Character classes used to judge where a phrase starts and ends.

type CharClass = 'han' | 'katakana' | 'hiragana' | 'number' | 'latin' | 'sentence-end' | 'clause' | 'open' | 'close' | 'space' | 'other';

const RE = {
  han: /[\p{Script=Han}々〆ヶ]/u,
  katakana: /[\p{Script=Katakana}ーｰ]/u,
  hiragana: /\p{Script=Hiragana}/u,
  number: /[0-9０-９.,．，]/u,
  latin: /[A-Za-zＡ-Ｚａ-ｚ]/u,
  sentenceEnd: /[。．！？!?\n]/u,
  clause: /[、，,・：:；;]/u,
  open: /[「『（(【［[〈《〔｛{“‘]/u,
  close: /[」』）)】］\]〉》〕｝}”’]/u,
  space: /\s/u,
};

function classOf(ch: string): CharClass {
  if (RE.han.test(ch)) return 'han';
  if (RE.katakana.test(ch)) return 'katakana';
  if (RE.hiragana.test(ch)) return 'hiragana';
  if (RE.number.test(ch)) return 'number';
  if (RE.latin.test(ch)) return 'latin';
  if (RE.sentenceEnd.test(ch)) return 'sentence-end';
  if (RE.clause.test(ch)) return 'clause';
  if (RE.open.test(ch)) return 'open';
  if (RE.close.test(ch)) return 'close';
  if (RE.space.test(ch)) return 'space';
  return 'other';
}

/**
 * How good a place the gap between `left` and `right` is for a change to start or end (higher is
 * better); undefined stands for the start or end of the text.
 */
function boundaryScore(left: string | undefined, right: string | undefined): number {
  if (left === undefined || right === undefined) return 6;
  const a = classOf(left);
  const b = classOf(right);
  if (a === 'sentence-end') return 5;
  if (a === 'clause' || a === 'close' || b === 'open' || a === 'space' || b === 'space') return 4;
  if (b === 'sentence-end' || b === 'clause' || b === 'close') return 3;
  if (a !== b) return 2;
  return 0;
}

// ---------------------------------------------------------------------------------------------
// Clean-up, on segments whose text is an array of code points.

type Seg = { kind: DiffKind; chars: string[] };

/** Adjacent runs of one kind merged, each run of edits as removed-then-added, no empty runs. */
function normalise(segs: Seg[]): Seg[] {
  const out: Seg[] = [];
  let removed: string[] = [];
  let added: string[] = [];
  const flush = () => {
    if (removed.length) out.push({ kind: 'removed', chars: removed });
    if (added.length) out.push({ kind: 'added', chars: added });
    removed = [];
    added = [];
  };
  for (const s of segs) {
    if (s.kind === 'removed') removed = removed.concat(s.chars);
    else if (s.kind === 'added') added = added.concat(s.chars);
    else if (s.chars.length) {
      flush();
      const last = out[out.length - 1];
      if (last && last.kind === 'same') last.chars = last.chars.concat(s.chars);
      else out.push({ kind: 'same', chars: s.chars.slice() });
    }
  }
  flush();
  return out;
}

/** The edits between two equalities: indexes [start, end) and how much each side changes. */
interface EditRun {
  start: number;
  end: number;
  removed: number;
  added: number;
}

function editRuns(segs: Seg[]): EditRun[] {
  const runs: EditRun[] = [];
  let i = 0;
  while (i < segs.length) {
    if (segs[i]!.kind === 'same') {
      i++;
      continue;
    }
    const run: EditRun = { start: i, end: i, removed: 0, added: 0 };
    while (i < segs.length && segs[i]!.kind !== 'same') {
      if (segs[i]!.kind === 'removed') run.removed += segs[i]!.chars.length;
      else run.added += segs[i]!.chars.length;
      i++;
    }
    run.end = i;
    runs.push(run);
  }
  return runs;
}

/**
 * Folds an equality into the edits around it when it is no longer than the larger side of the
 * edits on each side (diff-match-patch's semantic rule): "令和[6→7]年度" keeps its equality, but
 * three shared kana scattered through a rewritten sentence do not survive as confetti.
 */
function foldShortEqualities(input: Seg[]): Seg[] {
  let segs = normalise(input);
  for (;;) {
    const runs = editRuns(segs);
    let folded = false;
    for (let r = 0; r + 1 < runs.length; r++) {
      const left = runs[r]!;
      const right = runs[r + 1]!;
      if (right.start !== left.end + 1) continue;
      const eq = segs[left.end]!;
      const len = eq.chars.length;
      if (len <= Math.max(left.removed, left.added) && len <= Math.max(right.removed, right.added)) {
        segs = normalise([...segs.slice(0, left.end), { kind: 'removed', chars: eq.chars }, { kind: 'added', chars: eq.chars }, ...segs.slice(left.end + 1)]);
        folded = true;
        break;
      }
    }
    if (!folded) return segs;
  }
}

/**
 * Most characters a change takes from a word it cuts into. Kanji runs are compounds of short
 * words with no marked boundary, so only a remnant of one or two is taken ("検[討→証]" becomes
 * "[検討→検証]", but "市民会館[大→小]ホール" stays as it is); a number, a loanword or a latin
 * word is taken whole.
 */
const MAX_STRETCH: Partial<Record<CharClass, number>> = { han: 2, katakana: 8, number: 12, latin: 12 };

type Piece = { kind: 'same'; chars: string[] } | { kind: 'edit'; removed: string[]; added: string[] };

function toPieces(segs: Seg[]): Piece[] {
  const pieces: Piece[] = [];
  for (const s of normalise(segs)) {
    const last = pieces[pieces.length - 1];
    if (s.kind === 'same') pieces.push({ kind: 'same', chars: s.chars.slice() });
    else if (last?.kind === 'edit') last[s.kind].push(...s.chars);
    else pieces.push(s.kind === 'removed' ? { kind: 'edit', removed: s.chars.slice(), added: [] } : { kind: 'edit', removed: [], added: s.chars.slice() });
  }
  return pieces;
}

const fromPieces = (pieces: Piece[]): Seg[] =>
  normalise(
    pieces.flatMap((p): Seg[] =>
      p.kind === 'same'
        ? [p]
        : [
            { kind: 'removed', chars: p.removed },
            { kind: 'added', chars: p.added },
          ],
    ),
  );

/** How many characters of `cls` end (`fromEnd`) or start `chars`; null past the class's stretch limit. */
function wordRun(chars: string[], cls: CharClass, fromEnd: boolean): number | null {
  const limit = MAX_STRETCH[cls] ?? 0;
  let n = 0;
  while (n < chars.length && classOf(chars[fromEnd ? chars.length - 1 - n : n]!) === cls) {
    n++;
    if (n > limit) return null;
  }
  return n;
}

/**
 * A replacement (or any change to a number) that starts or ends inside a word takes the whole
 * word: "[20→25]日" rather than "2[0→5]日", "[スポットワーク→スキマワーク]" rather than
 * "ス[ポット→キマ]ワーク".
 */
function stretchToWords(segs: Seg[]): Seg[] {
  const pieces = toPieces(segs);
  pieces.forEach((p, i) => {
    if (p.kind !== 'edit') return;
    const sides = [p.removed, p.added].filter((s) => s.length > 0);
    const stretchable = (cls: CharClass) => cls in MAX_STRETCH && (sides.length === 2 || cls === 'number');
    const before = pieces[i - 1];
    if (before?.kind === 'same' && before.chars.length) {
      const cls = classOf(before.chars[before.chars.length - 1]!);
      const take = stretchable(cls) && sides.every((s) => classOf(s[0]!) === cls) ? wordRun(before.chars, cls, true) : null;
      if (take) {
        const moved = before.chars.splice(before.chars.length - take, take);
        p.removed.unshift(...moved);
        p.added.unshift(...moved);
      }
    }
    const after = pieces[i + 1];
    if (after?.kind === 'same' && after.chars.length) {
      const cls = classOf(after.chars[0]!);
      const take = stretchable(cls) && sides.every((s) => classOf(s[s.length - 1]!) === cls) ? wordRun(after.chars, cls, false) : null;
      if (take) {
        const moved = after.chars.splice(0, take);
        p.removed.push(...moved);
        p.added.push(...moved);
      }
    }
  });
  return fromPieces(pieces);
}

const PUNCTUATION = new Set<CharClass>(['sentence-end', 'clause', 'close']);

/**
 * Two different phrases that happen to end in the same kana leave it stranded before the
 * punctuation ("[進めてい→検討す]る。"); a replacement takes such a lone kana, so that the change
 * ends where the clause does ("[進めている→検討する]。").
 */
function takeStrandedKana(segs: Seg[]): Seg[] {
  const pieces = toPieces(segs);
  pieces.forEach((p, i) => {
    const after = pieces[i + 1];
    if (p.kind !== 'edit' || !p.removed.length || !p.added.length || after?.kind !== 'same') return;
    const [kana, next] = after.chars;
    if (kana === undefined || classOf(kana) !== 'hiragana' || (next !== undefined && !PUNCTUATION.has(classOf(next)))) return;
    after.chars.shift();
    p.removed.push(kana);
    p.added.push(kana);
  });
  return fromPieces(pieces);
}

/**
 * A lone insertion or deletion between two equalities can often sit in several places with the
 * same meaning ("実施した[。検討した]。" / "実施した。[検討した。]"); slide it to where its ends fall
 * on the best boundaries (diff-match-patch's lossless shift, scored for Japanese punctuation).
 */
function slideToBoundaries(input: Seg[]): Seg[] {
  const segs = normalise(input);
  for (let i = 1; i + 1 < segs.length; i++) {
    const prev = segs[i - 1]!;
    const edit = segs[i]!;
    const next = segs[i + 1]!;
    if (prev.kind !== 'same' || next.kind !== 'same' || edit.kind === 'same') continue;
    // Text is prev + edit + next; the edit is a window of fixed length sliding over it.
    const all = [...prev.chars, ...edit.chars, ...next.chars];
    const len = edit.chars.length;
    let lo = prev.chars.length;
    while (lo > 0 && all[lo - 1] === all[lo - 1 + len]) lo--;
    let hi = prev.chars.length;
    while (hi + len < all.length && all[hi] === all[hi + len]) hi++;
    let best = prev.chars.length;
    let bestScore = -1;
    for (let p = lo; p <= hi; p++) {
      const score = boundaryScore(all[p - 1], all[p]) + boundaryScore(all[p + len - 1], all[p + len]);
      if (score > bestScore || (score === bestScore && p === prev.chars.length)) {
        best = p;
        bestScore = score;
      }
    }
    prev.chars = all.slice(0, best);
    edit.chars = all.slice(best, best + len);
    next.chars = all.slice(best + len);
  }
  return normalise(segs);
}

// ---------------------------------------------------------------------------------------------

/** Code points as numbers, for the edit search. */
const codes = (chars: readonly string[]): Int32Array => Int32Array.from(chars, (ch) => ch.codePointAt(0)!);

/** Items as numbers, equal items with equal numbers. */
function interned(before: readonly string[], after: readonly string[]): [Int32Array, Int32Array] {
  const ids = new Map<string, number>();
  const id = (s: string) => {
    let n = ids.get(s);
    if (n === undefined) ids.set(s, (n = ids.size));
    return n;
  };
  return [Int32Array.from(before, id), Int32Array.from(after, id)];
}

const toSegments = (segs: Seg[]): DiffSegment[] => segs.filter((s) => s.chars.length).map((s) => ({ kind: s.kind, text: s.chars.join('') }));

/** Common start and end of two code point arrays, never overlapping. */
function commonEnds(a: string[], b: string[]): { prefix: number; suffix: number } {
  const limit = Math.min(a.length, b.length);
  let prefix = 0;
  while (prefix < limit && a[prefix] === b[prefix]) prefix++;
  let suffix = 0;
  while (suffix < limit - prefix && a[a.length - 1 - suffix] === b[b.length - 1 - suffix]) suffix++;
  return { prefix, suffix };
}

/**
 * The character diff of two texts, cleaned up to read as changed phrases. Equal texts give one
 * `same` segment (none for two empty texts); a removal always comes before the addition that
 * replaces it.
 */
export function diffText(before: string, after: string, options: DiffOptions = {}): DiffSegment[] {
  if (before === after) return before ? [{ kind: 'same', text: before }] : [];
  const maxEdits = options.maxEdits ?? DEFAULT_MAX_EDITS;
  const maxLength = options.maxLength ?? DEFAULT_MAX_LENGTH;
  const a = Array.from(before);
  const b = Array.from(after);
  const { prefix, suffix } = commonEnds(a, b);
  const midA = a.slice(prefix, a.length - suffix);
  const midB = b.slice(prefix, b.length - suffix);
  const head: Seg = { kind: 'same', chars: a.slice(0, prefix) };
  const tail: Seg = { kind: 'same', chars: a.slice(a.length - suffix) };
  const replaced = (): Seg[] => [head, { kind: 'removed', chars: midA }, { kind: 'added', chars: midB }, tail];

  let segs: Seg[];
  const ops = midA.length > maxLength || midB.length > maxLength ? null : editScript(codes(midA), codes(midB), maxEdits);
  if (!ops) segs = replaced();
  else {
    segs = [head];
    let i = 0;
    let j = 0;
    for (const op of ops) {
      if (op.kind === 'same') {
        segs.push({ kind: 'same', chars: midA.slice(i, i + op.count) });
        i += op.count;
        j += op.count;
      } else if (op.kind === 'removed') {
        segs.push({ kind: 'removed', chars: midA.slice(i, i + op.count) });
        i += op.count;
      } else {
        segs.push({ kind: 'added', chars: midB.slice(j, j + op.count) });
        j += op.count;
      }
    }
    segs.push(tail);
  }
  return toSegments(slideToBoundaries(takeStrandedKana(stretchToWords(foldShortEqualities(segs)))));
}

/** Text as it was: the `same` and `removed` segments. */
export const textBefore = (segments: readonly DiffSegment[]): string =>
  segments
    .filter((s) => s.kind !== 'added')
    .map((s) => s.text)
    .join('');

/** Text as it is now: the `same` and `added` segments. */
export const textAfter = (segments: readonly DiffSegment[]): string =>
  segments
    .filter((s) => s.kind !== 'removed')
    .map((s) => s.text)
    .join('');

/** How many characters two texts have in common, order aside: a cheap ceiling on their common subsequence. */
function sharedChars(a: readonly string[], b: readonly string[]): number {
  const counts = new Map<string, number>();
  for (const ch of a) counts.set(ch, (counts.get(ch) ?? 0) + 1);
  let shared = 0;
  for (const ch of b) {
    const n = counts.get(ch);
    if (n) {
      shared++;
      counts.set(ch, n - 1);
    }
  }
  return shared;
}

/**
 * How alike two texts are, 0–1: twice the longest common subsequence over both lengths. Texts
 * less alike than `atLeast` get 0 without the full work (the edit search stops early).
 */
export function similarity(before: string, after: string, atLeast = 0, options: DiffOptions = {}): number {
  if (before === after) return 1;
  const a = Array.from(before);
  const b = Array.from(after);
  const total = a.length + b.length;
  const { prefix, suffix } = commonEnds(a, b);
  const midA = a.slice(prefix, a.length - suffix);
  const midB = b.slice(prefix, b.length - suffix);
  const maxLength = options.maxLength ?? DEFAULT_MAX_LENGTH;
  if (midA.length > maxLength || midB.length > maxLength) return 0;
  if (atLeast > 0 && (2 * (prefix + suffix + sharedChars(midA, midB))) / total < atLeast) return 0;
  // similarity = 1 - D / total, so a floor on similarity is a ceiling on D.
  const maxD = Math.min(options.maxEdits ?? DEFAULT_MAX_EDITS, Math.floor((1 - atLeast) * total));
  const ops = editScript(codes(midA), codes(midB), maxD);
  if (!ops) return 0;
  const edits = ops.reduce((sum, op) => (op.kind === 'same' ? sum : sum + op.count), 0);
  return 1 - edits / total;
}

// ---------------------------------------------------------------------------------------------
// Sections: lists of items.

export type ItemDiff =
  | { kind: 'same'; text: string }
  | { kind: 'added'; text: string }
  | { kind: 'removed'; text: string }
  /** The same item reworded: matched by similarity, with its character diff. */
  | { kind: 'changed'; before: string; after: string; segments: DiffSegment[] };

/** How alike a removed and an added item must be to count as one item reworded. */
export const ITEM_MATCH_THRESHOLD = 0.5;
/** Largest removed × added block paired by similarity; a larger one stays removed + added. */
const MAX_PAIRING = 400;
/**
 * Edit-search work (length × edits allowed, summed over the pairs tried) one block may spend on
 * similarities; pairs past it count as unlike. Sections of a few short items never come near it.
 */
const MAX_PAIRING_WORK = 20_000_000;

/**
 * The item diff of a section: unchanged items, items added or removed, and items reworded
 * (a removed and an added item alike enough, then diffed by character), in the section's order.
 */
export function diffItems(before: readonly string[], after: readonly string[], options: DiffOptions = {}): ItemDiff[] {
  const ops = editScript(...interned(before, after), before.length + after.length) ?? [];
  const out: ItemDiff[] = [];
  let i = 0;
  let j = 0;
  let k = 0;
  while (k < ops.length) {
    const op = ops[k]!;
    if (op.kind === 'same') {
      for (let c = 0; c < op.count; c++) out.push({ kind: 'same', text: after[j + c]! });
      i += op.count;
      j += op.count;
      k++;
      continue;
    }
    // A block of edits between two unchanged items.
    let removed = 0;
    let added = 0;
    while (k < ops.length && ops[k]!.kind !== 'same') {
      if (ops[k]!.kind === 'removed') removed += ops[k]!.count;
      else added += ops[k]!.count;
      k++;
    }
    out.push(...pairBlock(before.slice(i, i + removed), after.slice(j, j + added), options));
    i += removed;
    j += added;
  }
  return out;
}

/**
 * Pairs removed with added items so that the pairs keep their order and their total similarity is
 * greatest (an alignment by dynamic programming), then lists the block in order.
 */
function pairBlock(removed: readonly string[], added: readonly string[], options: DiffOptions): ItemDiff[] {
  const r = removed.length;
  const a = added.length;
  const sim: number[][] = [];
  const pairable = r > 0 && a > 0 && r * a <= MAX_PAIRING;
  let work = 0;
  const alike = (x: string, y: string) => {
    const total = x.length + y.length;
    work += total * Math.min(options.maxEdits ?? DEFAULT_MAX_EDITS, total * (1 - ITEM_MATCH_THRESHOLD));
    return work <= MAX_PAIRING_WORK ? similarity(x, y, ITEM_MATCH_THRESHOLD, options) : 0;
  };
  for (let x = 0; x < r; x++) {
    sim.push([]);
    for (let y = 0; y < a; y++) {
      const s = pairable ? alike(removed[x]!, added[y]!) : 0;
      sim[x]!.push(s >= ITEM_MATCH_THRESHOLD ? s : 0);
    }
  }
  // best[x][y]: greatest total for removed[x..] and added[y..].
  const best = Array.from({ length: r + 1 }, () => new Array<number>(a + 1).fill(0));
  for (let x = r - 1; x >= 0; x--)
    for (let y = a - 1; y >= 0; y--) {
      const pair = sim[x]![y]! > 0 ? sim[x]![y]! + best[x + 1]![y + 1]! : 0;
      best[x]![y] = Math.max(pair, best[x + 1]![y]!, best[x]![y + 1]!);
    }
  const out: ItemDiff[] = [];
  let pendingRemoved: string[] = [];
  let pendingAdded: string[] = [];
  const flush = () => {
    for (const text of pendingRemoved) out.push({ kind: 'removed', text });
    for (const text of pendingAdded) out.push({ kind: 'added', text });
    pendingRemoved = [];
    pendingAdded = [];
  };
  let x = 0;
  let y = 0;
  while (x < r && y < a) {
    const s = sim[x]![y]!;
    if (s > 0 && best[x]![y] === s + best[x + 1]![y + 1]!) {
      flush();
      out.push({ kind: 'changed', before: removed[x]!, after: added[y]!, segments: diffText(removed[x]!, added[y]!, options) });
      x++;
      y++;
    } else if (best[x]![y] === best[x + 1]![y]) pendingRemoved.push(removed[x++]!);
    else pendingAdded.push(added[y++]!);
  }
  while (x < r) pendingRemoved.push(removed[x++]!);
  while (y < a) pendingAdded.push(added[y++]!);
  flush();
  return out;
}

/** True when an item diff holds any change. */
export const itemsChanged = (items: readonly ItemDiff[]): boolean => items.some((d) => d.kind !== 'same');
