/**
 * The reader's bookmarks: pledge id + time added. Backed by the Dexie `bookmarks` table (live
 * across tabs through liveQuery) or, when IndexedDB is unavailable, by memory for this visit.
 * Bookmarks are never removed because a pledge left the dataset; only the reader removes them.
 */
import { liveQuery } from 'dexie';
import { parseImport, serializeExport, type ImportResult } from '../domain/bookmarks-file';
import type { BookmarkRow, PledgeDb } from './db';

export type { BookmarkRow };
export { EXPORT_FORMAT, parseImport, serializeExport, type ImportRefusal, type ImportResult } from '../domain/bookmarks-file';

export interface BookmarkStore {
  /** Calls `listener` with every bookmark (oldest first) now and after each change. */
  observe(listener: (rows: BookmarkRow[]) => void): () => void;
  list(): Promise<BookmarkRow[]>;
  add(pledgeId: string, now?: number): Promise<void>;
  remove(pledgeId: string): Promise<void>;
  /** Adds what is not there yet; refuses the whole file on any problem. */
  importJson(text: string): Promise<ImportResult>;
  exportJson(now?: number): Promise<string>;
}

/** Rows of `incoming` not yet in `existing` (one per id; an existing bookmark keeps its date). */
function newRows(existing: ReadonlySet<string>, incoming: readonly BookmarkRow[]): BookmarkRow[] {
  const seen = new Set(existing);
  const out: BookmarkRow[] = [];
  for (const row of incoming) {
    if (seen.has(row.pledgeId)) continue;
    seen.add(row.pledgeId);
    out.push(row);
  }
  return out;
}

export function dexieBookmarks(db: PledgeDb): BookmarkStore {
  const list = () => db.bookmarks.orderBy('addedAt').toArray();
  return {
    observe(listener) {
      const sub = liveQuery(list).subscribe({ next: listener, error: () => listener([]) });
      return () => sub.unsubscribe();
    },
    list,
    async add(pledgeId, now = Date.now()) {
      await db.transaction('rw', db.bookmarks, async () => {
        if (!(await db.bookmarks.get(pledgeId))) await db.bookmarks.put({ pledgeId, addedAt: now });
      });
    },
    async remove(pledgeId) {
      await db.bookmarks.delete(pledgeId);
    },
    async importJson(text) {
      const parsed = parseImport(text);
      if (!parsed.ok) return parsed;
      return db.transaction('rw', db.bookmarks, async () => {
        const existing = new Set((await db.bookmarks.toArray()).map((r) => r.pledgeId));
        const rows = newRows(existing, parsed.rows);
        await db.bookmarks.bulkPut(rows);
        return { ok: true as const, added: rows.length, kept: parsed.rows.length - rows.length };
      });
    },
    async exportJson(now = Date.now()) {
      return serializeExport(await list(), now);
    },
  };
}

/** Bookmarks for this visit only, when IndexedDB cannot be opened. */
export function memoryBookmarks(): BookmarkStore {
  let rows: BookmarkRow[] = [];
  const listeners = new Set<(rows: BookmarkRow[]) => void>();
  const set = (next: BookmarkRow[]) => {
    rows = [...next].sort((a, b) => a.addedAt - b.addedAt);
    for (const l of listeners) l(rows);
  };
  return {
    observe(listener) {
      listeners.add(listener);
      listener(rows);
      return () => listeners.delete(listener);
    },
    list: async () => rows,
    async add(pledgeId, now = Date.now()) {
      if (!rows.some((r) => r.pledgeId === pledgeId)) set([...rows, { pledgeId, addedAt: now }]);
    },
    async remove(pledgeId) {
      set(rows.filter((r) => r.pledgeId !== pledgeId));
    },
    async importJson(text) {
      const parsed = parseImport(text);
      if (!parsed.ok) return parsed;
      const added = newRows(new Set(rows.map((r) => r.pledgeId)), parsed.rows);
      set([...rows, ...added]);
      return { ok: true, added: added.length, kept: parsed.rows.length - added.length };
    },
    async exportJson(now = Date.now()) {
      return serializeExport(rows, now);
    },
  };
}
