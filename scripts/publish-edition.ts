/**
 * Publishes a new report (a later 経営会議) as a new edition of the dataset. Two steps:
 *
 *   npm run data:edition -- --start 2025-05 --source path/to/new-text-layer.txt
 *       copies the new document's text layer into data/source/ and starts data/reports/2025-05/
 *       from the latest report (report.json and every card, to be updated by hand from the new
 *       document: `npm run data:cards -- --report 2025-05` checks them one by one);
 *
 *   npm run data:edition -- 2025-05
 *       builds data/editions/2025-05.json, makes it the current edition (data/pledges.json) and
 *       adds it to data/editions.json. Every older edition file stays byte for byte as it was.
 *
 * Options: `--data <dir>` works on another data folder (the tests use a copy).
 */
import { copyFileSync, cpSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { dataPaths, editionIds, plannedOutputs, reportIds, staleFiles, writeOutputs, type DataPaths } from './build-dataset';
import { compareAsOf } from '../src/domain/dataset-version';

const AS_OF = /^\d{4}-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?$/;

/** Starts a report folder from the latest one, with the new source file. */
export function startReport(p: DataPaths, asOf: string, sourceFile: string): string {
  if (!AS_OF.test(asOf)) throw new Error(`${asOf} is not an as-of date (YYYY-MM or YYYY-MM-DD)`);
  const latest = reportIds(p).at(-1);
  if (!latest) throw new Error(`no report to start from in ${p.reports}`);
  if (compareAsOf(asOf, latest) <= 0) throw new Error(`${asOf} is not after the latest report ${latest}`);
  const dir = join(p.reports, asOf);
  if (existsSync(dir)) throw new Error(`${dir} exists already`);
  const name = basename(sourceFile);
  const target = join(p.sources, name);
  if (existsSync(target)) throw new Error(`data/source/${name} exists already: give the new text layer a file name of its own`);
  mkdirSync(p.sources, { recursive: true });
  copyFileSync(sourceFile, target);
  cpSync(join(p.reports, latest, 'cards'), join(dir, 'cards'), { recursive: true });
  const report = JSON.parse(readFileSync(join(p.reports, latest, 'report.json'), 'utf8')) as Record<string, unknown>;
  const next = { ...report, asOf, source: { ...(report.source as object), file: name } };
  writeFileSync(join(dir, 'report.json'), JSON.stringify(next, null, 2) + '\n');
  return dir;
}

/** Builds the report `asOf` as the new current edition; returns the files written. */
export function publishEdition(p: DataPaths, asOf: string): string[] {
  if (!reportIds(p).includes(asOf)) throw new Error(`no report folder ${p.reports}/${asOf}`);
  const newer = editionIds(p).filter((id) => compareAsOf(id, asOf) > 0);
  if (newer.length) throw new Error(`${asOf} is older than the published edition ${newer.join(', ')}: older editions are never rewritten`);
  const out = plannedOutputs(p, asOf);
  const stale = staleFiles(out);
  writeOutputs(out);
  return stale;
}

function main() {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: { start: { type: 'string' }, source: { type: 'string' }, data: { type: 'string' } },
  });
  const p = dataPaths(values.data ? resolve(values.data) : undefined);
  try {
    if (values.start) {
      if (!values.source) throw new Error('--start needs --source <the new document\'s text layer>');
      const dir = startReport(p, values.start, values.source);
      console.log(`started ${dir}: update report.json (report name, section labels) and every card from the new document, then run \`npm run data:edition -- ${values.start}\`.`);
      return;
    }
    const asOf = positionals[0];
    if (!asOf) throw new Error('usage: npm run data:edition -- <asOf>   (or --start <asOf> --source <file>)');
    const written = publishEdition(p, asOf);
    console.log(written.length ? `published edition ${asOf}:\n  ${written.join('\n  ')}` : `edition ${asOf} was already published as it is.`);
  } catch (error) {
    console.error((error as Error).message);
    process.exit(1);
  }
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.filename)) main();
