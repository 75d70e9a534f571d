/**
 * The member's notes as one plain-text / Markdown document, grouped by pledge in the dataset's
 * order (number, title, status, last edited, then the note exactly as written, facts blocks
 * included), and one note as plain text for the clipboard. Other versions waiting to be settled
 * are exported too, so the file holds every text. Pure: the caller passes labels and dates.
 */
import type { Dataset, Pledge } from './schema';
import type { MessageKey } from '../i18n/keys';
import type { Lang } from './format';
import { isBlankNote, type NoteRow } from './note-write';

export type NotesExportKey = Extract<MessageKey, `notesExport.${string}`>;
/** i18next's `t`: dataset and note texts arrive as options and come back verbatim. */
export type NotesExportLabel = (key: NotesExportKey, options?: Record<string, string | number>) => string;

export interface NotesExportInput {
  notes: readonly NoteRow[];
  dataset: Pick<Dataset, 'pledges' | 'statuses'>;
  label: NotesExportLabel;
  lang: Lang;
  /** How a time (milliseconds since the epoch) reads in the member's language. */
  formatDate: (ms: number) => string;
  exportedAt: number;
  /** The app's name for the document's heading. */
  appName: string;
}

/** `bibai-notes-2025-01-31.md`: the date of the export, in UTC like the backup's timestamp. */
export function notesFileName(exportedAt: number): string {
  return `bibai-notes-${new Date(exportedAt).toISOString().slice(0, 10)}.md`;
}

/** The pledge's heading line, also when the dataset no longer has it. */
function heading(id: string, pledge: Pledge | undefined, label: NotesExportLabel): string {
  return pledge ? label('notesExport.pledge', { id, title: pledge.title.ja }) : label('notesExport.pledgeMissing', { id });
}

/** Note rows in the dataset's order, then those of pledges it no longer has, by id. */
export function inDocumentOrder(notes: readonly NoteRow[], pledges: readonly Pledge[]): NoteRow[] {
  const order = new Map(pledges.map((p, i) => [p.id, i]));
  const rank = (r: NoteRow) => order.get(r.pledgeId) ?? Number.MAX_SAFE_INTEGER;
  return [...notes].sort((a, b) => rank(a) - rank(b) || (a.pledgeId < b.pledgeId ? -1 : a.pledgeId > b.pledgeId ? 1 : 0));
}

/** Ends a text with exactly one newline, so the next Markdown block starts on its own line. */
const asBlock = (text: string) => text.replace(/\n*$/, '\n');

export function notesDocument(input: NotesExportInput): string {
  const { label, formatDate } = input;
  const byId = new Map(input.dataset.pledges.map((p) => [p.id, p]));
  const rows = inDocumentOrder(input.notes.filter((r) => !isBlankNote(r)), input.dataset.pledges);
  const out: string[] = [
    `# ${label('notesExport.title', { app: input.appName })}`,
    '',
    label('notesExport.exportedAt', { date: formatDate(input.exportedAt) }),
    label('notesExport.count', { count: rows.length }),
    '',
  ];
  if (rows.length === 0) out.push(label('notesExport.empty'), '');
  for (const row of rows) {
    const pledge = byId.get(row.pledgeId);
    out.push(`## ${heading(row.pledgeId, pledge, label)}`, '');
    if (pledge) {
      // The dataset's name of the status (the source prints none for `unreported`).
      const status = input.dataset.statuses.find((s) => s.id === pledge.status)?.[input.lang] || label('notesExport.statusNone');
      out.push(`- ${label('notesExport.status', { status })}`);
    }
    out.push(`- ${label('notesExport.updatedAt', { date: formatDate(row.updatedAt) })}`, '');
    out.push(asBlock(row.text));
    for (const v of row.versions) out.push(`### ${label('notesExport.otherVersion', { date: formatDate(v.savedAt) })}`, '', asBlock(v.text));
  }
  return out.join('\n').replace(/\n*$/, '\n');
}

/** One note for the clipboard: its pledge's heading line, a blank line, the note as written. */
export function noteAsText(row: NoteRow, pledge: Pledge | undefined, label: NotesExportLabel): string {
  return `${heading(row.pledgeId, pledge, label)}\n\n${row.text}`;
}
