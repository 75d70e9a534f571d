/**
 * Where a Japanese title may break between phrases, for browsers without CSS
 * `word-break: auto-phrase`: offsets computed at build time (BudouX) and keyed by a short hash of
 * the text, so a title the build has not seen (a dataset update) simply breaks as the browser
 * would, and the lookup table stays a few hundred bytes.
 */
export type PhraseBreaks = Readonly<Record<string, readonly number[]>>;

/** FNV-1a over UTF-16 code units, in base 36: a key, not a checksum. */
export function textKey(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(36);
}

/** Offsets of phrase starts after the first (`['ふるさと', '納税の', '倍増']` → [4, 7]). */
export function breaksOf(phrases: readonly string[]): number[] {
  const out: number[] = [];
  let at = 0;
  for (const p of phrases.slice(0, -1)) {
    at += p.length;
    out.push(at);
  }
  return out;
}

/** The text cut at its known breaks (the whole text when none are known). */
export function splitAtBreaks(text: string, breaks: PhraseBreaks): string[] {
  const offsets = breaks[textKey(text)];
  if (!offsets || offsets.some((o) => o <= 0 || o >= text.length)) return [text];
  const parts: string[] = [];
  let from = 0;
  for (const o of offsets) {
    parts.push(text.slice(from, o));
    from = o;
  }
  parts.push(text.slice(from));
  return parts;
}
