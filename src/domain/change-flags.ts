/**
 * 変更あり / Changed: what a dataset update changed in a pledge the member watches (bookmarked or
 * annotated) — old → new status, new or revised actuals, texts that changed — kept until the
 * member opens that pledge or dismisses the flag. Several updates before then add up to one
 * flag per pledge, from the oldest value to the newest. Pure.
 */
import type { ChangeList, TextKey } from './change-list';
import type { StatusId } from './ids';
import { SECTION_KEYS } from './ids';

export interface FlagActual {
  kpi: string;
  fiscalYear: number;
  /** The printed actual before the update(s), or null when the cell was empty. */
  previous: string | null;
  actual: string;
}

export interface ChangeFlag {
  pledgeId: string;
  /** The pledge's title (ja) as of the latest update. */
  title: string;
  /** When the first update this flag covers was received (milliseconds since the epoch). */
  since: number;
  /** When the latest update it covers was received. */
  at: number;
  /** The as-of dates of the reports compared: the oldest `from`, the newest `to`. */
  fromAsOf: string;
  toAsOf: string;
  status: { from: StatusId; to: StatusId } | null;
  actuals: FlagActual[];
  /** Texts of the card that changed, in the card's order. */
  texts: TextKey[];
}

/** The dataset update a flag comes from: when it arrived, which reports it compared. */
export interface UpdateInfo {
  /** Milliseconds since the epoch. */
  at: number;
  from: { asOf: string };
  to: { asOf: string };
}

/** An update with its change list, as the dataset store records it. */
export interface FlaggedUpdate extends UpdateInfo {
  changes: ChangeList;
}

const TEXT_ORDER: readonly TextKey[] = ['statusReason', ...SECTION_KEYS];
const inCardOrder = (keys: Iterable<TextKey>): TextKey[] => {
  const set = new Set(keys);
  return TEXT_ORDER.filter((k) => set.has(k));
};

/** The flags one update raises: one per watched pledge it changed, in document order. */
export function flagsFromChanges(changes: ChangeList, watched: ReadonlySet<string>, update: UpdateInfo): ChangeFlag[] {
  const flags = new Map<string, ChangeFlag>();
  const flagOf = (id: string, title: string) => {
    let f = flags.get(id);
    if (!f) {
      f = { pledgeId: id, title, since: update.at, at: update.at, fromAsOf: update.from.asOf, toAsOf: update.to.asOf, status: null, actuals: [], texts: [] };
      flags.set(id, f);
    }
    return f;
  };
  for (const s of changes.statusChanges) if (watched.has(s.id)) flagOf(s.id, s.title).status = { from: s.from, to: s.to };
  for (const a of changes.newActuals)
    if (watched.has(a.id)) flagOf(a.id, a.title).actuals.push({ kpi: a.kpi, fiscalYear: a.fiscalYear, previous: a.previous, actual: a.actual });
  for (const c of changes.sectionChanges ?? []) if (watched.has(c.id) && c.sections.length > 0) flagOf(c.id, c.title).texts = inCardOrder(c.sections);
  return [...flags.values()];
}

const actualKey = (a: FlagActual) => `${a.fiscalYear}\u0000${a.kpi}`;

/**
 * One flag for two updates, `older` first: status from the oldest to the newest, each actual
 * from its oldest previous value to its newest, texts together. Null when nothing is left (a
 * status or an actual that went back to where it was).
 */
export function mergeFlags(older: ChangeFlag, newer: ChangeFlag): ChangeFlag | null {
  let status: ChangeFlag['status'] = null;
  const from = older.status?.from ?? newer.status?.from;
  const to = newer.status?.to ?? older.status?.to;
  if (from !== undefined && to !== undefined && from !== to) status = { from, to };

  const actuals = new Map(older.actuals.map((a) => [actualKey(a), a]));
  for (const a of newer.actuals) {
    const before = actuals.get(actualKey(a));
    actuals.set(actualKey(a), before ? { ...a, previous: before.previous } : a);
  }
  const kept = [...actuals.values()].filter((a) => a.previous !== a.actual);
  const texts = inCardOrder([...older.texts, ...newer.texts]);
  if (!status && kept.length === 0 && texts.length === 0) return null;
  return {
    pledgeId: newer.pledgeId,
    title: newer.title,
    since: Math.min(older.since, newer.since),
    at: Math.max(older.at, newer.at),
    fromAsOf: older.fromAsOf,
    toAsOf: newer.toAsOf,
    status,
    actuals: kept,
    texts,
  };
}
