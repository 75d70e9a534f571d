/** Shared by the open-data tests: the real dataset, a site, and a Table Schema checker for CSVs. */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parse } from 'csv-parse/sync';
import { parseDataset } from '../../src/domain/validate-dataset';
import type { Dataset } from '../../src/domain/schema';
import type { Site } from '../../src/build/open-data/site';
import { readSite } from '../../src/build/site-config';

export const ROOT = resolve(import.meta.dirname, '../..');
export const readRepoFile = (path: string) => readFileSync(resolve(ROOT, path), 'utf8');

export const DATASET_JSON = readRepoFile('data/pledges.json');

/** A fresh copy of the real dataset, validated as the build validates it. */
export function realDataset(): Dataset {
  const r = parseDataset(DATASET_JSON);
  if (!r.ok) throw new Error(r.message);
  return r.dataset;
}

const names = readSite(resolve(ROOT, 'data'));
export const SITE: Site = { siteUrl: 'https://pledges.example', base: '/bibai/', texts: names.texts, dataPackage: names.config.dataPackage };

/** Parses a CSV the way a strict reader does: BOM dropped, CRLF records, RFC 4180 quotes. */
export function parseCsv(text: string): string[][] {
  return parse(text, { bom: true, record_delimiter: '\r\n', relax_column_count: false, relax_quotes: false }) as string[][];
}

/** Records as objects keyed by the header row. */
export function csvRecords(text: string): Record<string, string>[] {
  const [header, ...rows] = parseCsv(text);
  return rows.map((r) => Object.fromEntries(header!.map((h, i) => [h, r[i]!])));
}

interface SchemaField {
  name: string;
  type: string;
  format?: string;
  trueValues?: string[];
  falseValues?: string[];
  constraints?: { required?: boolean };
}

export interface TableSchema {
  fields: SchemaField[];
  missingValues?: string[];
  primaryKey?: string[];
  foreignKeys?: { fields: string[]; reference: { resource: string; fields: string[] } }[];
}

/** Cell against a Table Schema field type (v1 defaults: plain numbers, no grouping). */
function typeProblem(field: SchemaField, cell: string): string | null {
  switch (field.type) {
    case 'string':
      if (field.format === 'uri') {
        try {
          new URL(cell);
        } catch {
          return 'not a URI';
        }
      }
      return null;
    case 'integer':
      return /^-?\d+$/.test(cell) ? null : 'not an integer';
    case 'number':
      return /^-?(\d+(\.\d+)?|\.\d+)$/.test(cell) && Number.isFinite(Number(cell)) ? null : 'not a plain number';
    case 'boolean':
      return [...(field.trueValues ?? ['true']), ...(field.falseValues ?? ['false'])].includes(cell) ? null : 'not a boolean';
    default:
      return `type ${field.type} is not checked here`;
  }
}

/**
 * Every problem of a CSV against its Table Schema: header names and order, each cell's type,
 * required cells, a unique primary key, and foreign keys found in the referenced tables.
 */
export function tableProblems(csv: string, schema: TableSchema, others: Record<string, string> = {}): string[] {
  const problems: string[] = [];
  const [header, ...rows] = parseCsv(csv);
  const names = schema.fields.map((f) => f.name);
  if (JSON.stringify(header) !== JSON.stringify(names)) problems.push(`header ${JSON.stringify(header)} is not ${JSON.stringify(names)}`);
  const missing = new Set(schema.missingValues ?? ['']);
  rows.forEach((row, r) => {
    schema.fields.forEach((field, c) => {
      const cell = row[c] ?? '';
      if (missing.has(cell)) {
        if (field.constraints?.required) problems.push(`row ${r + 1} ${field.name}: required but empty`);
        return;
      }
      const p = typeProblem(field, cell);
      if (p) problems.push(`row ${r + 1} ${field.name}: ${p}: ${JSON.stringify(cell)}`);
    });
  });
  const col = (name: string) => names.indexOf(name);
  const keyOf = (row: string[], fields: string[]) => JSON.stringify(fields.map((f) => row[col(f)]));
  if (schema.primaryKey) {
    const seen = new Set<string>();
    for (const row of rows) {
      const k = keyOf(row, schema.primaryKey);
      if (seen.has(k)) problems.push(`primary key ${k} repeats`);
      seen.add(k);
    }
  }
  for (const fk of schema.foreignKeys ?? []) {
    const target = others[fk.reference.resource];
    if (target === undefined) {
      problems.push(`foreign key to unknown resource ${fk.reference.resource}`);
      continue;
    }
    const [theirHeader, ...theirRows] = parseCsv(target);
    const keys = new Set(theirRows.map((r) => JSON.stringify(fk.reference.fields.map((f) => r[theirHeader!.indexOf(f)]))));
    for (const row of rows) {
      const k = keyOf(row, fk.fields);
      if (!keys.has(k)) problems.push(`foreign key ${k} not found in ${fk.reference.resource}`);
    }
  }
  return problems;
}
