/**
 * The reader's bookmarks: pledge id + time added. Backed by the Dexie `bookmarks` table (live
 * across tabs through liveQuery) or, when IndexedDB is unavailable, by memory for this visit.
 * Bookmarks are never removed because a pledge left the dataset; only the reader removes them.
 */
import { liveQuery } from 'dexie';
import * as v from 'valibot';
import type { BookmarkRow, PledgeDb } from './db';

export type { BookmarkRow };

export const EXPORT_FORMAT = 'bibai-pledge-bookmarks';
const MAX_IMPORT_CHARS = 1_000_000;
const MAX_IMPORT_ITEMS = 1000;

/** The export file: versioned so a later app can still read today's files. */
const ExportFileSchema = v.strictObject({
  format: v.literal(EXPORT_FORMAT),
  version: v.literal(1),
  exportedAt: v.optional(v.string()),
  bookmarks: v.pipe(
    v.array(
      v.strictObject({
        pledgeId: v.pipe(v.string(), v.regex(/^[1-9]\d?(?:-[1-9])?$/, 'is not a pledge number')),
        addedAt: v.pipe(
          v.string(),
          v.check((s) => !Number.isNaN(Date.parse(s)), 'is not a date'),
        ),
      }),
    ),
    v.maxLength(MAX_IMPORT_ITEMS, `more than ${MAX_IMPORT_ITEMS} bookmarks`),
  ),
});

/** Why a file was refused; `message` names the place in the file for the curious. */
export type ImportRefusal = { ok: false; reason: 'tooLarge' | 'notJson' | 'notBookmarks' | 'invalidEntry'; message: string };
export type ImportResult = { ok: true; added: number; kept: number } | ImportRefusal;

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

/** Checks an import file without touching storage. */
export function parseImport(text: string): { ok: true; rows: BookmarkRow[] } | ImportRefusal {
  if (text.length > MAX_IMPORT_CHARS) return { ok: false, reason: 'tooLarge', message: `${text.length} characters` };
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { ok: false, reason: 'notJson', message: 'JSON.parse' };
  }
  const parsed = v.safeParse(ExportFileSchema, json);
  if (!parsed.success) {
    const issue = parsed.issues[0];
    const keys = issue.path?.map((p) => String(p.key)) ?? [];
    const path = keys.join('.');
    const reason = keys[0] === 'bookmarks' && keys.length > 2 ? 'invalidEntry' : 'notBookmarks';
    return { ok: false, reason, message: path ? `${path}: ${issue.message}` : issue.message };
  }
  return {
    ok: true,
    rows: parsed.output.bookmarks.map((b) => ({ pledgeId: b.pledgeId, addedAt: Date.parse(b.addedAt) })),
  };
}

export function serializeExport(rows: readonly BookmarkRow[], now: number): string {
  const file: v.InferOutput<typeof ExportFileSchema> = {
    format: EXPORT_FORMAT,
    version: 1,
    exportedAt: new Date(now).toISOString(),
    bookmarks: rows.map((r) => ({ pledgeId: r.pledgeId, addedAt: new Date(r.addedAt).toISOString() })),
  };
  return JSON.stringify(file, null, 2) + '\n';
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
