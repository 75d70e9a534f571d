/**
 * What the /data page lists: every download the build writes, with its size, from the build
 * itself (`virtual:open-data-index`, src/build/plugins/open-data.ts). The page is app code, so it
 * reads the same online, offline and prerendered, with no request for a listing.
 */

/** What a file holds; the page words each kind in the reader's language. */
export type OpenDataKind = 'dataset' | 'pledgesCsv' | 'kpisCsv' | 'package' | 'editionIndex' | 'edition';

export interface OpenDataFile {
  /** Path under the app's base: `data/pledges.csv`. */
  path: string;
  kind: OpenDataKind;
  format: 'json' | 'csv';
  bytes: number;
  /** For an edition: its report's as-of date (`2024-11`) and name. */
  asOf?: string;
  report?: { ja: string; en: string };
}

export interface OpenDataIndex {
  /** The deployment's public base URL (BIBAI_SITE_URL + BIBAI_BASE), for the examples a reader copies. */
  baseUrl: string;
  /** The `version` of the current edition the files were made from. */
  version: string;
  files: OpenDataFile[];
}
