/**
 * Which copy of an edition wins. A version is `<asOf>.<content hash>` (scripts/build-dataset.ts):
 * the as-of date orders reports (and names an edition); the hash only tells whether two files differ.
 */
export interface VersionInfo {
  version: string;
  asOf: string;
}

/** -1, 0 or 1 by as-of date (`YYYY-MM` sorts before `YYYY-MM-DD` of the same month). */
export function compareAsOf(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Where a candidate copy came from: the server, or the copy precached with the app. */
export type DatasetSource = 'network' | 'precache';

export type Decision =
  /** This device holds no copy of the edition: store it. */
  | 'store'
  /** The same edition republished in another version: the server's copy replaces the stored one. */
  | 'replace'
  /** Keep what is stored (the same version, or only the app's own fallback copy). */
  | 'keep';

/**
 * Whether to write an edition, given the stored copy of that same edition (same as-of date). The
 * server is the authority for what it sends; the copy precached with the app is only a fallback
 * and never replaces a stored copy. Which edition the app shows is another matter: always the
 * newest stored one, so a stale cache sending an older report never takes the reader back.
 */
export function decideEditionWrite(stored: VersionInfo | null, candidate: VersionInfo, source: DatasetSource): Decision {
  if (!stored) return 'store';
  if (source === 'precache' || stored.version === candidate.version) return 'keep';
  return 'replace';
}
