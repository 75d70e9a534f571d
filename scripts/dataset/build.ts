/**
 * Assembles the dataset's editions, one per published report, from the hand-read cards
 * (`data/reports/<asOf>/cards/<id>.json`), the report's own metadata (`report.json`) and the
 * metadata shared by every report (`data/meta.json`), adding what must never be typed by hand:
 * each card's line range and raw text from the report's source file, and a content-derived
 * `version`. Writes the latest report's edition (`data/editions/<asOf>.json`), the same content
 * as `data/pledges.json` (the current edition, the file the app reads first), the index of every
 * edition (`data/editions.json`) and the reading-notes table in `data/README.md`.
 *
 * An edition that is not the latest is never written again: once the next report is published,
 * the previous one's file stays byte for byte as it was (see `publish-edition.ts`).
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync, writeFileSync, mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { splitCards } from './seed-cards';
import { validateDataset } from '../../src/domain/validate-dataset';
import { compareAsOf } from '../../src/domain/dataset-version';
import type { EditionIndex } from '../../src/domain/edition-index';

export const root = resolve(import.meta.dirname, '../..');

/** The files of a data folder (`data/` in this repository; a test's copy elsewhere). */
export function dataPaths(dataDir = join(root, 'data')) {
  return {
    dir: dataDir,
    meta: join(dataDir, 'meta.json'),
    reports: join(dataDir, 'reports'),
    editions: join(dataDir, 'editions'),
    index: join(dataDir, 'editions.json'),
    current: join(dataDir, 'pledges.json'),
    sources: join(dataDir, 'source'),
    readme: join(dataDir, 'README.md'),
  };
}
export type DataPaths = ReturnType<typeof dataPaths>;

export const paths = dataPaths();

const NOTES = /(<!-- notes:start[^>]*-->\n)[\s\S]*?(<!-- notes:end -->)/;

/** data/README.md with its table of reading notes rewritten from the cards. */
export function readmeWithNotes(readme: string, pledges: Record<string, unknown>[]): string {
  const cell = (s: string) => s.replace(/\|/g, '\\|').replace(/\n/g, ' ');
  const rows = pledges.flatMap((p) =>
    (p.notes as { field: string; ja: string; en: string }[]).map(
      (n) => `| ${String(p.id)} | \`${n.field}\` | ${cell(n.ja)}<br>${cell(n.en)} |`,
    ),
  );
  const table = ['| pledge | field | our reading |', '|---|---|---|', ...rows].join('\n') + '\n';
  if (!NOTES.test(readme)) throw new Error('data/README.md has no notes:start/notes:end markers');
  return readme.replace(NOTES, (_m, start: string, end: string) => start + table + end);
}

const readJson = (file: string) => JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;

/** Field order of a pledge in the output, so diffs between reports stay readable. */
const PLEDGE_KEYS = ['id', 'policy', 'title', 'departments', 'summary', 'relatedPrograms', 'kpis', 'plan', 'status', 'statusReason', 'sections', 'notes'];
/** Field order of an edition (after `schemaVersion` and `version`). */
const EDITION_KEYS = ['title', 'municipality', 'term', 'report', 'asOf', 'source', 'sectionLabels', 'translations', 'policies', 'departments', 'statuses'];

/** The report folders, oldest first. */
export function reportIds(p: DataPaths = paths): string[] {
  if (!existsSync(p.reports)) return [];
  return readdirSync(p.reports, { withFileTypes: true })
    .filter((d) => d.isDirectory() && existsSync(join(p.reports, d.name, 'report.json')))
    .map((d) => d.name)
    .sort(compareAsOf);
}

/** The published edition files, oldest first. */
export function editionIds(p: DataPaths = paths): string[] {
  if (!existsSync(p.editions)) return [];
  return readdirSync(p.editions)
    .filter((f) => f.endsWith('.json'))
    .map((f) => f.slice(0, -5))
    .sort(compareAsOf);
}

export const editionFile = (p: DataPaths, id: string) => join(p.editions, `${id}.json`);

/** A report's source text file (`data/source/<report.source.file>`). */
export function reportSource(p: DataPaths, id: string): { file: string; text: string } {
  const report = readJson(join(p.reports, id, 'report.json'));
  const file = (report.source as { file?: string } | undefined)?.file ?? '';
  return { file: join(p.sources, file), text: readFileSync(join(p.sources, file), 'utf8') };
}

/** The edition a report folder builds to (not validated: `validateDataset` names what is wrong). */
export function buildEdition(id: string, p: DataPaths = paths): Record<string, unknown> {
  const meta = readJson(p.meta);
  const reportDir = join(p.reports, id);
  const report = readJson(join(reportDir, 'report.json'));
  if (report.asOf !== id) throw new Error(`${reportDir}/report.json: asOf ${String(report.asOf)} does not match the folder name`);
  const seedCards = splitCards(reportSource(p, id).text);
  const cardsDir = join(reportDir, 'cards');
  const files = new Map(
    readdirSync(cardsDir)
      .filter((f) => f.endsWith('.json'))
      .map((f) => [f.replace(/\.json$/, ''), join(cardsDir, f)]),
  );
  const unknown = [...files.keys()].filter((cardId) => !seedCards.some((c) => c.id === cardId));
  if (unknown.length) throw new Error(`cards with no matching card in the source: ${unknown.join(', ')}`);

  const pledges = seedCards.flatMap((seed) => {
    const file = files.get(seed.id);
    if (!file) return [];
    const card = readJson(file);
    if (card.id !== seed.id) throw new Error(`${file}: id ${String(card.id)} does not match the file name`);
    const ordered: Record<string, unknown> = {};
    for (const key of PLEDGE_KEYS) if (key in card) ordered[key] = card[key];
    for (const key of Object.keys(card)) if (!(key in ordered)) ordered[key] = card[key]; // let validation name it
    ordered.source = { lines: { start: seed.start, end: seed.end }, text: seed.text };
    return [ordered];
  });

  const merged: Record<string, unknown> = {
    ...meta,
    ...report,
    // The source's provenance is shared; its file and title are the report's own.
    source: { ...(report.source as object), ...(meta.source as object) },
  };
  const content: Record<string, unknown> = { schemaVersion: meta.schemaVersion };
  for (const key of EDITION_KEYS) if (key in merged) content[key] = merged[key];
  for (const key of Object.keys(merged)) if (!(key in content)) content[key] = merged[key];
  content.pledges = pledges;
  const hash = createHash('sha256').update(JSON.stringify(content)).digest('hex').slice(0, 12);
  // `version` goes second, after `schemaVersion`, where a reader of the file looks for it
  const { schemaVersion, ...rest } = content;
  return { schemaVersion, version: `${String(report.asOf)}.${hash}`, ...rest };
}

export const editionText = (edition: Record<string, unknown>): string => JSON.stringify(edition, null, 2) + '\n';

/** The index of the published editions, from their files (the latest last). */
export function buildIndex(editions: { id: string; text: string }[]): EditionIndex {
  return {
    schemaVersion: 2,
    editions: editions.map(({ id, text }) => {
      const e = JSON.parse(text) as { version: string; asOf: string; report: { ja: string; en: string } };
      return { id, asOf: e.asOf, report: e.report, version: e.version, file: `editions/${id}.json`, bytes: Buffer.byteLength(text) };
    }),
  };
}

export interface Outputs {
  /** The edition being (re)built: the latest report. */
  latest: string;
  /** Every generated file and the text it must have. */
  files: Map<string, string>;
}

/**
 * What the data folder's generated files must hold, building `latest` (default: the latest
 * report folder) and reading every other edition as published. Refuses to rebuild an edition
 * older than a published one: older editions are never rewritten.
 */
export function plannedOutputs(p: DataPaths = paths, latest = reportIds(p).at(-1)): Outputs {
  if (!latest) throw new Error(`no report in ${p.reports}`);
  const published = editionIds(p);
  const newer = published.filter((id) => compareAsOf(id, latest) > 0);
  if (newer.length) throw new Error(`edition ${latest} is older than the published ${newer.join(', ')}: an older edition is never rewritten`);
  const edition = buildEdition(latest, p);
  const result = validateDataset(edition);
  if (!result.ok) throw new Error(`edition ${latest} would be invalid:\n  ${result.problems.map((x) => `${x.path}: ${x.message}`).join('\n  ')}`);
  const text = editionText(edition);
  const others = published.filter((id) => id !== latest).map((id) => ({ id, text: readFileSync(editionFile(p, id), 'utf8') }));
  const index = buildIndex([...others, { id: latest, text }]);
  const readme = readFileSync(p.readme, 'utf8');
  return {
    latest,
    files: new Map([
      [editionFile(p, latest), text],
      [p.current, text],
      [p.index, JSON.stringify(index, null, 2) + '\n'],
      [p.readme, readmeWithNotes(readme, edition.pledges as Record<string, unknown>[])],
    ]),
  };
}

/** Files whose content differs from what they must hold. */
export function staleFiles(out: Outputs): string[] {
  return [...out.files].filter(([file, text]) => !existsSync(file) || readFileSync(file, 'utf8') !== text).map(([file]) => file);
}

export function writeOutputs(out: Outputs): void {
  for (const [file, text] of out.files) {
    mkdirSync(resolve(file, '..'), { recursive: true });
    if (!existsSync(file) || readFileSync(file, 'utf8') !== text) writeFileSync(file, text);
  }
}

/** Builds the dataset a report folder describes, as the app reads it (the current edition). */
export function buildDataset(p: DataPaths = paths): Record<string, unknown> {
  return buildEdition(reportIds(p).at(-1)!, p);
}
