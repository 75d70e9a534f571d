/** The overview's line: how many pledges' statuses moved since the previous report. */
import { editionRef, type EditionRef } from './editions';
import type { Dataset } from './schema';
import { statusMove } from './status-order';

export interface MovedSincePrevious {
  from: EditionRef;
  to: EditionRef;
  /** Pledges in both whose status differs, and how. */
  moved: number;
  improved: number;
  worsened: number;
  unranked: number;
}

/**
 * How many pledges' statuses moved between the latest edition and the one before it; null with
 * fewer than two editions. Statuses only, so it is cheap on any number of pledges.
 */
export function movedSincePrevious(editions: readonly Dataset[]): MovedSincePrevious | null {
  if (editions.length < 2) return null;
  const previous = editions[editions.length - 2]!;
  const latest = editions[editions.length - 1]!;
  const before = new Map(previous.pledges.map((p) => [p.id, p.status]));
  const out: MovedSincePrevious = { from: editionRef(previous), to: editionRef(latest), moved: 0, improved: 0, worsened: 0, unranked: 0 };
  for (const p of latest.pledges) {
    const old = before.get(p.id);
    if (old === undefined) continue;
    const move = statusMove(old, p.status);
    if (move === 'unchanged') continue;
    out.moved++;
    out[move]++;
  }
  return out;
}
