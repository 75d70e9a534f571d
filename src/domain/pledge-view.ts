/**
 * Which printing of a pledge a pledge page shows: the current report's by default; an earlier
 * report's when the URL names one (`/pledges/20?edition=2024-11`); the last report that listed
 * it when the current one no longer does. Earlier reports are read from the device, so without
 * them yet the answer may be "pending".
 */
import { findEdition } from './editions';
import type { Dataset, Pledge } from './schema';

export type EditionProblem =
  /** `edition=` names no report this device holds. */
  | { kind: 'unknownEdition'; value: string }
  /** The report named does not list this pledge: the page shows another printing instead. */
  | { kind: 'notInEdition'; edition: Dataset };

export type PledgeView =
  | { kind: 'current'; pledge: Pledge; edition: Dataset; problem?: EditionProblem }
  | { kind: 'older'; pledge: Pledge; edition: Dataset; current: Dataset }
  | { kind: 'notListed'; pledge: Pledge; edition: Dataset; current: Dataset; problem?: EditionProblem }
  | { kind: 'pending' }
  | { kind: 'notFound' };

/** Longer than any as-of date; a longer `edition=` value is not one. */
const MAX_EDITION_PARAM = 20;

export function pledgeView(current: Dataset, editions: readonly Dataset[] | null, id: string, editionParam: string | null): PledgeView {
  const wanted = editionParam?.slice(0, MAX_EDITION_PARAM).normalize('NFKC').trim() || null;
  const inCurrent = current.pledges.find((p) => p.id === id);
  let problem: EditionProblem | undefined;
  if (wanted && wanted !== current.asOf) {
    if (!editions) return { kind: 'pending' };
    const edition = findEdition(editions, wanted);
    const pledge = edition?.pledges.find((p) => p.id === id);
    if (edition && pledge) return { kind: 'older', pledge, edition, current };
    problem = edition ? { kind: 'notInEdition', edition } : { kind: 'unknownEdition', value: editionParam! };
  }
  if (inCurrent) return { kind: 'current', pledge: inCurrent, edition: current, ...(problem ? { problem } : {}) };
  if (!editions) return { kind: 'pending' };
  for (let i = editions.length - 1; i >= 0; i--) {
    const edition = editions[i]!;
    const pledge = edition.pledges.find((p) => p.id === id);
    if (pledge) return { kind: 'notListed', pledge, edition, current, ...(problem ? { problem } : {}) };
  }
  return { kind: 'notFound' };
}

/** A view that shows a pledge (from the current report or an earlier one). */
export type ShownView = Extract<PledgeView, { kind: 'current' | 'older' | 'notListed' }>;

/** Whether the page has something to say about the printing it shows: not simply the current report. */
export const needsEditionNotice = (v: ShownView): boolean => v.kind !== 'current' || v.problem !== undefined;
