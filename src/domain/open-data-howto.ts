/**
 * One line per tool for each download on the /data page: which Excel hint applies, and the
 * Python and R code that reads the file from its public URL. Code is not translated.
 */
import type { OpenDataKind } from './open-data-index.ts';

export type ExcelHint = 'csv' | 'json' | 'package';

export interface HowToOpen {
  excel: ExcelHint;
  python: string;
  r: string;
}

const quoted = (url: string) => JSON.stringify(url);

export function howToOpen(kind: OpenDataKind, url: string): HowToOpen {
  const u = quoted(url);
  switch (kind) {
    case 'pledgesCsv':
    case 'kpisCsv':
      // pledge_id as text: `2-1` is a pledge number, not a date or a subtraction.
      return {
        excel: 'csv',
        python: `pandas.read_csv(${u}, encoding="utf-8-sig", dtype={"pledge_id": str})`,
        r: `readr::read_csv(${u}, col_types = readr::cols(pledge_id = "c"))`,
      };
    case 'package':
      return { excel: 'package', python: `frictionless.Package(${u})`, r: `frictionless::read_package(${u})` };
    case 'dataset':
    case 'editionIndex':
    case 'edition':
      return { excel: 'json', python: `json.load(urllib.request.urlopen(${u}))`, r: `jsonlite::fromJSON(${u})` };
  }
}
