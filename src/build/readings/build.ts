/**
 * A data folder's readings, end to end: its corpus, the analyser's dictionary with the folder's
 * overrides, the dictionary file's bytes and hash, and the review list. The Vite plugin
 * (plugins/readings.ts), `npm run data:readings` and the unit tests all start here.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { SiteData } from '../site-config.ts';
import { collectCorpus } from './corpus.ts';
import { REVIEW_FILE, analyse, loadTokenizer, readOverrides, readingsJson, reviewTsv, type Analysis, type Overrides } from './analyse.ts';

export interface BuiltReadings {
  texts: string[];
  overrides: Overrides;
  analysis: Analysis;
  /** The dictionary file as served. */
  json: string;
  /** First 10 hex digits of its SHA-256: the file's name changes whenever its content does. */
  hash: string;
  tsv: string;
}

export async function buildReadings(dataDir: string, site: SiteData): Promise<BuiltReadings> {
  const { texts } = collectCorpus(dataDir, site);
  const overrides = readOverrides(dataDir);
  const analysis = analyse(texts, overrides, await loadTokenizer());
  const json = readingsJson(analysis.file);
  const hash = createHash('sha256').update(json).digest('hex').slice(0, 10);
  return { texts, overrides, analysis, json, hash, tsv: reviewTsv(analysis.entries) };
}

/** Writes the review list beside the data, only when it changed (no churn in the work tree). */
export function writeReview(dataDir: string, tsv: string): boolean {
  const file = join(dataDir, REVIEW_FILE);
  if (existsSync(file) && readFileSync(file, 'utf8') === tsv) return false;
  writeFileSync(file, tsv);
  return true;
}
