/**
 * The roadmap's vocabulary that the app explains (the words themselves and their definitions are
 * UI strings: the app's own explanatory text, not the city's data). Statuses are explained one by
 * one under `status`.
 */
export const TERM_IDS = ['policy', 'pledge', 'department', 'programs', 'kpi', 'baseline', 'target', 'actual', 'rate', 'fiscalYear', 'meeting', 'status'] as const;
export type TermId = (typeof TERM_IDS)[number];

/** The `id` of a term's entry on the glossary list, for links to it (`/about#term-kpi`). */
export function termAnchor(id: TermId): string {
  return `term-${id}`;
}
