/**
 * Which way a status moved between two reports. The order is the plan's own: ahead of plan is
 * best, then on track, then behind, then not started. `unreported` means the card printed no
 * status, which says nothing about progress, so a move to or from it is neither better nor worse:
 * it is `unranked`.
 */
import type { StatusId } from './ids';

export type RankedStatus = Exclude<StatusId, 'unreported'>;

/** Higher is better. */
export const STATUS_RANK: Readonly<Record<RankedStatus, number>> = { ahead: 3, 'on-track': 2, delayed: 1, 'not-started': 0 };

export type StatusMove = 'improved' | 'worsened' | 'unchanged' | 'unranked';

export function statusMove(from: StatusId, to: StatusId): StatusMove {
  if (from === to) return 'unchanged';
  if (from === 'unreported' || to === 'unreported') return 'unranked';
  return STATUS_RANK[to] > STATUS_RANK[from] ? 'improved' : 'worsened';
}
