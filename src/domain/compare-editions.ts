/**
 * Two editions side by side, in either order: how statuses moved (improved, worsened, unchanged,
 * or to or from `unreported`, which no order ranks), which KPI actuals are new, revised or
 * cleared, which pledges were added or removed, and whose texts changed. Also the `/changes`
 * URL's `from`/`to` parameters and the overview's "moved since the previous report".
 *
 * Going from a newer to an older edition is the mirror image of the other way: added ⇄ removed,
 * improved ⇄ worsened, new ⇄ cleared actuals. Lists are in the same order both ways: the newer
 * edition's document order, then pledges only the older one has; titles and KPI names are the
 * newer edition's.
 */
import { compareAsOf } from './dataset-version';
import { editionRef, type EditionRef } from './editions';
import type { StatusId } from './ids';
import { actualChangesOf, changedTextKeys, diffPledgeText, matchKpis, type ActualChange, type KpiPair, type TextKey } from './pledge-diff';
import type { Dataset, Pledge } from './schema';
import { statusMove } from './status-order';
import type { EditionPair } from './changes-href';

export { changesHref, type EditionPair } from './changes-href';
export { movedSincePrevious, type MovedSincePrevious } from './moved-since';
import type { ItemDiff } from './text-diff';

export interface PledgeName {
  id: string;
  title: { ja: string; en: string };
}

export interface StatusMoveItem extends PledgeName {
  from: StatusId;
  to: StatusId;
}

export interface ActualChangeItem extends PledgeName, ActualChange {}

export interface TextChangeItem extends PledgeName {
  /** The texts that differ, in the card's order; `sectionDiff` gives each one's item diff. */
  keys: TextKey[];
}

export interface ComparisonCounts {
  /** Pledges in both editions whose status differs: improved + worsened + unranked. */
  moved: number;
  improved: number;
  worsened: number;
  unchanged: number;
  /** Moves to or from `unreported`. */
  unranked: number;
  added: number;
  removed: number;
  /** Actual cells new, revised or cleared, and how many pledges they are in. */
  actuals: number;
  pledgesWithActuals: number;
  /** Pledges with a text that changed. */
  textsChanged: number;
}

export interface EditionComparison {
  from: EditionRef;
  to: EditionRef;
  /** `backward` when `from` is the newer edition. */
  direction: 'forward' | 'backward';
  status: {
    improved: StatusMoveItem[];
    worsened: StatusMoveItem[];
    unchanged: StatusMoveItem[];
    /** To or from `unreported`: neither better nor worse. */
    unranked: StatusMoveItem[];
  };
  actuals: ActualChangeItem[];
  /** In `to` only. */
  added: PledgeName[];
  /** In `from` only. */
  removed: PledgeName[];
  texts: TextChangeItem[];
  counts: ComparisonCounts;
}

const nameOf = (p: Pledge): PledgeName => ({ id: p.id, title: p.title });

interface Row {
  id: string;
  from: Pledge | undefined;
  to: Pledge | undefined;
  /** The printing in the newer edition where it has one: names come from there. */
  named: Pledge;
}

/** Every pledge of either edition with its two printings, in the order described above. */
function rows(from: Dataset, to: Dataset, backward: boolean): Row[] {
  const [older, newer] = backward ? [to, from] : [from, to];
  const inFrom = new Map(from.pledges.map((p) => [p.id, p]));
  const inTo = new Map(to.pledges.map((p) => [p.id, p]));
  const inNewer = new Set(newer.pledges.map((p) => p.id));
  const order = [...newer.pledges, ...older.pledges.filter((p) => !inNewer.has(p.id))];
  return order.map((p) => ({ id: p.id, from: inFrom.get(p.id), to: inTo.get(p.id), named: p }));
}

/** KPI pairs from `from` to `to`, ordered and named by the newer printing. */
function kpiPairs(from: Pledge, to: Pledge, backward: boolean): KpiPair[] {
  if (!backward) return matchKpis(from.kpis, to.kpis);
  return matchKpis(to.kpis, from.kpis).map((p) => ({ before: p.after, after: p.before, beforeIndex: p.afterIndex, afterIndex: p.beforeIndex }));
}

/** Compares edition `from` with edition `to` (either may be the newer). */
export function compareEditions(from: Dataset, to: Dataset): EditionComparison {
  const backward = compareAsOf(from.asOf, to.asOf) > 0;
  const status: EditionComparison['status'] = { improved: [], worsened: [], unchanged: [], unranked: [] };
  const actuals: ActualChangeItem[] = [];
  const added: PledgeName[] = [];
  const removed: PledgeName[] = [];
  const texts: TextChangeItem[] = [];
  let pledgesWithActuals = 0;
  for (const row of rows(from, to, backward)) {
    const name = nameOf(row.named);
    if (!row.from) {
      added.push(name);
      continue;
    }
    if (!row.to) {
      removed.push(name);
      continue;
    }
    status[statusMove(row.from.status, row.to.status)].push({ ...name, from: row.from.status, to: row.to.status });
    const changes = actualChangesOf(kpiPairs(row.from, row.to, backward), backward ? 'before' : 'after');
    if (changes.length) pledgesWithActuals++;
    for (const c of changes) actuals.push({ ...name, ...c });
    const keys = changedTextKeys(row.from, row.to);
    if (keys.length) texts.push({ ...name, keys });
  }
  return {
    from: editionRef(from),
    to: editionRef(to),
    direction: backward ? 'backward' : 'forward',
    status,
    actuals,
    added,
    removed,
    texts,
    counts: {
      moved: status.improved.length + status.worsened.length + status.unranked.length,
      improved: status.improved.length,
      worsened: status.worsened.length,
      unchanged: status.unchanged.length,
      unranked: status.unranked.length,
      added: added.length,
      removed: removed.length,
      actuals: actuals.length,
      pledgesWithActuals,
      textsChanged: texts.length,
    },
  };
}

/**
 * The item diff of one text of one pledge between the two editions, worked out only when the
 * reader opens it; null when either edition lacks the pledge.
 */
export function sectionDiff(from: Dataset, to: Dataset, pledgeId: string, key: TextKey): ItemDiff[] | null {
  const before = from.pledges.find((p) => p.id === pledgeId);
  const after = to.pledges.find((p) => p.id === pledgeId);
  return before && after ? diffPledgeText(before, after, key) : null;
}

// ---------------------------------------------------------------------------------------------
// Which two editions: the default pair and the URL's `from` / `to`.

/** The latest edition against the one before it; null with fewer than two editions. */
export function defaultPair(ids: readonly string[]): EditionPair | null {
  return ids.length < 2 ? null : { from: ids[ids.length - 2]!, to: ids[ids.length - 1]! };
}

export type PairParam = 'from' | 'to';

export type PairProblem =
  /** No edition at all, or only one: there is nothing to compare. */
  | { kind: 'no-editions' }
  | { kind: 'single-edition'; id: string }
  /** Not an edition id. */
  | { kind: 'unknown'; param: PairParam; value: string }
  /** The key was given more than once; none of its values is used. */
  | { kind: 'repeated'; param: PairParam; values: string[] }
  /** `from` and `to` name the same edition; `from` is replaced by its neighbour. */
  | { kind: 'same'; id: string };

export interface ParsedPair {
  /** The pair to show: what the URL asks for, with anything missing or invalid filled in. Null with fewer than two editions. */
  pair: EditionPair | null;
  /** Why the pair is not exactly what the URL says; empty when it is (or the URL says nothing). */
  problems: PairProblem[];
}

const MAX_PARAM = 40;

/** Trimmed and width-folded, so a hand-typed `２０２４－１１` still finds its edition. */
const normaliseId = (raw: string) => raw.slice(0, MAX_PARAM).normalize('NFKC').trim();

/**
 * Reads `from` and `to` against the known edition ids (oldest first). Never throws: a bad value
 * is reported and replaced. A missing `to` is the latest edition (or, when `from` is the latest,
 * the one before it); a missing `from` is the edition before `to` (or, when `to` is the oldest,
 * the one after it). So `?from=2024-11` compares that report with the latest.
 */
export function parseEditionPair(search: string | URLSearchParams, ids: readonly string[]): ParsedPair {
  if (ids.length === 0) return { pair: null, problems: [{ kind: 'no-editions' }] };
  if (ids.length === 1) return { pair: null, problems: [{ kind: 'single-edition', id: ids[0]! }] };
  const params = typeof search === 'string' ? new URLSearchParams(search) : search;
  const problems: PairProblem[] = [];
  const read = (param: PairParam): string | null => {
    const values = params.getAll(param).filter((v) => v.trim() !== '');
    if (values.length > 1) {
      problems.push({ kind: 'repeated', param, values });
      return null;
    }
    if (values.length === 0) return null;
    const id = normaliseId(values[0]!);
    if (ids.includes(id)) return id;
    problems.push({ kind: 'unknown', param, value: values[0]! });
    return null;
  };
  let from = read('from');
  let to = read('to');
  if (from !== null && from === to) {
    problems.push({ kind: 'same', id: from });
    from = null;
  }
  const latest = ids[ids.length - 1]!;
  if (to === null) to = from === latest ? ids[ids.length - 2]! : latest;
  if (from === null) {
    const i = ids.indexOf(to);
    from = ids[i > 0 ? i - 1 : i + 1]!;
  }
  return { pair: { from, to }, problems };
}
