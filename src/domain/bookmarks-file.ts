/**
 * The bookmarks-only export file (`bibai-pledge-bookmarks`, version 1): its validator and writer.
 * Pure, so the backup file's reader (backup.ts) accepts these files through the same rules.
 */
import * as v from 'valibot';

/** One bookmark as storage keeps it (the `bookmarks` table's row). */
export interface BookmarkEntry {
  pledgeId: string;
  /** Milliseconds since the epoch. */
  addedAt: number;
}

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

/** Checks an import file without touching storage. */
export function parseImport(text: string): { ok: true; rows: BookmarkEntry[] } | ImportRefusal {
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

export function serializeExport(rows: readonly BookmarkEntry[], now: number): string {
  const file: v.InferOutput<typeof ExportFileSchema> = {
    format: EXPORT_FORMAT,
    version: 1,
    exportedAt: new Date(now).toISOString(),
    bookmarks: rows.map((r) => ({ pledgeId: r.pledgeId, addedAt: new Date(r.addedAt).toISOString() })),
  };
  return JSON.stringify(file, null, 2) + '\n';
}

