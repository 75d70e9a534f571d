/**
 * Full-text search over one pledge: which fields match every term, and where, as ranges of the
 * original (unfolded) text so the view can wrap them in <mark>.
 */
import type { Pledge, SectionKey } from './schema';
import { SECTION_KEYS } from './ids';
import { fold, type Folded } from './normalize';

export type FieldKind =
  | 'title'
  | 'titleEn'
  | 'department'
  | 'summary'
  | 'relatedProgram'
  | 'kpi'
  | 'plan'
  | 'statusReason'
  | SectionKey;

export interface TextField {
  kind: FieldKind;
  text: string;
}

export interface Range {
  start: number;
  end: number;
}

export interface FieldMatch extends TextField {
  ranges: Range[];
}

/** Every searchable text of a pledge, in the card's document order. */
export function pledgeFields(p: Pledge): TextField[] {
  const fields: TextField[] = [
    { kind: 'title', text: p.title.ja },
    { kind: 'titleEn', text: p.title.en },
  ];
  for (const d of p.departments) fields.push({ kind: 'department', text: d.division ? `${d.division} ${d.name}` : d.name });
  fields.push({ kind: 'summary', text: p.summary });
  for (const r of p.relatedPrograms) fields.push({ kind: 'relatedProgram', text: r });
  for (const k of p.kpis) {
    fields.push({ kind: 'kpi', text: k.name });
    for (const s of k.series) if (s.name) fields.push({ kind: 'kpi', text: s.name });
  }
  for (const step of p.plan) {
    fields.push({ kind: 'plan', text: step.text });
    for (const d of step.details) fields.push({ kind: 'plan', text: d });
  }
  if (p.statusReason) fields.push({ kind: 'statusReason', text: p.statusReason });
  for (const key of SECTION_KEYS) for (const t of p.sections[key]) fields.push({ kind: key, text: t });
  return fields;
}

/** Folds a text; a search index passes its own, which remembers each text's folding. */
export type FoldText = (text: string) => Folded;

/**
 * Occurrences of a folded term that start and end on whole original characters, so `か` does not
 * match the first half of a decomposed `ガ`.
 */
function occurrences(f: Folded, term: string): Range[] {
  const out: Range[] = [];
  if (!term) return out;
  let at = f.text.indexOf(term);
  while (at !== -1) {
    const last = at + term.length - 1;
    const startsClean = at === 0 || f.starts[at - 1] !== f.starts[at];
    const endsClean = last + 1 >= f.text.length || f.starts[last + 1] !== f.starts[last];
    if (startsClean && endsClean) out.push({ start: f.starts[at]!, end: f.ends[last]! });
    at = f.text.indexOf(term, at + 1);
  }
  return out;
}

/** Sorted, merged ranges of the original text where any of the folded terms occur. */
export function findRanges(text: string, terms: readonly string[], foldText: FoldText = fold): Range[] {
  const f = foldText(text);
  const raw: Range[] = [];
  for (const term of terms) raw.push(...occurrences(f, term));
  raw.sort((a, b) => a.start - b.start || a.end - b.end);
  const merged: Range[] = [];
  for (const r of raw) {
    const last = merged[merged.length - 1];
    if (last && r.start <= last.end) last.end = Math.max(last.end, r.end);
    else merged.push({ ...r });
  }
  return merged;
}

/**
 * The fields of `p` that contain a term, or null when some term is found nowhere in the pledge
 * (terms combine with AND across the whole pledge). No terms: every pledge matches, no fields.
 */
export function searchPledge(p: Pledge, terms: readonly string[], foldText: FoldText = fold): FieldMatch[] | null {
  if (terms.length === 0) return [];
  const fields = pledgeFields(p);
  const found = new Set<string>();
  const matches: FieldMatch[] = [];
  for (const field of fields) {
    const f = foldText(field.text);
    let any = false;
    for (const term of terms) {
      if (occurrences(f, term).length > 0) {
        found.add(term);
        any = true;
      }
    }
    if (any) matches.push({ ...field, ranges: findRanges(field.text, terms, foldText) });
  }
  return terms.every((t) => found.has(t)) ? matches : null;
}

export interface Segment {
  text: string;
  mark: boolean;
}

/** Splits text into plain and marked segments for rendering (as text, never HTML). */
export function segments(text: string, ranges: readonly Range[]): Segment[] {
  const out: Segment[] = [];
  let at = 0;
  for (const r of ranges) {
    if (r.start > at) out.push({ text: text.slice(at, r.start), mark: false });
    out.push({ text: text.slice(r.start, r.end), mark: true });
    at = r.end;
  }
  if (at < text.length || out.length === 0) out.push({ text: text.slice(at), mark: false });
  return out;
}

export interface Excerpt {
  text: string;
  ranges: Range[];
  cutStart: boolean;
  cutEnd: boolean;
}

/** A window of long text around its first match, so a result shows why it matched. */
export function excerpt(text: string, ranges: readonly Range[], radius = 40): Excerpt {
  const first = ranges[0];
  if (!first || text.length <= radius * 2 + (first.end - first.start)) {
    return { text, ranges: [...ranges], cutStart: false, cutEnd: false };
  }
  const start = Math.max(0, first.start - radius);
  const end = Math.min(text.length, first.end + radius);
  const shifted = ranges
    .filter((r) => r.end > start && r.start < end)
    .map((r) => ({ start: Math.max(r.start, start) - start, end: Math.min(r.end, end) - start }));
  return { text: text.slice(start, end), ranges: shifted, cutStart: start > 0, cutEnd: end < text.length };
}
