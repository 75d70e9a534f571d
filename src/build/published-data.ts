/**
 * A data folder's published dataset files — the current edition (`pledges.json`), the index
 * (`editions.json`) and every edition it lists — read and checked with the app's own gates
 * (`parseDataset`, `parseEditionIndex`): the prerenderer and the open data files start from
 * here, so a file the app would refuse fails the build with its name.
 */
import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { Dataset } from '../domain/schema.ts';
import { parseDataset } from '../domain/validate-dataset.ts';
import { parseEditionIndex, type EditionEntry } from '../domain/edition-index.ts';

export interface PublishedEdition {
  entry: EditionEntry;
  /** The file's text as published. */
  json: string;
  dataset: Dataset;
}

export interface Published {
  /** `pledges.json`, the current edition: its text and what it holds. */
  currentJson: string;
  current: Dataset;
  /** `editions.json`. */
  indexJson: string;
  /** Every edition, oldest first; the last is the current one. */
  editions: PublishedEdition[];
}

export function readPublished(dataDir: string): Published {
  const shown = (file: string) => relative(process.cwd(), join(dataDir, file)) || file;
  const read = (file: string) => {
    try {
      return readFileSync(join(dataDir, file), 'utf8');
    } catch (error) {
      throw new Error(`${shown(file)} cannot be read: ${(error as Error).message}`);
    }
  };
  const currentJson = read('pledges.json');
  const current = parseDataset(currentJson);
  if (!current.ok) throw new Error(`${shown('pledges.json')} is invalid: ${current.message}`);
  const indexJson = read('editions.json');
  const index = parseEditionIndex(indexJson);
  if (!index.ok) throw new Error(`${shown('editions.json')} is invalid: ${index.message}`);
  const editions = index.index.editions.map((entry): PublishedEdition => {
    const json = read(entry.file);
    const edition = parseDataset(json);
    if (!edition.ok) throw new Error(`${shown(entry.file)} is invalid: ${edition.message}`);
    if (edition.dataset.version !== entry.version) throw new Error(`${shown(entry.file)} is not the version ${shown('editions.json')} lists (${entry.version})`);
    return { entry, json, dataset: edition.dataset };
  });
  if (editions.at(-1)?.dataset.version !== current.dataset.version) throw new Error(`${shown('pledges.json')} is not the latest edition ${shown('editions.json')} lists`);
  return { currentJson, current: current.dataset, indexJson, editions };
}
