/**
 * Asks the browser to keep this site's storage (`navigator.storage.persist()`), so bookmarks and
 * the dataset survive storage pressure and Safari's 7-day eviction, and reports the status.
 * Asked once, when the reader first bookmarks or installs the app; never on page load.
 */
import { STORAGE_KEYS, readPref, writePref } from './preferences';

export interface StorageStatus {
  /** null when the browser has no StorageManager. */
  persisted: boolean | null;
  usage: number | null;
  quota: number | null;
}

const manager = (): StorageManager | undefined => (typeof navigator === 'undefined' ? undefined : navigator.storage);

export async function storageStatus(): Promise<StorageStatus> {
  const sm = manager();
  const [persisted, estimate] = await Promise.all([
    sm?.persisted ? sm.persisted().catch(() => null) : Promise.resolve(null),
    sm?.estimate ? sm.estimate().catch(() => null) : Promise.resolve(null),
  ]);
  return { persisted, usage: estimate?.usage ?? null, quota: estimate?.quota ?? null };
}

/**
 * Requests persistence unless it is granted already or was asked before (some browsers show a
 * prompt, which must not come back after every bookmark). `force` is for the reader's own button.
 */
export async function requestPersistence(force = false): Promise<boolean | null> {
  const sm = manager();
  if (!sm?.persist) return null;
  try {
    if (await sm.persisted?.()) return true;
    if (!force && readPref(STORAGE_KEYS.persistAsked)) return false;
    writePref(STORAGE_KEYS.persistAsked, '1');
    return await sm.persist();
  } catch {
    return null;
  }
}
