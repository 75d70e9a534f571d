/**
 * Rebuilds the latest report's edition from its cards: data/editions/<asOf>.json, the same
 * content as data/pledges.json, the index data/editions.json and the notes table in
 * data/README.md. Older editions are never written (see publish-edition.ts).
 *   npm run data:build            rebuild the latest report's edition
 *   npm run data:build -- --check fail if any generated file is not what the inputs produce
 */
import { paths, plannedOutputs, root, staleFiles, writeOutputs, type Outputs } from './dataset/build';

function main() {
  let out: Outputs;
  try {
    out = plannedOutputs();
  } catch (error) {
    console.error((error as Error).message);
    process.exit(1);
  }
  if (process.argv.includes('--check')) {
    const stale = staleFiles(out);
    if (stale.length) {
      console.error(`out of date with data/reports and data/meta.json: ${stale.map((f) => f.slice(root.length + 1)).join(', ')}: run \`npm run data:build\`.`);
      process.exit(1);
    }
    console.log(`data/ is up to date (edition ${out.latest}).`);
    return;
  }
  writeOutputs(out);
  const current = JSON.parse(out.files.get(paths.current)!) as { version: string; pledges: unknown[] };
  console.log(`wrote edition ${out.latest} (data/editions/${out.latest}.json = data/pledges.json): ${current.pledges.length} pledges, version ${current.version}`);
}

main();
