/** The link to a comparison of two editions, apart from the comparison itself (pages link to it cheaply). */

export interface EditionPair {
  from: string;
  to: string;
}

/** The app-relative link to a comparison; ids are written out, so the link keeps its meaning after the next report. */
export function changesHref(pair: EditionPair): string {
  return `/changes?${new URLSearchParams({ from: pair.from, to: pair.to }).toString()}`;
}

