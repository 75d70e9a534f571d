/** The dataset updates this device received (newest first), for the change list on /about. */
import type { PledgeDb, UpdateRow } from './db';

export type { UpdateRow };

/** How many updates the list keeps showing; older records stay stored but are not read. */
export const HISTORY_LIMIT = 10;

export async function listUpdates(db: PledgeDb, limit = HISTORY_LIMIT): Promise<UpdateRow[]> {
  return db.updates.orderBy('at').reverse().limit(limit).toArray();
}
