/**
 * The backup file against storage: reads everything the member made for export (bookmarks and
 * notes in one IndexedDB transaction, settings from localStorage), and imports a file in ONE
 * transaction: validated first, merged with what is stored inside the transaction (so another
 * tab's write cannot slip between), written all or nothing. A refused file or a failed write
 * changes nothing. Settings are written only after the transaction committed; localStorage
 * cannot join it, and a setting that fails to stick only means the reader sets it again.
 */
import {
  BACKUP_LANGS,
  BACKUP_TEXT_SIZES,
  mergeBackup,
  parseBackup,
  serializeBackup,
  type BackupData,
  type BackupPreferences,
  type BackupRefusal,
  type MergeSummary,
} from '../domain/backup';
import type { BookmarkStore } from './bookmarks';
import type { PledgeDb } from './db';
import type { MemoryNoteStore } from './notes';
import { STORAGE_KEYS, readPref, writePref } from './preferences';
import { isQuotaError } from './quota';

export type BackupImportResult =
  | {
      ok: true;
      summary: MergeSummary;
      /** The settings the file set (the caller applies them to the page, e.g. the text size). */
      preferences: BackupPreferences;
      /** False when localStorage refused a setting (everything else was imported). */
      preferencesSaved: boolean;
    }
  | BackupRefusal
  /** A note would hold more other versions than allowed: settle that note's versions, then import again. */
  | { ok: false; reason: 'tooManyVersions'; pledgeId: string; message: string }
  /** Storage failed while writing (full disk, broken database): nothing was changed. */
  | { ok: false; reason: 'quota' | 'unavailable'; message: string };

export interface BackupStore {
  /** Everything the member made, as the backup carries it. */
  read(): Promise<BackupData>;
  exportJson(now?: number): Promise<string>;
  importText(text: string): Promise<BackupImportResult>;
}

const PREF_KEYS = { lang: STORAGE_KEYS.lang, textSize: STORAGE_KEYS.textSize } as const satisfies Record<keyof BackupPreferences, string>;

/** The stored settings the backup knows, ignoring unknown values. */
export function readBackupPreferences(): BackupPreferences {
  const prefs: BackupPreferences = {};
  const lang = readPref(PREF_KEYS.lang);
  if ((BACKUP_LANGS as readonly (string | null)[]).includes(lang)) prefs.lang = lang as BackupPreferences['lang'];
  const size = readPref(PREF_KEYS.textSize);
  if ((BACKUP_TEXT_SIZES as readonly (string | null)[]).includes(size)) prefs.textSize = size as BackupPreferences['textSize'];
  return prefs;
}

/** Writes the settings; true when every one reads back. */
function writeBackupPreferences(prefs: BackupPreferences): boolean {
  let saved = true;
  for (const key of Object.keys(prefs) as (keyof BackupPreferences)[]) {
    const value = prefs[key];
    if (value === undefined) continue;
    writePref(PREF_KEYS[key], value);
    if (readPref(PREF_KEYS[key]) !== value) saved = false;
  }
  return saved;
}

const failure = (error: unknown): BackupImportResult => ({
  ok: false,
  reason: isQuotaError(error) ? 'quota' : 'unavailable',
  message: error instanceof Error ? `${error.name}: ${error.message}` : String(error),
});

const tooManyVersions = (pledgeId: string): BackupImportResult => ({ ok: false, reason: 'tooManyVersions', pledgeId, message: `pledge ${pledgeId}` });

export function dexieBackup(db: PledgeDb): BackupStore {
  const read = async (): Promise<BackupData> => {
    const [bookmarks, notes] = await db.transaction('r', db.bookmarks, db.notes, () => Promise.all([db.bookmarks.orderBy('addedAt').toArray(), db.notes.toArray()]));
    return { bookmarks, notes, preferences: readBackupPreferences() };
  };
  return {
    read,
    async exportJson(now = Date.now()) {
      return serializeBackup(await read(), now);
    },
    async importText(text) {
      const parsed = parseBackup(text);
      if (!parsed.ok) return parsed;
      let merged;
      try {
        merged = await db.transaction('rw', db.bookmarks, db.notes, async () => {
          const [bookmarks, notes] = await Promise.all([db.bookmarks.toArray(), db.notes.toArray()]);
          const result = mergeBackup({ bookmarks, notes, preferences: readBackupPreferences() }, parsed.file);
          if (!result.ok) return result;
          await db.bookmarks.bulkPut(result.bookmarks);
          await db.notes.bulkPut(result.notes);
          return result;
        });
      } catch (error) {
        return failure(error);
      }
      if (!merged.ok) return tooManyVersions(merged.pledgeId);
      return { ok: true, summary: merged.summary, preferences: merged.preferences, preferencesSaved: writeBackupPreferences(merged.preferences) };
    },
  };
}

/** Without IndexedDB: the same over the visit's memory stores. */
export function memoryBackup(bookmarks: BookmarkStore, notes: MemoryNoteStore): BackupStore {
  const read = async (): Promise<BackupData> => ({ bookmarks: await bookmarks.list(), notes: await notes.list(), preferences: readBackupPreferences() });
  return {
    read,
    async exportJson(now = Date.now()) {
      return serializeBackup(await read(), now);
    },
    async importText(text) {
      const parsed = parseBackup(text);
      if (!parsed.ok) return parsed;
      const merged = mergeBackup(await read(), parsed.file);
      if (!merged.ok) return tooManyVersions(merged.pledgeId);
      for (const b of merged.bookmarks) await bookmarks.add(b.pledgeId, b.addedAt);
      notes.putRows(merged.notes);
      return { ok: true, summary: merged.summary, preferences: merged.preferences, preferencesSaved: writeBackupPreferences(merged.preferences) };
    },
  };
}
