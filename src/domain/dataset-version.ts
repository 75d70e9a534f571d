/**
 * Which copy of the dataset wins. A version is `<asOf>.<content hash>` (scripts/build-dataset.ts):
 * the as-of date orders reports; the hash only tells whether two files differ.
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
  /** Nothing stored yet: store the candidate. */
  | 'store'
  /** A different, not older report: replace the stored copy (and record what changed). */
  | 'replace'
  /** Keep what is stored (same version, an older report, or only the app's own fallback copy). */
  | 'keep';

/**
 * The server is the authority, except that it never takes the reader back to an older report
 * (a stale cache in front of the server must not undo an update). The copy precached with the
 * app is only a fallback: it never replaces a stored dataset.
 */
export function decideUpdate(stored: VersionInfo | null, candidate: VersionInfo, source: DatasetSource): Decision {
  if (!stored) return 'store';
  if (source === 'precache') return 'keep';
  if (stored.version === candidate.version) return 'keep';
  return compareAsOf(candidate.asOf, stored.asOf) < 0 ? 'keep' : 'replace';
}
