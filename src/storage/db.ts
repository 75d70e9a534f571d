/**
 * The IndexedDB schema (Dexie). Every schema version the app ever shipped stays in `SCHEMA`:
 * Dexie upgrades old databases step by step, and a primary key can never change in place (copy
 * to a new table instead). tests/unit/db-upgrade.test.ts opens a database of every earlier version.
 */
import Dexie, { type Table, type Transaction } from 'dexie';
import type { Dataset, Pledge } from '../domain/schema';
import type { ChangeFlag } from '../domain/change-flags';
import type { NoteRow } from '../domain/note-write';
import { STORAGE_KEYS } from './preferences';

/** Schema v1–v4: the one stored dataset's metadata (everything but the pledges), under one key. */
export interface MetaRow {
  key: 'dataset';
  version: string;
  meta: Omit<Dataset, 'pledges'>;
  /**
   * `VALIDATOR_FINGERPRINT` of the rules that validated this dataset before it was stored;
   * absent in rows written by older apps (then it is validated when read).
   */
  checkedBy?: string;
}

/** Schema v1–v2's shape of a stored pledge, one row each; v3 moved them into `PledgeListRow`. */
export interface PledgeRow {
  id: string;
  /** Position in the dataset file, which is the document's order. */
  order: number;
  pledge: Pledge;
}

/** Schema v3–v4: the one stored dataset's pledges, in document order, as one value. */
export interface PledgeListRow {
  key: 'dataset';
  pledges: Pledge[];
}

export interface BookmarkRow {
  pledgeId: string;
  /** Milliseconds since the epoch. */
  addedAt: number;
}

/**
 * One edition of the report series (one published report), whole, as one value: written and
 * read as a whole anyway, and one row is several times faster than one per pledge (at 10,000
 * pledges about 0.9 s instead of 2.3 s to write, 0.7 s instead of 1.2 s to read, CPU ×4).
 */
export interface EditionRow {
  /** The edition's as-of date (`2024-11`): primary key, and the order of the series. */
  id: string;
  version: string;
  dataset: Dataset;
  /**
   * `VALIDATOR_FINGERPRINT` of the rules that validated this edition before it was stored;
   * absent in rows written by older apps (then it is validated when read).
   */
  checkedBy?: string;
}

export type { ChangeFlag, NoteRow };

export const SCHEMA = [
  {
    version: 1,
    stores: {
      // One row: which dataset version is stored, and its metadata.
      meta: 'key',
      // The pledges of the stored dataset, read back in document order.
      pledges: 'id, order',
      // The reader's bookmarks, keyed by pledge id; never cleared by a dataset update.
      bookmarks: 'pledgeId, addedAt',
    },
  },
  {
    version: 2,
    stores: {
      // Dataset updates received on this device, newest last (their change lists).
      updates: '++id, at',
    },
  },
  {
    version: 3,
    stores: {
      // The pledges as one row (see PledgeListRow); the per-pledge table goes, its rows moved.
      pledgeList: 'key',
      pledges: null,
    },
    upgrade: movePledgesToList,
  },
  {
    version: 4,
    stores: {
      // The member's notes, one per pledge (NoteRow); never cleared by a dataset update, never sent anywhere.
      notes: 'pledgeId, updatedAt',
      // What dataset updates changed in bookmarked or annotated pledges, until the member looks (ChangeFlag).
      flags: 'pledgeId, at',
    },
  },
  {
    version: 5,
    stores: {
      // Every edition received, kept when a newer one arrives (see EditionRow); the one stored
      // dataset and the update log of earlier versions go, their dataset moved here.
      editions: 'id',
      meta: null,
      pledgeList: null,
      updates: null,
    },
    upgrade: moveDatasetToEditions,
  },
] as const;

/** v2 → v3: the stored pledges, in order, into one row (Dexie deletes the old table after this). */
async function movePledgesToList(tx: Transaction): Promise<void> {
  const rows = (await tx.table('pledges').orderBy('order').toArray()) as PledgeRow[];
  if (rows.length > 0) await tx.table('pledgeList').put({ key: 'dataset', pledges: rows.map((r) => r.pledge) } satisfies PledgeListRow);
}

/** v4 → v5: the stored dataset becomes the edition of its as-of date (its validation mark kept). */
async function moveDatasetToEditions(tx: Transaction): Promise<void> {
  const [meta, list] = (await Promise.all([tx.table('meta').get('dataset'), tx.table('pledgeList').get('dataset')])) as [MetaRow | undefined, PledgeListRow | undefined];
  if (!meta || !list) return;
  const row: EditionRow = { id: meta.meta.asOf, version: meta.version, dataset: { ...meta.meta, pledges: list.pledges } };
  // The mark vouches for the v1 shape only under the same rules; the fingerprint decides that.
  if (meta.checkedBy) row.checkedBy = meta.checkedBy;
  await tx.table('editions').put(row);
}

export class PledgeDb extends Dexie {
  editions!: Table<EditionRow, string>;
  bookmarks!: Table<BookmarkRow, string>;
  notes!: Table<NoteRow, string>;
  flags!: Table<ChangeFlag, string>;

  constructor(name: string = STORAGE_KEYS.database) {
    super(name);
    for (const schema of SCHEMA) {
      const v = this.version(schema.version).stores(schema.stores);
      if ('upgrade' in schema) v.upgrade(schema.upgrade);
    }
  }
}

/** An open that neither succeeds nor fails (seen in some private modes) must not hang the app. */
const OPEN_TIMEOUT_MS = 4000;

export interface OpenOptions {
  name?: string;
  timeoutMs?: number;
  /**
   * Another tab opened a newer schema (or deleted the database): this connection is closed so
   * that tab is not blocked, then this is called (the app reloads into the new version).
   */
  onVersionChange?: () => void;
}

/** Opens the database, or returns null when this browser cannot give us IndexedDB. */
export async function openDb(options: OpenOptions = {}): Promise<PledgeDb | null> {
  const { name, timeoutMs = OPEN_TIMEOUT_MS, onVersionChange } = options;
  if (typeof indexedDB === 'undefined') return null;
  const db = new PledgeDb(name);
  db.on('versionchange', () => {
    db.close();
    onVersionChange?.();
    return false;
  });
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<null>((resolve) => {
    timer = setTimeout(() => resolve(null), timeoutMs);
  });
  try {
    const opened = await Promise.race([db.open().then(() => db), timeout]);
    if (!opened) db.close();
    return opened;
  } catch {
    return null;
  } finally {
    clearTimeout(timer);
  }
}
