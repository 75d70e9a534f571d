/**
 * Persists the reader's small settings (language, text size, furigana) in localStorage. Every call is
 * guarded: a browser that refuses storage (private mode, disabled cookies) just forgets them.
 */

/** Every storage name the app uses, in one place. */
export const STORAGE_KEYS = {
  lang: 'bibai.lang',
  textSize: 'bibai.textSize',
  /** `on` when the reader switched furigana on (src/app/furigana.ts). */
  furigana: 'bibai.furigana',
  database: 'bibai-pledges',
  /** Set once `navigator.storage.persist()` was asked: the prompt must not come back. */
  persistAsked: 'bibai.persistAsked',
  /** Set once the "ready to work offline" notice was shown. */
  offlineReadyShown: 'bibai.offlineReadyShown',
  /** The app version and SHA-256 of the dataset file last validated and shown (validated-copy.ts). */
  validatedDataset: 'bibai.validatedDataset',
} as const;

export function readPref(key: string): string | null {
  try {
    return globalThis.localStorage?.getItem(key) ?? null;
  } catch {
    return null;
  }
}

export function writePref(key: string, value: string): void {
  try {
    globalThis.localStorage?.setItem(key, value);
  } catch {
    // Quota or privacy settings: the setting still applies for this visit.
  }
}
