/**
 * `npm run data:check`: validates every edition with the app's own loader, confirms the generated
 * files are what data/reports + data/meta.json build to, runs the fidelity checks of each edition
 * against that edition's own source text, and prints a summary of the current edition a reviewer
 * can compare with the document.
 */
import { readFileSync } from 'node:fs';
import { parseDataset } from '../src/domain/validate-dataset';
import { parseEditionIndex } from '../src/domain/edition-index';
import type { Dataset } from '../src/domain/schema';
import { editionFile, editionIds, paths, plannedOutputs, reportSource, staleFiles } from './dataset/build';
import { splitCards } from './dataset/seed-cards';
import { policyMismatch, statusMismatch, unfaithfulNumbers, unfaithfulTexts, uncoveredWords } from './dataset/fidelity';

const problems: string[] = [];
const fail = (message: string): never => {
  console.error(message);
  process.exit(1);
};

const index = parseEditionIndex(readFileSync(paths.index, 'utf8'));
if (!index.ok) fail(`data/editions.json is invalid: ${index.message}`);
const ids = index.ok ? index.index.editions.map((e) => e.id) : [];
if (ids.join() !== editionIds().join()) problems.push(`data/editions.json lists ${ids.join(' ')} but data/editions/ holds ${editionIds().join(' ')}`);
try {
  const stale = staleFiles(plannedOutputs());
  if (stale.length) problems.push(`out of date with data/reports and data/meta.json: ${stale.join(', ')}: run \`npm run data:build\``);
} catch (error) {
  problems.push((error as Error).message);
}

/** One edition against its own source text. */
function checkEdition(id: string): Dataset | null {
  const result = parseDataset(readFileSync(editionFile(paths, id), 'utf8'));
  if (!result.ok) {
    problems.push(`data/editions/${id}.json is invalid: ${result.message}`);
    return null;
  }
  const data = result.dataset;
  if (data.asOf !== id) problems.push(`data/editions/${id}.json: asOf ${data.asOf}`);
  const source = reportSource(paths, id).text;
  const seedIds = splitCards(source).map((c) => c.id);
  const pledgeIds = data.pledges.map((p) => p.id);
  if (pledgeIds.join() !== seedIds.join()) problems.push(`${id}: pledge ids ${pledgeIds.join(' ')} differ from the source's cards ${seedIds.join(' ')}`);
  const lines = source.split('\n');
  for (const p of data.pledges) {
    if (p.source.text !== lines.slice(p.source.lines.start - 1, p.source.lines.end).join('\n')) problems.push(`${id} ${p.id}: source.text is not lines ${p.source.lines.start}–${p.source.lines.end} of ${data.source.file}`);
    problems.push(...[...unfaithfulTexts(p), ...unfaithfulNumbers(p)].map((x) => `${id} ${x}`));
    problems.push(...uncoveredWords(p, data).map((w) => `${id} ${p.id}: word not held by any field: ${w}`));
    for (const m of [statusMismatch(p, data), policyMismatch(p, data)]) if (m) problems.push(`${id} ${m}`);
  }
  return data;
}

const editions = ids.map(checkEdition);
const data = editions.at(-1) ?? fail('no edition could be read');
const current = parseDataset(readFileSync(paths.current, 'utf8'));
if (!current.ok || current.dataset.version !== data.version) problems.push('data/pledges.json is not the latest edition: run `npm run data:build`');

console.log(`${data.title.ja} — ${ids.length} edition(s): ${ids.join(', ')}; current version ${data.version}, as of ${data.asOf}`);
const count = <T>(items: T[], key: (t: T) => string) =>
  items.reduce((m, t) => m.set(key(t), (m.get(key(t)) ?? 0) + 1), new Map<string, number>());
const byPolicy = count(data.pledges, (p) => String(p.policy));
const byStatus = count(data.pledges, (p) => p.status);
const kpis = data.pledges.flatMap((p) => p.kpis.map((k) => ({ p, k })));
const numeric = kpis.filter(({ k }) => k.series.length > 0);

console.log(`${data.title.ja} — version ${data.version}, as of ${data.asOf}`);
console.log(`${data.pledges.length} pledges, ${kpis.length} KPIs (${numeric.length} with numeric series), ${data.pledges.reduce((n, p) => n + p.notes.length, 0)} reading notes\n`);
console.log('Pledges per basic policy:');
for (const policy of data.policies) console.log(`  ${String(byPolicy.get(String(policy.id)) ?? 0).padStart(3)}  ${policy.id} ${policy.ja}`);
console.log('Pledges per status:');
for (const s of data.statuses) console.log(`  ${String(byStatus.get(s.id) ?? 0).padStart(3)}  ${s.id.padEnd(12)} ${s.ja ?? '(no status printed)'}`);
console.log('KPIs with numeric series:');
for (const { p, k } of numeric) {
  const parts = k.series.map((s) => (s.total ? 'total' : (s.label ?? '—'))).join(', ');
  console.log(`  ${p.id.padEnd(5)} ${k.name.replace(/\n/g, ' / ')} [${k.series[0].unit ?? 'no unit printed'}] ${k.series.length > 1 ? `(${parts})` : ''}`);
}
if (problems.length) {
  console.error(`\n${problems.length} problem(s):\n  ${problems.join('\n  ')}`);
  process.exit(1);
}
console.log('\nAll checks passed.');
