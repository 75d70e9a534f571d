/**
 * What differs between two printings of one pledge: its KPI actuals and its texts. Shared by the
 * pledge's history and the comparison of two editions. Every rule here is symmetric (swapping the
 * two printings swaps `before` and `after` and nothing else), so a comparison reads the same from
 * a newer to an older report.
 */
import { SECTION_KEYS, type SectionKey } from './ids';
import type { Kpi, Pledge } from './schema';
import { diffItems, type ItemDiff } from './text-diff';

/** A text of the card that can change between reports: the status remark or a narrative section. */
export type TextKey = 'statusReason' | SectionKey;

/** In the card's order. */
export const TEXT_KEYS: readonly TextKey[] = ['statusReason', ...SECTION_KEYS];

/** The text as a list of items (the status remark is one item, or none when the card has none). */
export function pledgeText(p: Pledge, key: TextKey): readonly string[] {
  if (key === 'statusReason') return p.statusReason === null ? [] : [p.statusReason];
  return p.sections[key];
}

const sameItems = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((x, i) => x === b[i]);

/** The texts whose printed content differs, in the card's order (exact comparison, cheap). */
export function changedTextKeys(before: Pledge, after: Pledge): TextKey[] {
  return TEXT_KEYS.filter((key) => !sameItems(pledgeText(before, key), pledgeText(after, key)));
}

/** The item diff of one text between two printings. */
export const diffPledgeText = (before: Pledge, after: Pledge, key: TextKey): ItemDiff[] => diffItems(pledgeText(before, key), pledgeText(after, key));

export interface TextChange {
  key: TextKey;
  items: ItemDiff[];
}

/** Item diffs of the texts that changed, in the card's order. */
export const textChanges = (before: Pledge, after: Pledge): TextChange[] =>
  changedTextKeys(before, after).map((key) => ({ key, items: diffPledgeText(before, after, key) }));

/** One KPI row of each printing; either is null when the row exists in only one. */
export interface KpiPair {
  before: Kpi | null;
  after: Kpi | null;
  /** Row numbers in each printing, or -1. */
  beforeIndex: number;
  afterIndex: number;
}

/**
 * Pairs KPI rows one to one: rows of the same name first (the k-th of a name with the k-th),
 * then the rows left over on each side, in order (a renamed KPI is still the same row). In `after`'s
 * order, then the rows only `before` has. Unlike a lookup by name, this never pairs one row
 * twice, so it gives the same pairs whichever printing comes first.
 */
export function matchKpis(before: readonly Kpi[], after: readonly Kpi[]): KpiPair[] {
  const partnerOfAfter = new Array<number>(after.length).fill(-1);
  const taken = new Array<boolean>(before.length).fill(false);
  const byName = new Map<string, number[]>();
  before.forEach((k, i) => byName.set(k.name, [...(byName.get(k.name) ?? []), i]));
  after.forEach((k, j) => {
    const i = byName.get(k.name)?.shift();
    if (i !== undefined) {
      partnerOfAfter[j] = i;
      taken[i] = true;
    }
  });
  const leftBefore = before.map((_, i) => i).filter((i) => !taken[i]);
  after.forEach((_, j) => {
    if (partnerOfAfter[j] !== -1) return;
    const i = leftBefore.shift();
    if (i === undefined) return;
    partnerOfAfter[j] = i;
    taken[i] = true;
  });
  const pairs: KpiPair[] = after.map((k, j) => {
    const i = partnerOfAfter[j]!;
    return { before: i === -1 ? null : before[i]!, after: k, beforeIndex: i, afterIndex: j };
  });
  before.forEach((k, i) => {
    if (!taken[i]) pairs.push({ before: k, after: null, beforeIndex: i, afterIndex: -1 });
  });
  return pairs;
}

/** `new`: an actual printed where the cell was empty; `revised`: another figure; `cleared`: emptied. */
export type ActualChangeKind = 'new' | 'revised' | 'cleared';

export const actualChangeKind = (before: string | null, after: string | null): ActualChangeKind | null =>
  before === after ? null : before === null ? 'new' : after === null ? 'cleared' : 'revised';

export interface ActualChange {
  /** The KPI's name (see `actualChangesOf` for which printing's). */
  kpi: string;
  fiscalYear: number;
  kind: ActualChangeKind;
  /** Printed texts; null where the cell is empty or the row is missing. */
  before: string | null;
  after: string | null;
}

const actualIn = (kpi: Kpi | null, fiscalYear: number): string | null => kpi?.years.find((y) => y.fiscalYear === fiscalYear)?.actual ?? null;

/** Fiscal years of both rows, ascending. */
function yearsOf(pair: KpiPair): number[] {
  const years = new Set<number>();
  for (const k of [pair.before, pair.after]) for (const y of k?.years ?? []) years.add(y.fiscalYear);
  return [...years].sort((a, b) => a - b);
}

/**
 * The KPI actuals that differ between two printings, row by row, year by year. A renamed row is
 * named as in `nameFrom`'s printing (the newer report's name reads best either way), or the
 * other one's where that printing lacks the row.
 */
export function actualChangesOf(pairs: readonly KpiPair[], nameFrom: 'before' | 'after' = 'after'): ActualChange[] {
  const out: ActualChange[] = [];
  for (const pair of pairs) {
    const name = (nameFrom === 'after' ? (pair.after ?? pair.before) : (pair.before ?? pair.after))!.name;
    for (const fiscalYear of yearsOf(pair)) {
      const before = actualIn(pair.before, fiscalYear);
      const after = actualIn(pair.after, fiscalYear);
      const kind = actualChangeKind(before, after);
      if (kind) out.push({ kpi: name, fiscalYear, kind, before, after });
    }
  }
  return out;
}

export const actualChanges = (before: Pledge, after: Pledge): ActualChange[] => actualChangesOf(matchKpis(before.kpis, after.kpis));
