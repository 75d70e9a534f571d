/**
 * One pledge across the editions (oldest first): for each report that lists it, its status, its
 * KPI actuals as printed and what changed against the previous report that listed it. A pledge
 * a later report no longer lists keeps its entries, so its page can still show it as printed in
 * its last edition, marked as no longer listed.
 */
import { editionRef, type EditionRef } from './editions';
import type { StatusId } from './ids';
import { actualChangeKind, actualChangesOf, matchKpis, textChanges, type ActualChange, type ActualChangeKind, type KpiPair, type TextChange } from './pledge-diff';
import type { Dataset, Pledge } from './schema';
import { statusMove, type StatusMove } from './status-order';

export interface StatusChange {
  from: StatusId;
  to: StatusId;
  move: Exclude<StatusMove, 'unchanged'>;
}

export interface ActualCell {
  fiscalYear: number;
  /** As printed in this edition; null for an empty cell. */
  actual: string | null;
  /** As printed in the previous entry (null there too when empty or when there is none). */
  previous: string | null;
  /** Against the previous entry; null when equal, and always null in the first entry. */
  change: ActualChangeKind | null;
}

/** One KPI row as printed in an edition, with what moved in it. */
export interface KpiActuals {
  name: string;
  years: ActualCell[];
}

export interface HistoryEntry {
  edition: EditionRef;
  /** The pledge as printed in this edition. */
  pledge: Pledge;
  status: StatusId;
  /** The entry this one is compared with: the latest earlier edition that lists the pledge. */
  previous: EditionRef | null;
  /** Editions between `previous` and this one that did not list the pledge. */
  skipped: EditionRef[];
  /** Null when the status is the same as in the previous entry, or there is none. */
  statusChange: StatusChange | null;
  /** Every KPI row of this edition, in its order. */
  kpis: KpiActuals[];
  /** Actuals new, revised or cleared against the previous entry (cleared ones include rows this edition dropped). */
  actualChanges: ActualChange[];
  /** Item diffs of the texts that changed against the previous entry, in the card's order. */
  textChanges: TextChange[];
}

export interface PledgeHistory {
  id: string;
  /** Oldest first, one per edition that lists the pledge. */
  entries: HistoryEntry[];
  /** Whether the latest edition lists the pledge ("no longer listed" otherwise). */
  listedInLatest: boolean;
  /** The last edition that lists it: where to read it when the latest does not. */
  lastListed: EditionRef;
  /** Only one edition lists the pledge so far: there is nothing to compare with. */
  isFirstReport: boolean;
}

/** This edition's KPI rows; `pairs` (null in the first entry) says which row each one was before. */
function kpiActuals(pledge: Pledge, pairs: readonly KpiPair[] | null): KpiActuals[] {
  return pledge.kpis.map((kpi, i) => {
    const before = pairs?.find((p) => p.afterIndex === i)?.before ?? null;
    return {
      name: kpi.name,
      years: kpi.years.map((y) => {
        const prior = before?.years.find((b) => b.fiscalYear === y.fiscalYear)?.actual ?? null;
        return { fiscalYear: y.fiscalYear, actual: y.actual, previous: prior, change: pairs ? actualChangeKind(prior, y.actual) : null };
      }),
    };
  });
}

function entry(edition: Dataset, pledge: Pledge, prior: { edition: Dataset; pledge: Pledge } | null, skipped: EditionRef[]): HistoryEntry {
  const before = prior?.pledge ?? null;
  const pairs = before ? matchKpis(before.kpis, pledge.kpis) : null;
  const move = before ? statusMove(before.status, pledge.status) : 'unchanged';
  return {
    edition: editionRef(edition),
    pledge,
    status: pledge.status,
    previous: prior ? editionRef(prior.edition) : null,
    skipped,
    statusChange: before && move !== 'unchanged' ? { from: before.status, to: pledge.status, move } : null,
    kpis: kpiActuals(pledge, pairs),
    actualChanges: pairs ? actualChangesOf(pairs) : [],
    textChanges: before ? textChanges(before, pledge) : [],
  };
}

/** The pledge's history over `editions` (oldest first); null when no edition lists `id`. */
export function pledgeHistory(editions: readonly Dataset[], id: string): PledgeHistory | null {
  const entries: HistoryEntry[] = [];
  let prior: { edition: Dataset; pledge: Pledge } | null = null;
  let skipped: EditionRef[] = [];
  for (const edition of editions) {
    const pledge = edition.pledges.find((p) => p.id === id);
    if (!pledge) {
      // Editions before the first listing are not gaps.
      if (prior) skipped.push(editionRef(edition));
      continue;
    }
    entries.push(entry(edition, pledge, prior, skipped));
    prior = { edition, pledge };
    skipped = [];
  }
  const last = entries[entries.length - 1];
  if (!last) return null;
  const latest = editions[editions.length - 1]!;
  return {
    id,
    entries,
    listedInLatest: last.edition.asOf === latest.asOf,
    lastListed: last.edition,
    isFirstReport: entries.length === 1,
  };
}

/**
 * The pledge as printed in the last edition that lists it, without working out any diff: what a
 * pledge page renders first. Null when no edition lists `id`.
 */
export function latestListing(editions: readonly Dataset[], id: string): { pledge: Pledge; edition: EditionRef; listedInLatest: boolean } | null {
  for (let i = editions.length - 1; i >= 0; i--) {
    const pledge = editions[i]!.pledges.find((p) => p.id === id);
    if (pledge) return { pledge, edition: editionRef(editions[i]!), listedInLatest: i === editions.length - 1 };
  }
  return null;
}
