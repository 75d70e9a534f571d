/** Questions asked of the pledge list as a whole: neighbours and counts. */
import type { Pledge, StatusId } from './schema';
import { STATUS_IDS } from './ids';

export interface Neighbours {
  prev: Pledge | undefined;
  next: Pledge | undefined;
}

export function neighbours(pledges: readonly Pledge[], id: string): Neighbours {
  const i = pledges.findIndex((p) => p.id === id);
  if (i === -1) return { prev: undefined, next: undefined };
  return { prev: pledges[i - 1], next: pledges[i + 1] };
}

export type StatusCounts = Record<StatusId, number>;

export function countByStatus(pledges: readonly Pledge[]): StatusCounts {
  const counts = Object.fromEntries(STATUS_IDS.map((s) => [s, 0])) as StatusCounts;
  for (const p of pledges) counts[p.status] += 1;
  return counts;
}

/** Status counts per basic policy, for every policy id given (zero rows included). */
export function countByPolicy(pledges: readonly Pledge[], policyIds: readonly number[]): Map<number, StatusCounts> {
  return new Map(policyIds.map((id) => [id, countByStatus(pledges.filter((p) => p.policy === id))]));
}
