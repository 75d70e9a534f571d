/**
 * `npm run data:check`: validates data/pledges.json with the app's own loader, confirms it is what
 * data/cards + data/meta.json build to, runs the fidelity checks against the source, and prints a
 * summary a reviewer can compare with the document.
 */
import { readFileSync } from 'node:fs';
import { parseDataset } from '../src/domain/validate-dataset';
import { buildDataset, paths, readmeWithNotes } from './dataset/build';
import { splitCards } from './dataset/seed-cards';
import { policyMismatch, statusMismatch, unfaithfulNumbers, unfaithfulTexts, uncoveredWords } from './dataset/fidelity';

const result = parseDataset(readFileSync(paths.out, 'utf8'));
if (!result.ok) {
  console.error(`data/pledges.json is invalid: ${result.message}`);
  process.exit(1);
}
const data = result.dataset;
const problems: string[] = [];
if (JSON.stringify(buildDataset()) !== JSON.stringify(data))
  problems.push('data/pledges.json is out of date with data/cards and data/meta.json: run `npm run data:build`');
const readme = readFileSync(paths.readme, 'utf8');
if (readmeWithNotes(readme, data.pledges) !== readme)
  problems.push('the reading notes in data/README.md are out of date: run `npm run data:build`');
const seedIds = splitCards(readFileSync(paths.seed, 'utf8')).map((c) => c.id);
const ids = data.pledges.map((p) => p.id);
if (ids.join() !== seedIds.join()) problems.push(`pledge ids ${ids.join(' ')} differ from the source's cards ${seedIds.join(' ')}`);
for (const p of data.pledges) {
  problems.push(...unfaithfulTexts(p), ...unfaithfulNumbers(p));
  problems.push(...uncoveredWords(p, data).map((w) => `${p.id}: word not held by any field: ${w}`));
  for (const m of [statusMismatch(p, data), policyMismatch(p, data)]) if (m) problems.push(m);
}

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
