/**
 * Every open data file of the build, from the editions of the validated dataset (oldest first;
 * the downloads and cards describe the latest): the CSVs and their Data Package in `data/`, the
 * Atom feeds, and the embeddable cards with their stylesheet. Pure: the plugin writes them.
 */
import type { Dataset } from '../../domain/schema.ts';
import { LANGS } from '../../domain/lang-path.ts';
import { dataPackage } from './datapackage.ts';
import { EMBED_CSS_PATH, embedHtml, embedPath } from './embed.ts';
import { feedFiles } from './feeds.ts';
import { kpiTable } from './kpi-table.ts';
import { pledgeTable } from './pledge-table.ts';
import type { Site } from './site.ts';
import { tableCsv, type Table } from './table.ts';

export interface OutputFile {
  /** Path in the build output, e.g. `data/pledges.csv`. */
  fileName: string;
  source: string;
}

export interface OpenDataInput {
  editions: readonly Dataset[];
  /** The published `pledges.json`, as bytes-to-be (for its size and hash in the package). */
  datasetJson: string;
  /** The card stylesheet (embed.css). */
  embedCss: string;
  site: Site;
}

export function openDataFiles({ editions, datasetJson, embedCss, site }: OpenDataInput): OutputFile[] {
  const latest = editions[editions.length - 1];
  if (!latest) throw new Error('open data: no edition of the dataset given');
  const tables = ([pledgeTable(latest, site), kpiTable(latest)] as Table<unknown>[]).map((table) => ({ table, csv: tableCsv(table) }));
  return [
    ...tables.map(({ table, csv }) => ({ fileName: `data/${table.path}`, source: csv })),
    { fileName: 'data/datapackage.json', source: dataPackage(latest, site, { datasetJson, tables }) },
    ...feedFiles(editions, site).map((f) => ({ fileName: f.path, source: f.xml })),
    { fileName: EMBED_CSS_PATH, source: embedCss },
    ...LANGS.flatMap((lang) => latest.pledges.map((p) => ({ fileName: embedPath(lang, p.id), source: embedHtml(latest, p, lang, site) }))),
  ];
}
