/**
 * Every open data file of the build, from the validated editions of the dataset (oldest first;
 * the downloads and cards describe the latest, the feeds every report): the CSVs and their Data
 * Package in `data/`, the Atom feeds, and the embeddable cards with their stylesheet. Pure: the
 * plugin writes them.
 */
import { LANGS } from '../../domain/lang-path.ts';
import type { Published } from '../published-data.ts';
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
  /** The data folder's dataset files as published (src/build/published-data.ts). */
  published: Published;
  /** The card stylesheet (embed.css). */
  embedCss: string;
  site: Site;
}

export function openDataFiles({ published, embedCss, site }: OpenDataInput): OutputFile[] {
  const latest = published.current;
  const editions = published.editions.map((e) => e.dataset);
  const tables = ([pledgeTable(latest, site), kpiTable(latest)] as Table<unknown>[]).map((table) => ({ table, csv: tableCsv(table) }));
  const pkg = dataPackage(latest, site, {
    datasetJson: published.currentJson,
    indexJson: published.indexJson,
    editions: published.editions.map((e) => ({ file: e.entry.file, json: e.json, dataset: e.dataset })),
    tables,
  });
  return [
    ...tables.map(({ table, csv }) => ({ fileName: `data/${table.path}`, source: csv })),
    { fileName: 'data/datapackage.json', source: pkg },
    ...feedFiles(editions, site).map((f) => ({ fileName: f.path, source: f.xml })),
    { fileName: EMBED_CSS_PATH, source: embedCss },
    ...LANGS.flatMap((lang) => latest.pledges.map((p) => ({ fileName: embedPath(lang, p.id), source: embedHtml(latest, p, lang, site) }))),
  ];
}
