/**
 * A file's size for a download list: `220426` → `220.4 KB`, `1250000` → `1.3 MB` (decimal units,
 * one decimal). Plain arithmetic, no Intl: the same in both languages, in Node and in every
 * browser, so a prerendered size hydrates as it is.
 */
export function formatFileSize(bytes: number): string {
  if (bytes < 1000) return `${bytes} B`;
  // 999,950 bytes would round to "1000.0 KB": from there on, megabytes.
  return bytes < 999_950 ? `${(Math.round(bytes / 100) / 10).toFixed(1)} KB` : `${(Math.round(bytes / 1e5) / 10).toFixed(1)} MB`;
}
