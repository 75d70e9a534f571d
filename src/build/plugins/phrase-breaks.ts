/**
 * `virtual:phrase-breaks`: BudouX's phrase boundaries of the short Japanese texts the pages set
 * as titles (every edition's pledge titles, the policy names), for browsers that lack CSS
 * `word-break: auto-phrase` (src/components/Phrased.tsx). Build time only: BudouX and its model
 * never reach the phone.
 */
import type { Plugin } from 'vite';
import { loadDefaultJapaneseParser } from 'budoux';
import { readPublished } from '../published-data.ts';
import { breaksOf, textKey } from '../../domain/phrase-breaks.ts';

const ID = 'virtual:phrase-breaks';

/** The texts that get breaks: short enough to be headings, long enough to wrap on a phone. */
export function titleTexts(dataDir: string): string[] {
  const { editions } = readPublished(dataDir);
  const texts = new Set<string>();
  for (const { dataset } of editions) {
    for (const p of dataset.pledges) texts.add(p.title.ja);
    for (const policy of dataset.policies) texts.add(policy.ja);
  }
  return [...texts].sort();
}

export function phraseBreaksTable(texts: readonly string[]): Record<string, number[]> {
  const parser = loadDefaultJapaneseParser();
  const table: Record<string, number[]> = {};
  for (const text of texts) {
    const breaks = breaksOf(parser.parse(text));
    if (breaks.length > 0) table[textKey(text)] = breaks;
  }
  return table;
}

export function phraseBreaks(dataDir: string): Plugin {
  return {
    name: 'bibai-phrase-breaks',
    resolveId: (id) => (id === ID ? `\0${ID}` : undefined),
    load: (id) => (id === `\0${ID}` ? `export default ${JSON.stringify(phraseBreaksTable(titleTexts(dataDir)))};\n` : undefined),
  };
}
