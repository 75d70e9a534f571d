/**
 * Every Japanese text the app can show, for the readings dictionary: each string of the data
 * folder's published files (the current edition, the index and every edition it lists), of its
 * metadata and site config, and the Japanese UI strings with the site's names filled in, plus the
 * dates the app composes from the dataset. Only strings with kanji matter to furigana, so only
 * those are kept (English strings that quote a Japanese term keep their term).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ja } from '../../i18n/locales/ja.ts';
import { jaMore } from '../../i18n/locales/ja-more.ts';
import { jaFiles } from '../../i18n/locales/ja-files.ts';
import { en } from '../../i18n/locales/en.ts';
import { enMore } from '../../i18n/locales/en-more.ts';
import { enFiles } from '../../i18n/locales/en-files.ts';
import { formatAsOf, formatFiscalYear } from '../../domain/dates.ts';
import { hasKanji } from '../../domain/furigana.ts';
import type { SiteData } from '../site-config.ts';
import { readPublished } from '../published-data.ts';

function strings(value: unknown, out: string[]): string[] {
  if (typeof value === 'string') out.push(value);
  else if (Array.isArray(value)) for (const v of value) strings(v, out);
  else if (value && typeof value === 'object') for (const v of Object.values(value)) strings(v, out);
  return out;
}

/**
 * A UI string as a page shows it: the site's names filled in; every other placeholder is a value
 * known only at run time (a count, a title from the data, itself in the corpus), so it becomes a
 * break between the texts around it.
 */
export function fillUiString(text: string, site: SiteData): string[] {
  const vars: Record<string, string> = { ...site.texts.ja };
  return text
    .replace(/\{\{\s*(\w+)\s*\}\}/g, (_, name: string) => vars[name] ?? '\n')
    .split('\n')
    .filter((s) => s !== '');
}

export interface Corpus {
  /** Distinct texts with kanji, sorted. */
  texts: string[];
}

export function collectCorpus(dataDir: string, site: SiteData): Corpus {
  const published = readPublished(dataDir);
  const json = (file: string): unknown => JSON.parse(readFileSync(join(dataDir, file), 'utf8'));
  const data = [
    JSON.parse(published.currentJson),
    JSON.parse(published.indexJson),
    ...published.editions.map((e) => JSON.parse(e.json) as unknown),
    json('meta.json'),
    json('site.json'),
  ].flatMap((file) => strings(file, []));
  const ui = [ja, jaMore, jaFiles, en, enMore, enFiles].flatMap((locale) => Object.values(locale).flatMap((s: string) => fillUiString(s, site)));
  // The dates and fiscal years the pages print (domain/dates.ts), for every edition and the term.
  const { term } = published.current;
  const years = Array.from({ length: term.endFiscalYear - term.startFiscalYear + 1 }, (_, i) => term.startFiscalYear + i);
  const dates = [
    ...published.editions.flatMap((e) => [formatAsOf(e.dataset.asOf, 'ja'), formatAsOf(`${e.dataset.asOf}-01`, 'ja')]),
    ...years.map((y) => formatFiscalYear(y, 'ja')),
  ];
  const texts = [...new Set([...data, ...ui, ...dates].filter(hasKanji))].sort(compareText);
  return { texts };
}

/** Code-point order: the same on every machine, whatever its locale. */
export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
