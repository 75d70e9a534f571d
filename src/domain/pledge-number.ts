/**
 * Pledge numbers as people type them: `13-2`, `１３－２`, `13の2`, `13ー2`, `公約13-2`, `No.13-2`,
 * `#13-2`, `20`. Parsing gives the canonical id (`13-2`, `20`) or null; resolving checks it
 * against the dataset's ids by exact match only, so a near miss (`133`, `13-3`) never opens
 * another pledge. Pure: the header's number box and the list's ranking both call this.
 */

/** Longer input is a search, not a number; also keeps the regex work bounded. */
const MAX_INPUT = 40;
/** The dataset's ids: up to six digits, then an optional `-1` … `-9` (schema.ts `PledgeId`). */
const MAX_MAIN = 999_999;
const MAX_SUB = 9;

/**
 * Characters read as the dash between the two parts, after NFKC (which already turns `－`, `﹣`,
 * `‑` and `ｰ` into `-`, `-`, `‐` and `ー`): hyphens, figure/en/em dashes, the horizontal bar, the
 * minus sign, the long-vowel mark an IME gives for `-`, box-drawing lines, the heavy minus sign, and `の` (`13の2`).
 */
const DASHES = /[\u002d\u2010-\u2015\u2212\u2043\u02d7\u30fc\u2500\u2501\u2796\u306e]/gu;

/**
 * Optional prefix 公約 / 公約番号 / 番号, then optional `No.` / `No` / `#` / `♯` (NFKC turns `№`
 * into `No` and `＃` into `#`), then the number; spaces allowed between the parts.
 */
const NUMBER = /^(?:公約\s*(?:番号)?|番号)?\s*(?:no\s*\.?|[#\u266f])?\s*(\d+)(?:\s*-\s*(\d+))?$/u;

/** What a person typed → `13-2` / `20`, or null when it is not a pledge number. */
export function parsePledgeNumber(input: string): string | null {
  if (input.length > MAX_INPUT) return null;
  const text = input.normalize('NFKC').toLowerCase().replace(DASHES, '-').trim();
  const m = NUMBER.exec(text);
  if (!m) return null;
  const main = Number(m[1]);
  if (!Number.isSafeInteger(main) || main < 1 || main > MAX_MAIN) return null;
  if (m[2] === undefined) return String(main);
  const sub = Number(m[2]);
  if (sub < 1 || sub > MAX_SUB) return null;
  return `${main}-${sub}`;
}

export type PledgeLookup =
  /** The dataset has exactly this pledge. */
  | { kind: 'found'; id: string }
  /** `13` when the dataset has only `13-1` and `13-2`: nothing opens, these can be offered. */
  | { kind: 'candidates'; id: string; candidates: string[] }
  /** A well-formed number the dataset does not have (`133`, `13-3`). */
  | { kind: 'unknown'; id: string }
  /** Not a pledge number at all. */
  | { kind: 'invalid' };

/** Resolves typed input against the dataset's ids (in document order). */
export function resolvePledgeNumber(input: string, ids: readonly string[]): PledgeLookup {
  const id = parsePledgeNumber(input);
  if (id === null) return { kind: 'invalid' };
  if (ids.includes(id)) return { kind: 'found', id };
  if (!id.includes('-')) {
    const candidates = ids.filter((x) => x.startsWith(`${id}-`));
    if (candidates.length > 0) return { kind: 'candidates', id, candidates };
  }
  return { kind: 'unknown', id };
}

/**
 * The pledges a list query names by number, to show before the text matches: the one pledge for
 * `13-2`, `１３－２` or `公約20`; for `13` both `13-1` and `13-2` when the dataset has no `13`;
 * nothing for a query that is not a pledge number or names none the dataset has. A named pledge
 * belongs first even when its text does not contain the query (`公約20` is in no card's text).
 */
export function queryPledgeIds(query: string, ids: readonly string[]): string[] {
  const r = resolvePledgeNumber(query, ids);
  if (r.kind === 'found') return [r.id];
  if (r.kind === 'candidates') return r.candidates;
  return [];
}

/** `items` with those whose id is in `named` first (in `named`'s order), the rest in their order. */
export function namedFirst<T>(items: readonly T[], named: readonly string[], idOf: (item: T) => string): T[] {
  if (named.length === 0) return [...items];
  const rank = new Map(named.map((id, i) => [id, i]));
  const first = items.filter((x) => rank.has(idOf(x))).sort((a, b) => rank.get(idOf(a))! - rank.get(idOf(b))!);
  return [...first, ...items.filter((x) => !rank.has(idOf(x)))];
}
