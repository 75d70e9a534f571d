/**
 * Checks hand-read cards one by one while they are being written:
 *   npm run data:cards                        every card of the latest report
 *   npm run data:cards -- 3 13-2              only these
 *   npm run data:cards -- --report 2025-05    the cards of another report (data/reports/<asOf>/cards)
 * Prints schema problems, text not found verbatim in the card, numbers not printed where they
 * are said to be, and words of the card that no field holds.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import * as v from 'valibot';
import { PledgeSchema, type Dataset, type Pledge } from '../src/domain/schema';
import { formatPath } from '../src/domain/validate-dataset';
import { splitCards } from './dataset/seed-cards';
import { paths, reportIds, reportSource } from './dataset/build';
import { policyMismatch, statusMismatch, unfaithfulNumbers, unfaithfulTexts, uncoveredWords } from './dataset/fidelity';

const { values, positionals: wanted } = parseArgs({ allowPositionals: true, options: { report: { type: 'string' } } });
const report = values.report ?? reportIds().at(-1)!;
const reportDir = join(paths.reports, report);
const cardsDir = join(reportDir, 'cards');
// What the cards are checked against: the shared lists and this report's own labels.
const meta = {
  ...JSON.parse(readFileSync(paths.meta, 'utf8')),
  ...JSON.parse(readFileSync(join(reportDir, 'report.json'), 'utf8')),
} as Dataset;
const seed = splitCards(reportSource(paths, report).text);
const ids = wanted.length ? wanted : readdirSync(cardsDir).filter((f) => f.endsWith('.json')).map((f) => f.slice(0, -5));
let failed = 0;
for (const id of ids) {
  const card = seed.find((c) => c.id === id);
  if (!card) {
    console.log(`${id}: no such card in the source`);
    failed++;
    continue;
  }
  let raw: Record<string, unknown>;
  try {
    raw = JSON.parse(readFileSync(join(cardsDir, `${id}.json`), 'utf8')) as Record<string, unknown>;
  } catch (e) {
    console.log(`${id}: cannot read: ${(e as Error).message}`);
    failed++;
    continue;
  }
  const parsed = v.safeParse(PledgeSchema, { ...raw, source: { lines: { start: card.start, end: card.end }, text: card.text } });
  if (!parsed.success) {
    console.log(`${id}: schema:\n  ${parsed.issues.map((i) => `${formatPath((i.path ?? []).map((p) => p.key as string | number))}: ${i.message}`).join('\n  ')}`);
    failed++;
    continue;
  }
  const p: Pledge = parsed.output;
  const years = p.kpis.flatMap((k, i) => [k.years, ...k.series.map((s) => s.years)].map((ys) => [i, ys.map((y) => y.fiscalYear).join()] as const));
  const badYears = years.filter(([, ys]) => ys !== '2023,2024,2025,2026,2027').map(([i]) => `kpis[${i}]: years must be 2023..2027 in order`);
  const depts = p.departments.filter((d) => !meta.departments.some((m) => m.ja === d.name)).map((d) => `department ${d.name} has no English name in data/meta.json (tell the lead)`);
  const problems = [
    ...badYears,
    ...depts,
    ...unfaithfulTexts(p),
    ...unfaithfulNumbers(p),
    ...uncoveredWords(p, meta).map((w) => `word not held by any field: ${JSON.stringify(w)}`),
    statusMismatch(p, meta),
    policyMismatch(p, meta),
  ].filter((x): x is string => !!x);
  if (problems.length) failed++;
  console.log(problems.length ? `${id}: ${problems.length} problem(s)\n  ${problems.join('\n  ')}` : `${id}: ok`);
}
process.exit(failed ? 1 : 0);
