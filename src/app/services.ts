/**
 * The app's single storage handles, opened once and shared by every page. Dexie (and valibot,
 * which the bookmark import uses) load as their own chunk, after the first render: nothing on
 * a prerendered page needs IndexedDB to be drawn.
 */
import type { PledgeDb } from '../storage/db';
import type { BookmarkStore } from '../storage/bookmarks';

let db: Promise<PledgeDb | null> | undefined;
let bookmarks: Promise<BookmarkStore> | undefined;

/**
 * Another tab upgraded the database to a newer schema (a newer app version): this tab's old
 * code must not keep writing, so its connection is closed and the page reloads into the new app.
 */
const reloadForNewSchema = () => location.reload();

export const getDb = (): Promise<PledgeDb | null> =>
  (db ??= import('../storage/db').then(({ openDb }) => openDb({ onVersionChange: reloadForNewSchema })));

export const getBookmarkStore = (): Promise<BookmarkStore> =>
  (bookmarks ??= Promise.all([getDb(), import('../storage/bookmarks')]).then(([d, m]) => (d ? m.dexieBookmarks(d) : m.memoryBookmarks())));

/** Fetched at run time (never bundled) so the file can be updated without an app release. */
export const DATASET_URL = `${import.meta.env.BASE_URL}data/pledges.json`;
