/**
 * Editions: every published report, each a full `Dataset`, identified by its `asOf`
 * (`'2024-11'`). Lists of editions are oldest first.
 */
import { compareAsOf } from './dataset-version';
import type { Dataset } from './schema';

/** What names an edition on a page: its id, the report's name and the dataset version. */
export interface EditionRef {
  /** The edition's id: its `asOf`. */
  asOf: string;
  report: { ja: string; en: string };
  version: string;
}

export const editionId = (edition: Dataset): string => edition.asOf;

export const editionRef = (edition: Dataset): EditionRef => ({ asOf: edition.asOf, report: edition.report, version: edition.version });

export const findEdition = (editions: readonly Dataset[], id: string): Dataset | undefined => editions.find((e) => e.asOf === id);

export type EditionProblem = { kind: 'duplicate'; asOf: string } | { kind: 'out-of-order'; asOf: string; after: string };

/** What breaks the "distinct ids, oldest first" rule that the history and comparison rely on. */
export function checkEditions(editions: readonly Dataset[]): EditionProblem[] {
  const problems: EditionProblem[] = [];
  const seen = new Set<string>();
  editions.forEach((e, i) => {
    if (seen.has(e.asOf)) problems.push({ kind: 'duplicate', asOf: e.asOf });
    else if (i > 0 && compareAsOf(e.asOf, editions[i - 1]!.asOf) < 0) problems.push({ kind: 'out-of-order', asOf: e.asOf, after: editions[i - 1]!.asOf });
    seen.add(e.asOf);
  });
  return problems;
}
