/**
 * `datapackage.json`: a Frictionless Data Package (v1) describing the downloads beside it — the
 * current edition of the dataset, the two CSVs made from it with their Table Schemas, the index
 * of editions and every edition (one per published report) — with the license, the credit line,
 * the source and the as-of date. Paths are relative, so the folder can be copied as a whole.
 */
import { createHash } from 'node:crypto';
import type { Dataset } from '../../domain/schema.ts';
import { creditLine } from '../../domain/credit-line.ts';
import { fileUrl, pageUrl, type Site } from './site.ts';
import { tableSchema, type Table } from './table.ts';

export interface PackageFiles {
  /** The text of `pledges.json` as published. */
  datasetJson: string;
  /** The text of `editions.json` as published. */
  indexJson: string;
  /** Every edition, oldest first: its file (`editions/2024-11.json`), text and dataset. */
  editions: readonly { file: string; json: string; dataset: Dataset }[];
  /** Each table with the CSV text written from it. */
  tables: { table: Table<unknown>; csv: string }[];
}

const integrity = (text: string) => ({
  bytes: Buffer.byteLength(text, 'utf8'),
  hash: `sha256:${createHash('sha256').update(text, 'utf8').digest('hex')}`,
});

export { creditLine };

export function dataPackage(ds: Dataset, site: Site, files: PackageFiles): string {
  const pkg = {
    profile: 'data-package',
    name: site.dataPackage.name,
    id: fileUrl(site, 'data/datapackage.json'),
    title: `${ds.municipality.ja}「${ds.title.ja}」 / ${ds.municipality.en}: ${ds.title.en}`,
    description: [
      `${ds.municipality.ja}「${ds.source.title}」の公約カードを構造化したデータ（${ds.report.ja}、${ds.asOf}時点）。${ds.translations.en.ja}`,
      `CSV は UTF-8（BOM付き）、改行は CRLF、RFC 4180 の引用。1つの欄に複数の値があるときは「 | 」で区切る。`,
      `pledges.json と2つの CSV は現在の報告（最新の版）を表す。これまでのすべての報告は editions.json とその一覧の editions/ にある。`,
      `The pledge cards of ${ds.municipality.en}'s roadmap as structured data (${ds.report.en}, as of ${ds.asOf}). ${ds.translations.en.en}`,
      `CSVs are UTF-8 with a byte order mark, CRLF line ends, RFC 4180 quoting; several values in one cell are separated by " | ".`,
      `pledges.json and both CSVs hold the current report (the latest edition); every report so far is in editions/, listed by editions.json.`,
    ].join('\n\n'),
    version: ds.version,
    homepage: pageUrl(site, 'ja', '/'),
    keywords: site.dataPackage.keywords,
    licenses: [
      {
        name: 'CC-BY-4.0',
        path: 'https://creativecommons.org/licenses/by/4.0/',
        title: `CC BY 4.0: the structuring, reading notes and English translations. The source texts follow the terms of ${ds.municipality.en} (see description).`,
      },
    ],
    sources: [{ title: `${ds.source.publisher.ja}「${ds.source.title}」 / ${ds.source.publisher.en}` }],
    contributors: [{ title: ds.source.publisher.ja, role: 'publisher' }],
    // Not in the v1 profile, which allows more properties: what a reuser must print and when
    // the data holds.
    termsOfUse: ds.source.license,
    credit: creditLine(ds),
    asOf: ds.asOf,
    report: ds.report,
    resources: [
      {
        profile: 'data-resource',
        name: 'dataset',
        path: 'pledges.json',
        title: '公約データ（全項目） / The full dataset',
        description: 'アプリが読むデータそのもの。形式は data/README.md を参照 / The file the app reads; its format is described in data/README.md',
        format: 'json',
        mediatype: 'application/json',
        encoding: 'utf-8',
        ...integrity(files.datasetJson),
      },
      ...files.tables.map(({ table, csv }) => ({
        profile: 'tabular-data-resource',
        name: table.name,
        path: table.path,
        title: `${table.title.ja} / ${table.title.en}`,
        description: `${table.description.ja} / ${table.description.en}`,
        format: 'csv',
        mediatype: 'text/csv',
        encoding: 'utf-8',
        dialect: { delimiter: ',', doubleQuote: true, lineTerminator: '\r\n', quoteChar: '"', header: true, skipInitialSpace: false },
        schema: tableSchema(table),
        ...integrity(csv),
      })),
      {
        profile: 'data-resource',
        name: 'editions',
        path: 'editions.json',
        title: '報告の一覧 / The list of reports',
        description: 'これまでに公開されたすべての報告（版）の一覧。古い順で、最後が現在の報告 / Every report (edition) published so far, oldest first; the last is the current one',
        format: 'json',
        mediatype: 'application/json',
        encoding: 'utf-8',
        ...integrity(files.indexJson),
      },
      ...files.editions.map((e) => ({
        profile: 'data-resource',
        name: `edition-${e.dataset.asOf}`,
        path: e.file,
        title: `${e.dataset.report.ja}（${e.dataset.asOf}時点） / ${e.dataset.report.en} (as of ${e.dataset.asOf})`,
        description: 'この報告の全データ。pledges.json と同じ形式 / The full dataset of this report, in the format of pledges.json',
        format: 'json',
        mediatype: 'application/json',
        encoding: 'utf-8',
        ...integrity(e.json),
      })),
    ],
  };
  return `${JSON.stringify(pkg, null, 2)}\n`;
}
