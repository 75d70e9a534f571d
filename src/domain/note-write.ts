/**
 * The member's note on a pledge and the rule that lets two tabs (or two phones) edit it without
 * losing text. A stored note has a revision; a write carries the revision it was edited from.
 * If that is the stored revision the write replaces the text (revision + 1); otherwise the stored
 * text stays and the incoming one is kept beside it as another version, for the member to settle.
 * Nothing is ever concatenated. Pure: the storage applies these inside one transaction.
 */

import type { NoteRow, NoteVersion } from './note-row';

export { hasOtherVersions, isBlankNote, type NoteRow, type NoteVersion } from './note-row';

/** About ten pages of Japanese; also bounds what a backup file may carry per note. */
export const MAX_NOTE_CHARS = 20_000;
/** Other versions one note may hold (one per tab or backup that wrote from an older text). */
export const MAX_VERSIONS = 20;
/** Fingerprints of earlier texts kept per note; older ones are forgotten (see `ancestors`). */
export const MAX_ANCESTORS = 200;

export interface NoteWrite {
  pledgeId: string;
  text: string;
  /** The stored revision the field was showing when the member edited it; 0 for a new note. */
  baseRevision: number;
  /** Stable for one tab: its later writes update its own other version instead of adding more. */
  writer: string;
  at: number;
}

export type WriteRefusal = 'tooLong' | 'tooManyVersions';

export type WriteOutcome =
  /** The text replaced the stored one (or started the note). */
  | { kind: 'saved'; row: NoteRow }
  /** The stored text already is this text; nothing to do beyond adopting `row.revision`. */
  | { kind: 'unchanged'; row: NoteRow }
  /** Edited from an older revision: stored text kept, this text kept as another version. */
  | { kind: 'conflict'; row: NoteRow }
  | { kind: 'refused'; reason: WriteRefusal };

/** A 53-bit fingerprint of a text (cyrb53), as hex: identifies earlier texts, not a secret. */
export function noteHash(text: string): string {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 2654435761);
    h2 = Math.imul(h2 ^ c, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(16).padStart(14, '0');
}

/** `ancestors` plus `hashes` (each once, newest last), cut to the newest MAX_ANCESTORS. */
export function withAncestors(ancestors: readonly string[], hashes: readonly string[]): string[] {
  const add = new Set(hashes);
  const out = [...ancestors.filter((h) => !add.has(h)), ...add];
  return out.slice(-MAX_ANCESTORS);
}


function replaced(stored: NoteRow, text: string, at: number): NoteRow {
  return {
    ...stored,
    text,
    revision: stored.revision + 1,
    updatedAt: at,
    ancestors: withAncestors(stored.ancestors, [noteHash(stored.text)]),
  };
}

/** The write rule. `stored` is the row as read in the same transaction. */
export function applyWrite(stored: NoteRow | undefined, w: NoteWrite): WriteOutcome {
  if (w.text.length > MAX_NOTE_CHARS) return { kind: 'refused', reason: 'tooLong' };
  // No row: a new note, or one deleted meanwhile in another tab; the typed text is kept either way.
  if (!stored) return { kind: 'saved', row: { pledgeId: w.pledgeId, text: w.text, revision: 1, createdAt: w.at, updatedAt: w.at, versions: [], ancestors: [] } };
  const own = stored.versions.findIndex((v) => v.writer === w.writer);
  if (w.text === stored.text) {
    // This writer's other version is superseded by its own latest text, which is stored.
    if (own === -1) return { kind: 'unchanged', row: stored };
    return { kind: 'unchanged', row: { ...stored, versions: stored.versions.filter((_, i) => i !== own) } };
  }
  if (w.baseRevision === stored.revision) return { kind: 'saved', row: replaced(stored, w.text, w.at) };
  const version: NoteVersion = { writer: w.writer, text: w.text, savedAt: w.at };
  if (own !== -1) return { kind: 'conflict', row: { ...stored, versions: stored.versions.map((v, i) => (i === own ? version : v)) } };
  if (stored.versions.length >= MAX_VERSIONS) return { kind: 'refused', reason: 'tooManyVersions' };
  return { kind: 'conflict', row: { ...stored, versions: [...stored.versions, version] } };
}

/** The member settles a note with other versions: `text` (one of them, or their own combination). */
export interface NoteResolution {
  pledgeId: string;
  text: string;
  /** The stored revision shown while settling. */
  baseRevision: number;
  /** The other versions that were shown, and are settled by `text`. */
  settled: readonly Pick<NoteVersion, 'writer' | 'savedAt'>[];
  writer: string;
  at: number;
}

/**
 * Settles the versions that were shown. A version written again since it was shown (another
 * `savedAt`) or added meanwhile stays; a resolution made from an older revision is itself kept
 * as another version, like any stale write.
 */
export function applyResolution(stored: NoteRow | undefined, r: NoteResolution): WriteOutcome {
  if (!stored || r.baseRevision !== stored.revision) return applyWrite(stored, r);
  if (r.text.length > MAX_NOTE_CHARS) return { kind: 'refused', reason: 'tooLong' };
  const isSettled = (v: NoteVersion) => r.settled.some((s) => s.writer === v.writer && s.savedAt === v.savedAt);
  const gone = stored.versions.filter(isSettled);
  const versions = stored.versions.filter((v) => !isSettled(v));
  // The texts set aside by this decision count as earlier texts of the note.
  const superseded = [stored.text, ...gone.map((v) => v.text)].filter((t) => t !== r.text).map(noteHash);
  if (r.text === stored.text) return { kind: 'saved', row: { ...stored, versions, ancestors: withAncestors(stored.ancestors, superseded) } };
  return {
    kind: 'saved',
    row: { ...stored, text: r.text, revision: stored.revision + 1, updatedAt: r.at, versions, ancestors: withAncestors(stored.ancestors, superseded) },
  };
}

/** What the member saw when asking to delete a note. */
export interface NoteSeen {
  revision: number;
  versions: readonly Pick<NoteVersion, 'writer' | 'savedAt'>[];
}

/** Deleting is refused when the note changed since the member saw it (another tab wrote). */
export function canDelete(stored: NoteRow | undefined, seen: NoteSeen): boolean {
  if (!stored) return true;
  return stored.revision === seen.revision && stored.versions.every((v) => seen.versions.some((s) => s.writer === v.writer && s.savedAt === v.savedAt));
}

/** Both lists of earlier texts: `a` as it is, then what only `b` holds (a merge reorders nothing). */
export function unionAncestors(a: readonly string[], b: readonly string[]): string[] {
  const have = new Set(a);
  return [...a, ...b.filter((h) => !have.has(h))].slice(-MAX_ANCESTORS);
}
