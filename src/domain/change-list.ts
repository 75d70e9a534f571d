/**
 * The list of what changed between two datasets, as stored with each update and read by the
 * update notice, the report history and the change flags; computing it is dataset-changes.ts
 * (kept apart so that the notice every page can show does not carry the comparison).
 */
import type { SectionKey, StatusId } from './schema';

export interface PledgeRef {
  id: string;
  title: string;
}

export interface StatusChange extends PledgeRef {
  from: StatusId;
  to: StatusId;
}

export interface NewActual extends PledgeRef {
  kpi: string;
  fiscalYear: number;
  /** The previous printed actual, or null when the cell was empty. */
  previous: string | null;
  actual: string;
}

/** A text of the card that can change between reports: a narrative section or the status remark. */
export type TextKey = SectionKey | 'statusReason';

export interface SectionChange extends PledgeRef {
  /** The texts whose printed content differs, in the card's order. */
  sections: TextKey[];
}

export interface ChangeList {
  statusChanges: StatusChange[];
  newActuals: NewActual[];
  /**
   * Pledges whose status remark or narrative sections changed. Absent in change lists recorded
   * by app versions that did not compare texts: read it as `c.sectionChanges ?? []`.
   */
  sectionChanges?: SectionChange[];
  added: PledgeRef[];
  removed: PledgeRef[];
}

// The count and emptiness cover what the update log lists (status, actuals, added, removed);
// text changes are for the change flags on watched pledges.
export const isEmptyChangeList = (c: ChangeList): boolean =>
  c.statusChanges.length + c.newActuals.length + c.added.length + c.removed.length === 0;

export const changeCount = (c: ChangeList): number =>
  c.statusChanges.length + c.newActuals.length + c.added.length + c.removed.length;
