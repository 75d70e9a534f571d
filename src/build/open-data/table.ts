/**
 * One definition per downloadable table: its columns (name, type, bilingual title and
 * description, how each cell is read from the dataset) and its keys. The CSV writer
 * (`tableCsv`) and the Frictionless Table Schema (`tableSchema`) are both made from it, so the
 * file and its description cannot drift apart.
 */
import { stringify } from 'csv-stringify/sync';

/** Joins the items of a multi-valued cell. Items never contain it (checked when writing). */
export const LIST_SEPARATOR = ' | ';
const sep = LIST_SEPARATOR.trim();

export type FieldType = 'string' | 'integer' | 'number' | 'boolean';

export interface Bilingual {
  ja: string;
  en: string;
}

export type Cell = string | number | boolean | null | readonly string[];

export interface Column<Row> {
  name: string;
  type: FieldType;
  title: Bilingual;
  description: Bilingual;
  /** The cell is never empty. */
  required?: boolean;
  /** A URL (Table Schema `format: uri`). */
  uri?: boolean;
  /** Items joined with LIST_SEPARATOR. */
  list?: boolean;
  // A method, not a property: a table of any row type can then be described as Table<unknown>.
  value(row: Row): Cell;
}

export interface ForeignKey {
  fields: string[];
  /** The resource (table `name`) and its fields the values must be found in. */
  reference: { resource: string; fields: string[] };
}

export interface Table<Row> {
  /** Resource name in the Data Package (`^[a-z0-9._/-]+$`). */
  name: string;
  /** File name beside `pledges.json` (`pledges.csv`). */
  path: string;
  title: Bilingual;
  description: Bilingual;
  columns: readonly Column<Row>[];
  rows: readonly Row[];
  primaryKey: string[];
  foreignKeys?: ForeignKey[];
}

/**
 * Spreadsheets run a text cell that starts with one of these as a formula. The dataset never
 * holds one; a future edition that did would make the CSV unsafe to open, so it is refused.
 */
const FORMULA_START = /^[=+\-@\t\r]/;

/** A number as a spreadsheet and a parser both read it: no grouping, no unit, no exponent. */
export function plainNumber(n: number): string {
  if (!Number.isFinite(n)) throw new Error(`cannot write ${n} as a plain number`);
  if (Math.abs(n) >= 1e21) throw new Error(`${n} is too large to write without an exponent`);
  const s = String(n);
  return /e/i.test(s) ? n.toFixed(20).replace(/\.?0+$/, '') : s;
}

function cellText<Row>(column: Column<Row>, value: Cell, where: string): string {
  if (value === null) return '';
  if (column.list) {
    if (!Array.isArray(value)) throw new Error(`${where}: expected a list`);
    const items = value as readonly string[];
    for (const item of items) if (item.includes(sep)) throw new Error(`${where}: an item contains the list separator "${sep}": ${item}`);
    return checkText(items.join(LIST_SEPARATOR), where);
  }
  switch (column.type) {
    case 'string':
      if (typeof value !== 'string') throw new Error(`${where}: expected text`);
      return checkText(value, where);
    case 'integer':
      if (typeof value !== 'number' || !Number.isInteger(value)) throw new Error(`${where}: expected an integer`);
      return plainNumber(value);
    case 'number':
      if (typeof value !== 'number') throw new Error(`${where}: expected a number`);
      return plainNumber(value);
    case 'boolean':
      if (typeof value !== 'boolean') throw new Error(`${where}: expected true or false`);
      return value ? 'true' : 'false';
  }
}

function checkText(text: string, where: string): string {
  if (FORMULA_START.test(text)) throw new Error(`${where}: text starts with "${text[0]}", which spreadsheets run as a formula: ${text.slice(0, 40)}`);
  return text;
}

/** The table's rows as cell texts, header first. Throws, naming the row and column, on a bad cell. */
export function tableCells<Row>(table: Table<Row>): string[][] {
  const header = table.columns.map((c) => c.name);
  const body = table.rows.map((row, i) =>
    table.columns.map((column) => {
      const where = `${table.path} row ${i + 1}, ${column.name}`;
      const text = cellText(column, column.value(row), where);
      if (column.required && text === '') throw new Error(`${where}: required but empty`);
      return text;
    }),
  );
  return [header, ...body];
}

/**
 * The CSV file: UTF-8 with a byte order mark (Excel on Windows reads the file as Japanese only
 * with it), CRLF between records, RFC 4180 quoting. Cells that hold a line break or start or end
 * with a space are quoted too, which csv-stringify does not do by itself for a lone LF.
 */
export function tableCsv<Row>(table: Table<Row>): string {
  return stringify(tableCells(table), { bom: true, record_delimiter: 'windows', quoted_match: /[\r\n]|^\s|\s$/ });
}

const bilingual = (b: Bilingual) => `${b.ja} / ${b.en}`;
const listNote: Bilingual = { ja: `（複数の値は「${sep}」で区切る）`, en: ` (several values, separated by "${sep}")` };

/** The Frictionless Table Schema (v1) of the table. */
export function tableSchema<Row>(table: Table<Row>): Record<string, unknown> {
  return {
    fields: table.columns.map((c) => ({
      name: c.name,
      type: c.type,
      ...(c.uri ? { format: 'uri' } : {}),
      title: bilingual(c.title),
      description: bilingual(c.list ? { ja: c.description.ja + listNote.ja, en: c.description.en + listNote.en } : c.description),
      ...(c.type === 'boolean' ? { trueValues: ['true'], falseValues: ['false'] } : {}),
      ...(c.required ? { constraints: { required: true } } : {}),
    })),
    missingValues: [''],
    primaryKey: table.primaryKey,
    ...(table.foreignKeys ? { foreignKeys: table.foreignKeys } : {}),
  };
}
