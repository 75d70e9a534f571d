/**
 * The dataset loader's gate: turns untrusted text (a fetched or bundled `pledges.json`) into a
 * typed `Dataset`, or refuses it as a whole with the first problems named by path.
 */
import * as v from 'valibot';
import { DatasetSchema, type Dataset } from './schema.ts';

/** A real dataset is ~150 KB; refuse anything absurdly large before parsing it. */
export const MAX_DATASET_BYTES = 5_000_000;
/** How many problems a refusal lists; the rest are counted. */
const MAX_LISTED = 5;

export interface Problem {
  path: string;
  message: string;
}

export type DatasetResult =
  | { ok: true; dataset: Dataset }
  | { ok: false; problems: Problem[]; message: string };

/** `pledges[3].kpis[0].name` from valibot's path items. */
export function formatPath(keys: readonly (string | number)[]): string {
  let out = '';
  for (const key of keys) {
    if (typeof key === 'number') out += `[${key}]`;
    else out += out ? `.${key}` : key;
  }
  return out || '(root)';
}

function refuse(problems: Problem[]): DatasetResult {
  const listed = problems.slice(0, MAX_LISTED).map((p) => `${p.path}: ${p.message}`);
  const more = problems.length > MAX_LISTED ? ` (+${problems.length - MAX_LISTED} more)` : '';
  return { ok: false, problems, message: listed.join('; ') + more };
}

/** Cross-field rules the shape alone cannot express. */
export function checkInvariants(data: Dataset): Problem[] {
  const problems: Problem[] = [];
  if (data.schemaVersion >= 2 && !data.sectionLabels) problems.push({ path: 'sectionLabels', message: 'schema 2 requires the section labels' });
  const { startFiscalYear: first, endFiscalYear: last } = data.term;
  if (first > last) problems.push({ path: 'term', message: 'startFiscalYear is after endFiscalYear' });
  const termYears = Array.from({ length: Math.max(0, last - first + 1) }, (_, i) => first + i);

  const unique = <T>(items: T[], key: (t: T) => string | number, path: string) => {
    const seen = new Set<string | number>();
    items.forEach((item, i) => {
      const k = key(item);
      if (seen.has(k)) problems.push({ path: `${path}[${i}]`, message: `duplicate id ${JSON.stringify(k)}` });
      seen.add(k);
    });
  };
  unique(data.policies, (p) => p.id, 'policies');
  unique(data.departments, (d) => d.ja, 'departments');
  unique(data.statuses, (s) => s.id, 'statuses');
  unique(data.pledges, (p) => p.id, 'pledges');

  const policyIds = new Set(data.policies.map((p) => p.id));
  const deptNames = new Set(data.departments.map((d) => d.ja));
  const statusIds = new Set(data.statuses.map((s) => s.id));

  const checkYears = (years: { fiscalYear: number }[], path: string) => {
    const got = years.map((y) => y.fiscalYear);
    years.forEach((y, i) => {
      if (y.fiscalYear < first || y.fiscalYear > last)
        problems.push({ path: `${path}[${i}].fiscalYear`, message: `year ${y.fiscalYear} is outside the term ${first}–${last}` });
    });
    if (got.join() !== termYears.join())
      problems.push({ path, message: `expected one entry per fiscal year ${termYears.join(', ')} in order` });
  };

  data.pledges.forEach((p, i) => {
    const at = `pledges[${i}]`;
    if (!policyIds.has(p.policy)) problems.push({ path: `${at}.policy`, message: `unknown policy ${p.policy}` });
    if (!statusIds.has(p.status)) problems.push({ path: `${at}.status`, message: `status ${p.status} is not listed in statuses` });
    p.departments.forEach((d, j) => {
      if (!deptNames.has(d.name))
        problems.push({ path: `${at}.departments[${j}].name`, message: `department ${d.name} is not listed in departments` });
    });
    p.kpis.forEach((k, j) => {
      checkYears(k.years, `${at}.kpis[${j}].years`);
      k.series.forEach((s, n) => checkYears(s.years, `${at}.kpis[${j}].series[${n}].years`));
    });
    if (p.source.lines.start > p.source.lines.end)
      problems.push({ path: `${at}.source.lines`, message: 'start is after end' });
  });
  return problems;
}

/** Validate an already-parsed value. */
export function validateDataset(input: unknown): DatasetResult {
  const parsed = v.safeParse(DatasetSchema, input);
  if (!parsed.success) {
    return refuse(
      parsed.issues.map((issue) => ({
        path: formatPath((issue.path ?? []).map((item) => item.key as string | number)),
        message: issue.message,
      })),
    );
  }
  const problems = checkInvariants(parsed.output);
  return problems.length ? refuse(problems) : { ok: true, dataset: parsed.output };
}

/** Parse and validate the text of a dataset file. */
export function parseDataset(text: string): DatasetResult {
  if (text.length > MAX_DATASET_BYTES)
    return refuse([{ path: '(root)', message: `file is too large (${text.length} characters, limit ${MAX_DATASET_BYTES})` }]);
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    return refuse([{ path: '(root)', message: `not valid JSON: ${(error as Error).message}` }]);
  }
  return validateDataset(json);
}

/** FNV-1a over UTF-16 units, from a given offset basis (two bases give 64 bits between them). */
function fnv1a(text: string, basis: number): string {
  let h = basis;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return (h >>> 0).toString(16).padStart(8, '0');
}

function validatorFingerprint(): string | null {
  try {
    // The schema's structure and the code of every check (functions as their source text), so
    // any change to what `validateDataset` accepts changes the fingerprint without anyone having
    // to remember to bump a number. A new build may change it too (minified code): that only
    // costs one more validation.
    const text = JSON.stringify(DatasetSchema, (_key, value: unknown) => (typeof value === 'function' ? String(value) : value)) + String(checkInvariants);
    return `${fnv1a(text, 0x811c9dc5)}${fnv1a(text, 0x050c5d1f)}`;
  } catch {
    return null;
  }
}

/**
 * Identifies this app's `validateDataset`: a dataset stored with this mark was validated by the
 * same rules, so reading it back need not validate it again (that took seconds at
 * 10,000 pledges). Null when it cannot be worked out: then stored data is always validated.
 */
export const VALIDATOR_FINGERPRINT: string | null = validatorFingerprint();
