/** The app's single storage handles, opened once and shared by every page. */
import { openDb, type PledgeDb } from '../storage/db';
import { dexieBookmarks, memoryBookmarks, type BookmarkStore } from '../storage/bookmarks';

let db: Promise<PledgeDb | null> | undefined;
let bookmarks: Promise<BookmarkStore> | undefined;

/**
 * Another tab upgraded the database to a newer schema (a newer app version): this tab's old
 * code must not keep writing, so its connection is closed and the page reloads into the new app.
 */
const reloadForNewSchema = () => location.reload();

export const getDb = (): Promise<PledgeDb | null> => (db ??= openDb({ onVersionChange: reloadForNewSchema }));

export const getBookmarkStore = (): Promise<BookmarkStore> =>
  (bookmarks ??= getDb().then((d) => (d ? dexieBookmarks(d) : memoryBookmarks())));

/** Fetched at run time (never bundled) so the file can be updated without an app release. */
export const DATASET_URL = `${import.meta.env.BASE_URL}data/pledges.json`;
