/** Editions for the history and comparison tests: hand-made ones and the real dataset, edited. */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Dataset, Kpi, Pledge } from '../../src/domain/schema';
import { parseDataset } from '../../src/domain/validate-dataset';
import { makeDataset } from './fixtures';

/** A report of its own: `asOf` is its id; the report name and version follow from it. */
export function makeEdition(asOf: string, pledges: Pledge[]): Dataset {
  return { ...makeDataset(pledges, `${asOf}.test`), asOf, report: { ja: `${asOf}報告`, en: `Report ${asOf}` } };
}

/** A KPI row with actuals for FY2023–FY2027 (missing ones empty). */
export function kpi(name: string, actuals: (string | null)[] = []): Kpi {
  return {
    name,
    baseline: null,
    years: [2023, 2024, 2025, 2026, 2027].map((fiscalYear, i) => ({ fiscalYear, target: null, actual: actuals[i] ?? null })),
    series: [],
  };
}

/** The real dataset, validated: the first report. */
export function realEdition(): Dataset {
  const result = parseDataset(readFileSync(fileURLToPath(new URL('../../data/pledges.json', import.meta.url)), 'utf8'));
  if (!result.ok) throw new Error(`data/pledges.json is invalid: ${result.message}`);
  return result.dataset;
}

/** A later report made from `base`: each pledge passed through `edit` (null drops it), then `extra` appended. */
export function laterEdition(base: Dataset, asOf: string, edit: (p: Pledge) => Pledge | null, extra: Pledge[] = []): Dataset {
  const pledges = base.pledges.map((p) => edit(structuredClone(p))).filter((p): p is Pledge => p !== null);
  return { ...base, asOf, version: `${asOf}.edited`, report: { ja: `${asOf}報告`, en: `Report ${asOf}` }, pledges: [...pledges, ...extra] };
}
