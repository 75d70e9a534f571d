/** Splits the source text into its 29 cards by the `番号` line that opens each one. */
export const CARD_HEADER = '市長公約事業のロードマップ（2023-2027）';

export interface SeedCard {
  id: string;
  /** 1-based, inclusive. */
  start: number;
  end: number;
  text: string;
}

export function splitCards(seed: string): SeedCard[] {
  const lines = seed.split(/\r?\n/);
  const opens: { id: string; start: number }[] = [];
  lines.forEach((line, i) => {
    if (line.trim() !== '番号') return;
    const id = lines[i + 1]?.trim().split(/\s+/)[0];
    if (!id) throw new Error(`line ${i + 2}: no pledge number after 番号`);
    // The card opens with the page header and 公約 just above 番号; one page lost its header.
    let start = i;
    for (let j = i - 1; j >= 0 && j >= i - 4; j--) {
      const t = lines[j].trim();
      if (t === CARD_HEADER || t === '公約') start = j;
      else if (t !== '') break;
    }
    opens.push({ id, start: start + 1 });
  });
  return opens.map((open, n) => {
    let end = n + 1 < opens.length ? opens[n + 1].start - 1 : lines.length;
    while (end > open.start && lines[end - 1].trim() === '') end--;
    return { id: open.id, start: open.start, end, text: lines.slice(open.start - 1, end).join('\n') };
  });
}
