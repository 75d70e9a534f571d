/**
 * Writes the open data files into the build (src/build/open-data/): CSVs, the Data Package, Atom
 * feeds and embeddable cards, all from data/pledges.json as the app's own `parseDataset` accepts
 * it, so a file the app would refuse fails the build instead of reaching a spreadsheet.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Plugin } from 'vite';
import { parseDataset } from '../../domain/validate-dataset.ts';
import { openDataFiles } from '../open-data/open-data-files.ts';

export interface OpenDataOptions {
  root: string;
  /** data/pledges.json */
  dataset: string;
  siteUrl: string;
  base: string;
}

export function openData(options: OpenDataOptions): Plugin {
  return {
    name: 'bibai-open-data',
    apply: 'build',
    generateBundle() {
      const datasetJson = readFileSync(options.dataset, 'utf8');
      const parsed = parseDataset(datasetJson);
      if (!parsed.ok) this.error(`data/pledges.json is invalid: ${parsed.message}`);
      let files;
      try {
        // One edition today: the file holds the latest report only.
        files = openDataFiles({
          editions: [parsed.dataset],
          datasetJson,
          embedCss: readFileSync(resolve(options.root, 'src/build/open-data/embed.css'), 'utf8'),
          site: { siteUrl: options.siteUrl, base: options.base },
        });
      } catch (error) {
        this.error(`open data files: ${(error as Error).message}`);
      }
      for (const f of files) this.emitFile({ type: 'asset', fileName: f.fileName, source: f.source });
    },
  };
}
