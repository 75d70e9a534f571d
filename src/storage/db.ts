/**
 * The IndexedDB schema (Dexie). Keep every `version(n)` declaration when adding one: Dexie
 * upgrades old databases step by step, and a primary key can never change in place.
 */
import Dexie, { type Table } from 'dexie';
import type { Dataset, Pledge } from '../domain/schema';
import { STORAGE_KEYS } from './preferences';

/** Dataset metadata: everything of `pledges.json` except the pledges, under one key. */
export interface MetaRow {
  key: 'dataset';
  version: string;
  meta: Omit<Dataset, 'pledges'>;
}

export interface PledgeRow {
  id: string;
  /** Position in the dataset file, which is the document's order. */
  order: number;
  pledge: Pledge;
}

export interface BookmarkRow {
  pledgeId: string;
  /** Milliseconds since the epoch. */
  addedAt: number;
}

export class PledgeDb extends Dexie {
  meta!: Table<MetaRow, string>;
  pledges!: Table<PledgeRow, string>;
  bookmarks!: Table<BookmarkRow, string>;

  constructor(name: string = STORAGE_KEYS.database) {
    super(name);
    this.version(1).stores({
      // One row: which dataset version is stored, and its metadata.
      meta: 'key',
      // The pledges of the stored dataset, read back in document order.
      pledges: 'id, order',
      // The reader's bookmarks, keyed by pledge id; never cleared by a dataset update.
      bookmarks: 'pledgeId, addedAt',
    });
  }
}

/** An open that neither succeeds nor fails (seen in some private modes) must not hang the app. */
const OPEN_TIMEOUT_MS = 4000;

/** Opens the database, or returns null when this browser cannot give us IndexedDB. */
export async function openDb(name?: string, timeoutMs = OPEN_TIMEOUT_MS): Promise<PledgeDb | null> {
  if (typeof indexedDB === 'undefined') return null;
  const db = new PledgeDb(name);
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
