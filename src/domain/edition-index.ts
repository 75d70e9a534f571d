/**
 * `data/editions.json`: the list of every published report (edition), oldest first, the latest
 * last. The app reads it beside the current edition (`data/pledges.json`) and fetches only the
 * editions it does not hold yet, so a new report costs one new file, not the whole series.
 */
import * as v from 'valibot';
import { compareAsOf } from './dataset-version';

const MAX_INDEX_CHARS = 200_000;
const MAX_EDITIONS = 500;

const AsOf = v.pipe(v.string(), v.regex(/^\d{4}-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?$/, 'expected YYYY-MM or YYYY-MM-DD'));
const Text = v.pipe(v.string(), v.minLength(1), v.maxLength(400));

const EditionEntry = v.strictObject({
  /** The edition's id: its as-of date, also the `edition=` URL value. */
  id: AsOf,
  asOf: AsOf,
  report: v.strictObject({ ja: Text, en: Text }),
  /** The edition file's `version`: the app fetches an edition only when it holds another version. */
  version: Text,
  /** Relative to the data folder: `editions/<id>.json`. */
  file: v.pipe(v.string(), v.regex(/^editions\/[0-9-]+\.json$/, 'expected editions/<id>.json')),
  /** The file's size in bytes, for the download list and the benchmark. */
  bytes: v.pipe(v.number(), v.integer(), v.minValue(1)),
});

export const EditionIndexSchema = v.strictObject({
  schemaVersion: v.literal(2),
  editions: v.pipe(v.array(EditionEntry), v.minLength(1), v.maxLength(MAX_EDITIONS)),
});

export type EditionIndex = v.InferOutput<typeof EditionIndexSchema>;
export type EditionEntry = EditionIndex['editions'][number];

export type IndexResult = { ok: true; index: EditionIndex } | { ok: false; message: string };

/** Parse and validate the index file's text: ids unique, in order, each file named for its id. */
export function parseEditionIndex(text: string): IndexResult {
  if (text.length > MAX_INDEX_CHARS) return { ok: false, message: `file is too large (${text.length} characters)` };
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    return { ok: false, message: `not valid JSON: ${(error as Error).message}` };
  }
  const parsed = v.safeParse(EditionIndexSchema, json);
  if (!parsed.success) {
    const issue = parsed.issues[0];
    const path = issue.path?.map((p) => String(p.key)).join('.') ?? '';
    return { ok: false, message: path ? `${path}: ${issue.message}` : issue.message };
  }
  const editions = parsed.output.editions;
  for (let i = 0; i < editions.length; i++) {
    const e = editions[i]!;
    if (e.id !== e.asOf) return { ok: false, message: `editions[${i}]: id ${e.id} is not its asOf ${e.asOf}` };
    if (e.file !== `editions/${e.id}.json`) return { ok: false, message: `editions[${i}]: file ${e.file} is not editions/${e.id}.json` };
    if (i > 0 && compareAsOf(editions[i - 1]!.id, e.id) >= 0) return { ok: false, message: `editions[${i}]: ${e.id} is not after ${editions[i - 1]!.id}` };
  }
  return { ok: true, index: parsed.output };
}

/** The current edition: the latest report. */
export const currentEntry = (index: EditionIndex): EditionEntry => index.editions[index.editions.length - 1]!;
