/** A stored note as the app keeps it (see note-write.ts for the rule that writes it). */

/** A text that could not replace the note because it was edited from an older one. */
export interface NoteVersion {
  /** Who wrote it: a tab's writer id, or `backup:<exportedAt>` for a text from a backup file. */
  writer: string;
  text: string;
  /** Milliseconds since the epoch. */
  savedAt: number;
}

export interface NoteRow {
  pledgeId: string;
  text: string;
  /** 1 for the first save, + 1 each time the text is replaced. */
  revision: number;
  /** Milliseconds since the epoch. */
  createdAt: number;
  /** When `text` was last replaced (milliseconds since the epoch). */
  updatedAt: number;
  /** Other versions waiting for the member: "this note has another version". */
  versions: NoteVersion[];
  /**
   * `noteHash` of texts this note had before (oldest first, at most MAX_ANCESTORS). A backup
   * whose text descends from ours replaces it; one edited on both sides is kept as a version.
   * A forgotten ancestor only makes a later merge keep both texts, never drop one.
   */
  ancestors: string[];
}

/** A note that has other versions waiting for the member. */
export const hasOtherVersions = (row: NoteRow | null | undefined): boolean => (row?.versions.length ?? 0) > 0;

/** A note that holds nothing: no text and no other version (the export leaves it out). */
export const isBlankNote = (row: NoteRow): boolean => row.text.trim() === '' && row.versions.length === 0;
