/** The app's single storage handles, opened once and shared by every page. */
import { openDb, type PledgeDb } from '../storage/db';
import { dexieBookmarks, memoryBookmarks, type BookmarkStore } from '../storage/bookmarks';

let db: Promise<PledgeDb | null> | undefined;
let bookmarks: Promise<BookmarkStore> | undefined;

export const getDb = (): Promise<PledgeDb | null> => (db ??= openDb());

export const getBookmarkStore = (): Promise<BookmarkStore> =>
  (bookmarks ??= getDb().then((d) => (d ? dexieBookmarks(d) : memoryBookmarks())));

/** Fetched at run time (never bundled) so the file can be updated without an app release. */
export const DATASET_URL = `${import.meta.env.BASE_URL}data/pledges.json`;
