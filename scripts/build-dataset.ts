/**
 * Writes `data/pledges.json` (and the notes table in `data/README.md`) from the cards:
 *   npm run data:build            write data/pledges.json
 *   npm run data:build -- --check fail if data/pledges.json is not what the inputs produce
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { buildDataset, paths, readmeWithNotes } from './dataset/build';
import { validateDataset } from '../src/domain/validate-dataset';

function main() {
  const dataset = buildDataset();
  const result = validateDataset(dataset);
  if (!result.ok) {
    console.error(`data/pledges.json would be invalid:\n  ${result.problems.map((p) => `${p.path}: ${p.message}`).join('\n  ')}`);
    process.exit(1);
  }
  const text = JSON.stringify(dataset, null, 2) + '\n';
  const readme = readFileSync(paths.readme, 'utf8');
  const newReadme = readmeWithNotes(readme, dataset.pledges as Record<string, unknown>[]);
  if (process.argv.includes('--check')) {
    let current = '';
    try {
      current = readFileSync(paths.out, 'utf8');
    } catch {
      /* missing counts as stale */
    }
    if (current !== text || readme !== newReadme) {
      console.error('data/pledges.json or data/README.md is out of date with data/cards and data/meta.json: run `npm run data:build`.');
      process.exit(1);
    }
    console.log(`data/pledges.json is up to date (version ${String(dataset.version)}).`);
    return;
  }
  writeFileSync(paths.out, text);
  writeFileSync(paths.readme, newReadme);
  console.log(`wrote data/pledges.json: ${(dataset.pledges as unknown[]).length} pledges, version ${String(dataset.version)}`);
}

main();
