/**
 * Change flags (変更あり / Changed) on the pledges the member watches, in the Dexie `flags` table:
 * recorded with each dataset update, one row per pledge, cleared when the member opens the
 * pledge or dismisses the flag. Without IndexedDB there are no updates to flag, so the memory
 * store is always empty.
 */
import { liveQuery } from 'dexie';
import { flagsFromChanges, mergeFlags, type ChangeFlag, type FlaggedUpdate } from '../domain/change-flags';
import { isBlankNote } from '../domain/note-write';
import type { PledgeDb } from './db';

export type { ChangeFlag };

export interface FlagStore {
  /** Every flag, newest update first, now and after every change (from any tab). */
  observe(listener: (flags: ChangeFlag[]) => void, onError?: (error: unknown) => void): () => void;
  list(): Promise<ChangeFlag[]>;
  get(pledgeId: string): Promise<ChangeFlag | null>;
  /** The member opened the pledge or dismissed its flag. */
  clear(pledgeId: string): Promise<void>;
}

const newestFirst = (a: ChangeFlag, b: ChangeFlag) => b.at - a.at;

/**
 * Records what `update` changed in watched pledges (bookmarked, or with a note that holds
 * text), added to any flag still standing. Runs inside the caller's transaction when that one
 * covers bookmarks, notes and flags: the dataset store calls it in the transaction that stores
 * the new dataset, so an update and its flags land together or not at all.
 */
export async function recordFlagsForUpdate(db: PledgeDb, update: FlaggedUpdate): Promise<ChangeFlag[]> {
  return db.transaction('rw', db.bookmarks, db.notes, db.flags, async () => {
    const watched = new Set<string>(await db.bookmarks.toCollection().primaryKeys());
    for (const note of await db.notes.toArray()) if (!isBlankNote(note)) watched.add(note.pledgeId);
    const raised = flagsFromChanges(update.changes, watched, update);
    if (raised.length === 0) return [];
    const standing = new Map((await db.flags.bulkGet(raised.map((f) => f.pledgeId))).filter((f): f is ChangeFlag => !!f).map((f) => [f.pledgeId, f]));
    const put: ChangeFlag[] = [];
    const gone: string[] = [];
    for (const flag of raised) {
      const before = standing.get(flag.pledgeId);
      const merged = before ? mergeFlags(before, flag) : flag;
      if (merged) put.push(merged);
      else gone.push(flag.pledgeId);
    }
    await db.flags.bulkPut(put);
    await db.flags.bulkDelete(gone);
    return put;
  });
}

export function dexieFlags(db: PledgeDb): FlagStore {
  const list = async () => (await db.flags.toArray()).sort(newestFirst);
  return {
    observe(listener, onError) {
      const sub = liveQuery(list).subscribe({ next: listener, error: (e) => onError?.(e) });
      return () => sub.unsubscribe();
    },
    list,
    async get(pledgeId) {
      return (await db.flags.get(pledgeId)) ?? null;
    },
    async clear(pledgeId) {
      await db.flags.delete(pledgeId);
    },
  };
}

export function memoryFlags(): FlagStore {
  return {
    observe(listener) {
      listener([]);
      return () => {};
    },
    list: async () => [],
    get: async () => null,
    clear: async () => {},
  };
}
