/** Starting and publishing a report as a new edition (the `npm run data:edition` command's work). */
import { copyFileSync, cpSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { editionIds, plannedOutputs, reportIds, staleFiles, writeOutputs, type DataPaths } from './build';
import { compareAsOf } from '../../src/domain/dataset-version';

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

