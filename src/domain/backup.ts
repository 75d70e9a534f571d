/**
 * The backup file: everything the member made on this device (bookmarks, notes, reader settings)
 * in one JSON file with a format version, its validator, and the merge of a file into what a
 * device already holds. The file is outside input like any other: `parseBackup` never throws,
 * refuses anything too large, malformed, hostile or from a newer app with a reason and the path
 * of the problem, and accepts the bookmarks-only files (bookmarks-file.ts). The merge is
 * pure and loses no text: bookmarks from both sides stay, and a note edited on both devices
 * keeps both texts (see note-write.ts for `versions` and `ancestors`).
 */
import * as v from 'valibot';
import { EXPORT_FORMAT as BOOKMARKS_FORMAT, parseImport as parseBookmarksFile, type BookmarkEntry } from './bookmarks-file';
import { MAX_ANCESTORS, MAX_NOTE_CHARS, MAX_VERSIONS, noteHash, unionAncestors, type NoteRow, type NoteVersion } from './note-write';

export const BACKUP_FORMAT = 'bibai-pledge-backup';
export const BACKUP_VERSION = 1;
/** Far above any real backup (a few hundred KB), far below what would stall a phone. */
export const MAX_BACKUP_CHARS = 10_000_000;
export const MAX_BACKUP_BOOKMARKS = 1000;
export const MAX_BACKUP_NOTES = 1000;
/** Settings a later app may add are accepted (and ignored here) up to this many. */
const MAX_PREFERENCES = 50;
/** Deeper than the format ever nests: a sign of a hostile or broken file. */
const MAX_DEPTH = 8;
/** Keys that could reach an object's prototype if some code copied them. */
const HOSTILE_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

/** The reader settings a backup carries (`STORAGE_KEYS` in storage/preferences.ts). */
export const BACKUP_LANGS = ['ja', 'en'] as const;
/** Same values as `TEXT_SIZES` in app/text-size.ts (a test keeps them equal; that module needs Solid). */
export const BACKUP_TEXT_SIZES = ['normal', 'large', 'xlarge'] as const;

export interface BackupPreferences {
  lang?: (typeof BACKUP_LANGS)[number];
  textSize?: (typeof BACKUP_TEXT_SIZES)[number];
}

/** What a device holds (and a backup carries), in storage's shapes. */
export interface BackupData {
  bookmarks: BookmarkEntry[];
  notes: NoteRow[];
  preferences: BackupPreferences;
}

export interface BackupFile extends BackupData {
  /** Milliseconds since the epoch; null for a bookmarks-only file written without one. */
  exportedAt: number | null;
  /** Which kind of file it was: a full backup, or a bookmarks-only export (bookmarks-file.ts). */
  kind: 'backup' | 'bookmarks';
}

export type BackupRefusalReason = 'tooLarge' | 'notJson' | 'notBackup' | 'newerVersion' | 'invalidEntry';
/** Why a file was refused; `path` names the place in the file (`notes.3.text`), or is empty. */
export interface BackupRefusal {
  ok: false;
  reason: BackupRefusalReason;
  path: string;
  message: string;
}
export type BackupParse = { ok: true; file: BackupFile } | BackupRefusal;

// ---------------------------------------------------------------------------------------------
// The file format, version 1

const Time = v.pipe(
  v.string('expected a date'),
  v.maxLength(40, 'is not a date'),
  v.check((s) => Number.isFinite(Date.parse(s)), 'is not a date'),
);
const PledgeId = v.pipe(v.string('expected a pledge number'), v.regex(/^[1-9]\d{0,5}(?:-[1-9])?$/, 'is not a pledge number'));
const Text = v.pipe(v.string('expected a text'), v.maxLength(MAX_NOTE_CHARS, `is longer than ${MAX_NOTE_CHARS} characters`));

const FileVersion = v.strictObject({
  writer: v.pipe(v.string('expected a writer id'), v.minLength(1, 'is empty'), v.maxLength(100, 'is too long')),
  text: Text,
  savedAt: Time,
});

const FileNote = v.strictObject({
  pledgeId: PledgeId,
  text: Text,
  revision: v.pipe(v.number('expected a number'), v.safeInteger('expected a whole number'), v.minValue(1, 'expected at least 1')),
  createdAt: Time,
  updatedAt: Time,
  versions: v.pipe(v.array(FileVersion, 'expected a list'), v.maxLength(MAX_VERSIONS, `has more than ${MAX_VERSIONS} versions`)),
  ancestors: v.pipe(
    v.array(v.pipe(v.string('expected a fingerprint'), v.regex(/^[0-9a-f]{14}$/, 'is not a fingerprint')), 'expected a list'),
    v.maxLength(MAX_ANCESTORS, `has more than ${MAX_ANCESTORS} entries`),
  ),
});

const PREF_KEY = /^[a-z][a-zA-Z0-9]{0,39}$/;
const isPlainValue = (x: unknown) => x === null || typeof x === 'boolean' || (typeof x === 'number' && Number.isFinite(x)) || (typeof x === 'string' && x.length <= 200);

/** Known settings are checked; unknown ones (from a later app) must look like settings and are dropped. */
const FilePreferences = v.pipe(
  v.looseObject({
    lang: v.optional(v.picklist(BACKUP_LANGS, `expected one of ${BACKUP_LANGS.join(', ')}`)),
    textSize: v.optional(v.picklist(BACKUP_TEXT_SIZES, `expected one of ${BACKUP_TEXT_SIZES.join(', ')}`)),
  }),
  v.check((o) => Object.keys(o).length <= MAX_PREFERENCES, `has more than ${MAX_PREFERENCES} settings`),
  v.check((o) => Object.keys(o).every((k) => PREF_KEY.test(k)), 'has a setting whose name is not a setting name'),
  v.check((o) => Object.values(o).every(isPlainValue), 'has a setting whose value is not a plain value'),
);

const BackupFileSchema = v.strictObject({
  format: v.literal(BACKUP_FORMAT),
  version: v.literal(BACKUP_VERSION),
  exportedAt: Time,
  bookmarks: v.pipe(
    v.array(v.strictObject({ pledgeId: PledgeId, addedAt: Time }), 'expected a list'),
    v.maxLength(MAX_BACKUP_BOOKMARKS, `more than ${MAX_BACKUP_BOOKMARKS} bookmarks`),
  ),
  notes: v.pipe(
    v.array(FileNote, 'expected a list'),
    v.maxLength(MAX_BACKUP_NOTES, `more than ${MAX_BACKUP_NOTES} notes`),
  ),
  preferences: FilePreferences,
});

type FileShape = v.InferOutput<typeof BackupFileSchema>;

// ---------------------------------------------------------------------------------------------
// Reading a file

const refuse = (reason: BackupRefusalReason, path: string, message: string): BackupRefusal => ({ ok: false, reason, path, message });

/** The first hostile key or too-deep place in a parsed JSON value, as a path; null when clean. */
function findHostile(value: unknown, path: string[] = []): { path: string; message: string } | null {
  if (value === null || typeof value !== 'object') return null;
  if (path.length >= MAX_DEPTH) return { path: path.join('.'), message: 'is nested too deeply' };
  for (const key of Object.keys(value)) {
    if (HOSTILE_KEYS.has(key)) return { path: [...path, key].join('.'), message: 'is not allowed' };
    const found = findHostile((value as Record<string, unknown>)[key], [...path, key]);
    if (found) return found;
  }
  return null;
}

const time = (s: string) => Date.parse(s);

function fromFile(f: FileShape): BackupFile {
  const preferences: BackupPreferences = {};
  if (f.preferences.lang !== undefined) preferences.lang = f.preferences.lang;
  if (f.preferences.textSize !== undefined) preferences.textSize = f.preferences.textSize;
  return {
    kind: 'backup',
    exportedAt: time(f.exportedAt),
    bookmarks: f.bookmarks.map((b) => ({ pledgeId: b.pledgeId, addedAt: time(b.addedAt) })),
    notes: f.notes.map((n) => ({
      pledgeId: n.pledgeId,
      text: n.text,
      revision: n.revision,
      createdAt: time(n.createdAt),
      updatedAt: time(n.updatedAt),
      versions: n.versions.map((x) => ({ writer: x.writer, text: x.text, savedAt: time(x.savedAt) })),
      ancestors: [...n.ancestors],
    })),
    preferences,
  };
}

/** A bookmarks-only export, read by its own parser and given the backup's shape. */
function fromBookmarksFile(text: string): BackupParse {
  const parsed = parseBookmarksFile(text);
  if (parsed.ok) return { ok: true, file: { kind: 'bookmarks', exportedAt: null, bookmarks: parsed.rows, notes: [], preferences: {} } };
  const reason = parsed.reason === 'notBookmarks' ? 'notBackup' : parsed.reason;
  const colon = parsed.message.indexOf(': ');
  return refuse(reason, colon === -1 ? '' : parsed.message.slice(0, colon), parsed.message);
}

function checkFile(text: string): BackupParse {
  if (text.length > MAX_BACKUP_CHARS) return refuse('tooLarge', '', `${text.length} characters (at most ${MAX_BACKUP_CHARS})`);
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return refuse('notJson', '', 'the file is not JSON, or it is cut short');
  }
  if (json === null || typeof json !== 'object' || Array.isArray(json)) return refuse('notBackup', '', 'expected an object');
  const hostile = findHostile(json);
  if (hostile) return refuse('invalidEntry', hostile.path, `${hostile.path}: ${hostile.message}`);
  const top = json as Record<string, unknown>;
  if (top.format === BOOKMARKS_FORMAT) return fromBookmarksFile(text);
  if (top.format !== BACKUP_FORMAT) return refuse('notBackup', 'format', 'format: not a backup of this app');
  if (typeof top.version === 'number' && top.version > BACKUP_VERSION)
    return refuse('newerVersion', 'version', `version ${top.version}: made by a newer app (this one reads version ${BACKUP_VERSION})`);

  const parsed = v.safeParse(BackupFileSchema, json);
  if (!parsed.success) {
    const issue = parsed.issues[0];
    const keys = issue.path?.map((p) => String(p.key)) ?? [];
    const path = keys.join('.');
    const message = path ? `${path}: ${issue.message}` : issue.message;
    const list = keys[0] === 'bookmarks' || keys[0] === 'notes';
    if (list && keys.length === 1 && issue.type === 'max_length') return refuse('tooLarge', path, message);
    // Inside a list entry or a setting: a bad entry; anything else: not a backup at all.
    return refuse((list && keys.length >= 2) || keys[0] === 'preferences' ? 'invalidEntry' : 'notBackup', path, message);
  }
  const seen = new Set<string>();
  for (const [i, note] of parsed.output.notes.entries()) {
    if (seen.has(note.pledgeId)) return refuse('invalidEntry', `notes.${i}.pledgeId`, `notes.${i}.pledgeId: a second note on pledge ${note.pledgeId}`);
    seen.add(note.pledgeId);
  }
  return { ok: true, file: fromFile(parsed.output) };
}

/** Checks a backup (or bookmarks-only) file without touching storage. Never throws. */
export function parseBackup(text: unknown): BackupParse {
  if (typeof text !== 'string') return refuse('notJson', '', 'expected the text of a file');
  try {
    return checkFile(text);
  } catch (error) {
    // Unforeseen input must still come back as a refusal, not an exception in the import.
    return refuse('notBackup', '', error instanceof Error ? error.message : String(error));
  }
}

// ---------------------------------------------------------------------------------------------
// Writing a file

const iso = (ms: number) => new Date(ms).toISOString();

export function serializeBackup(data: BackupData, now: number): string {
  const file: FileShape = {
    format: BACKUP_FORMAT,
    version: BACKUP_VERSION,
    exportedAt: iso(now),
    bookmarks: data.bookmarks.map((b) => ({ pledgeId: b.pledgeId, addedAt: iso(b.addedAt) })),
    notes: data.notes.map((n) => ({
      pledgeId: n.pledgeId,
      text: n.text,
      revision: n.revision,
      createdAt: iso(n.createdAt),
      updatedAt: iso(n.updatedAt),
      versions: n.versions.map((x) => ({ writer: x.writer, text: x.text, savedAt: iso(x.savedAt) })),
      ancestors: n.ancestors,
    })),
    preferences: { ...data.preferences },
  };
  return JSON.stringify(file, null, 2) + '\n';
}

/** `bibai-backup-2025-01-31.json`, by the export's date in UTC. */
export function backupFileName(now: number): string {
  return `bibai-backup-${iso(now).slice(0, 10)}.json`;
}

// ---------------------------------------------------------------------------------------------
// Merging a file into what the device holds

export interface MergeSummary {
  bookmarksAdded: number;
  /** Bookmarks of the file this device had already (each keeps its own date). */
  bookmarksKept: number;
  notesAdded: number;
  /** Notes whose file text was edited from this device's text, which it replaces. */
  notesUpdated: number;
  /** Notes left as they were (same text, or this device's text is the newer one). */
  notesKept: number;
  /** Notes edited on both devices: this device's text stays, the file's is kept as another version. */
  notesWithTwoVersions: number;
  /** Settings the file changes. */
  preferencesChanged: (keyof BackupPreferences)[];
}

export interface MergeResult {
  ok: true;
  /** Rows to write (new or changed); the rest of the device's data stays as it is. */
  bookmarks: BookmarkEntry[];
  notes: NoteRow[];
  preferences: BackupPreferences;
  summary: MergeSummary;
}

/** Nothing is merged when a note would hold more versions than a note may (settle some first). */
export interface MergeRefusal {
  ok: false;
  reason: 'tooManyVersions';
  pledgeId: string;
}

/** `versions` plus those of `extra` whose text is new (not the main text, not held already). */
function addVersions(main: string, versions: readonly NoteVersion[], extra: readonly NoteVersion[]): NoteVersion[] {
  const out = versions.filter((x) => x.text !== main);
  for (const x of extra) if (x.text !== main && !out.some((y) => y.text === x.text)) out.push(x);
  return out;
}

type NoteMerge = { row: NoteRow; outcome: 'kept' | 'updated' | 'twoVersions' };

/** One note held on both sides; `writer` names the file's text if it becomes another version. */
function mergeNote(local: NoteRow, file: NoteRow, writer: string): NoteMerge {
  const ancestors = unionAncestors(local.ancestors, file.ancestors);
  const createdAt = Math.min(local.createdAt, file.createdAt);
  // The file's text was written from this device's text (or this device's note is empty).
  if (local.text !== file.text && (local.text.trim() === '' || file.ancestors.includes(noteHash(local.text)))) {
    const versions = addVersions(file.text, local.versions, file.versions);
    const row: NoteRow = {
      ...local,
      text: file.text,
      revision: local.revision + 1,
      createdAt,
      updatedAt: file.updatedAt,
      versions,
      ancestors: unionAncestors(ancestors, local.text.trim() === '' ? [] : [noteHash(local.text)]),
    };
    return { row, outcome: 'updated' };
  }
  // Same text, or this device's text descends from the file's: the file's text is not new.
  const fileTextKnown = local.text === file.text || local.ancestors.includes(noteHash(file.text));
  const incoming: NoteVersion[] = fileTextKnown ? [...file.versions] : [{ writer, text: file.text, savedAt: file.updatedAt }, ...file.versions];
  const versions = addVersions(local.text, local.versions, incoming);
  const added = versions.length > local.versions.filter((x) => x.text !== local.text).length;
  return { row: { ...local, createdAt, versions, ancestors }, outcome: added ? 'twoVersions' : 'kept' };
}

const sameRow = (a: NoteRow, b: NoteRow) => JSON.stringify(a) === JSON.stringify(b);

/**
 * Merges a validated file into the device's data. Bookmarks: the union (a bookmark the device
 * has keeps its date). Notes: added when new; replaced when the file's text was edited from
 * this device's; kept when the same or older; both texts kept when edited on both devices.
 * Settings: the file's. Importing the same file again changes nothing.
 */
export function mergeBackup(local: BackupData, file: BackupFile): MergeResult | MergeRefusal {
  const summary: MergeSummary = { bookmarksAdded: 0, bookmarksKept: 0, notesAdded: 0, notesUpdated: 0, notesKept: 0, notesWithTwoVersions: 0, preferencesChanged: [] };

  const haveBookmark = new Set(local.bookmarks.map((b) => b.pledgeId));
  const bookmarks: BookmarkEntry[] = [];
  for (const b of file.bookmarks) {
    if (haveBookmark.has(b.pledgeId)) {
      summary.bookmarksKept++;
      continue;
    }
    haveBookmark.add(b.pledgeId);
    bookmarks.push(b);
    summary.bookmarksAdded++;
  }

  const localNotes = new Map(local.notes.map((n) => [n.pledgeId, n]));
  const writer = `backup:${file.exportedAt === null ? 'file' : iso(file.exportedAt)}`;
  const notes: NoteRow[] = [];
  for (const f of file.notes) {
    const mine = localNotes.get(f.pledgeId);
    if (!mine) {
      // Each other version once, none equal to the note's text.
      const row = { ...f, versions: addVersions(f.text, [], f.versions) };
      notes.push(row);
      localNotes.set(f.pledgeId, row);
      summary.notesAdded++;
      continue;
    }
    const { row, outcome } = mergeNote(mine, f, writer);
    if (row.versions.length > MAX_VERSIONS) return { ok: false, reason: 'tooManyVersions', pledgeId: f.pledgeId };
    if (!sameRow(row, mine)) notes.push(row);
    if (outcome === 'updated') summary.notesUpdated++;
    else if (outcome === 'twoVersions') summary.notesWithTwoVersions++;
    else summary.notesKept++;
  }

  const preferences: BackupPreferences = { ...file.preferences };
  for (const key of Object.keys(preferences) as (keyof BackupPreferences)[]) if (preferences[key] !== local.preferences[key]) summary.preferencesChanged.push(key);

  return { ok: true, bookmarks, notes, preferences, summary };
}
