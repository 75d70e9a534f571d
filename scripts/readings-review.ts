/**
 * `npm run data:readings`: writes the data folder's readings review list (`readings-review.tsv`)
 * as the build does, without building the app, and says which kanji no reading covers yet. The
 * folder is BIBAI_DATA_DIR, as for the build, or data/.
 */
import { resolve } from 'node:path';
import { readSite } from '../src/build/site-config.ts';
import { buildReadings, writeReview } from '../src/build/readings/build.ts';
import { REVIEW_FILE } from '../src/build/readings/analyse.ts';

const dataDir = resolve(import.meta.dirname, '..', process.env.BIBAI_DATA_DIR ?? 'data');
const built = await buildReadings(dataDir, readSite(dataDir));
const changed = writeReview(dataDir, built.tsv);
const missing = built.analysis.entries.filter((e) => e.source === 'missing').map((e) => e.word);
console.log(`${REVIEW_FILE}: ${built.analysis.entries.length} words${changed ? ', written' : ', unchanged'}`);
if (missing.length) {
  console.error(`no reading for: ${missing.join(' ')} (add them to readings.json)`);
  process.exitCode = 1;
}
