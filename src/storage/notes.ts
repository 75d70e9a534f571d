/**
 * The member's notes, one per pledge, kept on this device only: the Dexie `notes` table (live
 * across tabs through liveQuery) or, when IndexedDB is unavailable, memory for this visit. Each
 * write applies the two-tab rule of domain/note-write.ts inside one transaction. Nothing here
 * throws at the caller: a full disk or a broken database comes back as a result, and the stored
 * text is left exactly as it was.
 */
import { liveQuery } from 'dexie';
import {
  applyResolution,
  applyWrite,
  canDelete,
  type NoteResolution,
  type NoteRow,
  type NoteSeen,
  type NoteWrite,
  type WriteOutcome,
  type WriteRefusal,
} from '../domain/note-write';
import type { PledgeDb } from './db';
import { isQuotaError } from './quota';

export type { NoteResolution, NoteRow, NoteSeen, NoteWrite };

/**
 * Why a note was not saved; the field keeps the text in every case. `quota`: the device is out
 * of space; `unavailable`: the database failed (closed, blocked, broken); `changed`: a delete of
 * a note another tab wrote meanwhile; plus the rule's own refusals.
 */
export type NoteFailureReason = 'quota' | 'unavailable' | 'changed' | WriteRefusal;
export type NoteFailure = { ok: false; reason: NoteFailureReason; message: string };

export type SaveResult = { ok: true; outcome: 'saved' | 'unchanged' | 'conflict'; row: NoteRow } | NoteFailure;
export type RemoveResult = { ok: true } | NoteFailure;

export interface NoteStore {
  /** False when notes last for this visit only (no IndexedDB): the UI must say so. */
  readonly persistent: boolean;
  /** Calls `listener` with the pledge's note (or null) now and after every change, from any tab. */
  observe(pledgeId: string, listener: (row: NoteRow | null) => void, onError?: (error: unknown) => void): () => void;
  /** Every note, most recently edited first, now and after every change. */
  observeAll(listener: (rows: NoteRow[]) => void, onError?: (error: unknown) => void): () => void;
  get(pledgeId: string): Promise<NoteRow | null>;
  /** Every note, most recently edited first. */
  list(): Promise<NoteRow[]>;
  save(write: NoteWrite): Promise<SaveResult>;
  /** Settles a note's other versions (see `applyResolution`). */
  resolve(resolution: NoteResolution): Promise<SaveResult>;
  /** Deletes the note, unless it changed since the member saw it. */
  remove(pledgeId: string, seen: NoteSeen): Promise<RemoveResult>;
}

/** An id for one tab's writes (see `NoteWrite.writer`). */
export function makeWriterId(): string {
  const c = globalThis.crypto;
  if (c && 'randomUUID' in c) return `tab-${c.randomUUID()}`;
  return `tab-${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}`;
}

const byRecent = (a: NoteRow, b: NoteRow) => b.updatedAt - a.updatedAt || (a.pledgeId < b.pledgeId ? -1 : 1);

function failure(error: unknown): NoteFailure {
  const message = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  return { ok: false, reason: isQuotaError(error) ? 'quota' : 'unavailable', message };
}

function toResult(o: WriteOutcome): SaveResult {
  if (o.kind === 'refused') return { ok: false, reason: o.reason, message: o.reason };
  return { ok: true, outcome: o.kind, row: o.row };
}

export function dexieNotes(db: PledgeDb): NoteStore {
  /** Reads and writes one note in one transaction, so two tabs cannot interleave. */
  const update = async (pledgeId: string, rule: (stored: NoteRow | undefined) => WriteOutcome): Promise<SaveResult> => {
    try {
      return await db.transaction('rw', db.notes, async () => {
        const stored = await db.notes.get(pledgeId);
        const outcome = rule(stored);
        // An 'unchanged' outcome may still have dropped the writer's own other version.
        if (outcome.kind !== 'refused' && outcome.row !== stored) await db.notes.put(outcome.row);
        return toResult(outcome);
      });
    } catch (error) {
      return failure(error);
    }
  };
  const list = async () => (await db.notes.toArray()).sort(byRecent);
  return {
    persistent: true,
    observe(pledgeId, listener, onError) {
      const sub = liveQuery(() => db.notes.get(pledgeId)).subscribe({ next: (row) => listener(row ?? null), error: (e) => onError?.(e) });
      return () => sub.unsubscribe();
    },
    observeAll(listener, onError) {
      const sub = liveQuery(list).subscribe({ next: listener, error: (e) => onError?.(e) });
      return () => sub.unsubscribe();
    },
    async get(pledgeId) {
      return (await db.notes.get(pledgeId)) ?? null;
    },
    list,
    save: (w) => update(w.pledgeId, (stored) => applyWrite(stored, w)),
    resolve: (r) => update(r.pledgeId, (stored) => applyResolution(stored, r)),
    async remove(pledgeId, seen) {
      try {
        return await db.transaction('rw', db.notes, async () => {
          if (!canDelete(await db.notes.get(pledgeId), seen)) return { ok: false as const, reason: 'changed' as const, message: 'changed' };
          await db.notes.delete(pledgeId);
          return { ok: true as const };
        });
      } catch (error) {
        return failure(error);
      }
    },
  };
}

/** The memory store also takes merged rows from a backup (storage/backup-store.ts). */
export interface MemoryNoteStore extends NoteStore {
  putRows(rows: readonly NoteRow[]): void;
}

/** Notes for this visit only, when IndexedDB cannot be opened. */
export function memoryNotes(): MemoryNoteStore {
  const rows = new Map<string, NoteRow>();
  const listeners = new Set<() => void>();
  const changed = () => {
    for (const l of listeners) l();
  };
  const listen = (l: () => void) => {
    listeners.add(l);
    l();
    return () => void listeners.delete(l);
  };
  const all = () => [...rows.values()].sort(byRecent);
  const update = async (pledgeId: string, rule: (stored: NoteRow | undefined) => WriteOutcome): Promise<SaveResult> => {
    const stored = rows.get(pledgeId);
    const outcome = rule(stored);
    if (outcome.kind !== 'refused' && outcome.row !== stored) {
      rows.set(pledgeId, outcome.row);
      changed();
    }
    return toResult(outcome);
  };
  return {
    persistent: false,
    observe: (pledgeId, listener) => listen(() => listener(rows.get(pledgeId) ?? null)),
    observeAll: (listener) => listen(() => listener(all())),
    get: async (pledgeId) => rows.get(pledgeId) ?? null,
    list: async () => all(),
    save: (w) => update(w.pledgeId, (stored) => applyWrite(stored, w)),
    resolve: (r) => update(r.pledgeId, (stored) => applyResolution(stored, r)),
    async remove(pledgeId, seen) {
      if (!canDelete(rows.get(pledgeId), seen)) return { ok: false, reason: 'changed', message: 'changed' };
      rows.delete(pledgeId);
      changed();
      return { ok: true };
    },
    putRows(next) {
      for (const row of next) rows.set(row.pledgeId, row);
      changed();
    },
  };
}
