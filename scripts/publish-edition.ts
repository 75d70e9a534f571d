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
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { dataPaths } from './dataset/build';
import { publishEdition, startReport } from './dataset/editions';

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

main();
