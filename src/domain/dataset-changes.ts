/**
 * What changed between two datasets, for the reader: pledges whose status changed, KPI actuals
 * that appeared or changed, narrative texts that changed, pledges added or removed. Pure; stored
 * with each update.
 */
import type { Dataset, Pledge } from './schema';
import type { ChangeList, NewActual, PledgeRef, SectionChange, TextKey } from './change-list';
import { SECTION_KEYS } from './ids';

const ref = (p: Pledge): PledgeRef => ({ id: p.id, title: p.title.ja });

/** KPIs are matched by name, then by position (a renamed KPI is still the same row). */
function matchKpi(before: Pledge, name: string, index: number): Pledge['kpis'][number] | undefined {
  return before.kpis.find((k) => k.name === name) ?? before.kpis[index];
}

function actualsOf(before: Pledge, after: Pledge): NewActual[] {
  const out: NewActual[] = [];
  after.kpis.forEach((kpi, i) => {
    const old = matchKpi(before, kpi.name, i);
    for (const year of kpi.years) {
      if (year.actual === null) continue;
      const previous = old?.years.find((y) => y.fiscalYear === year.fiscalYear)?.actual ?? null;
      if (previous !== year.actual) out.push({ ...ref(after), kpi: kpi.name, fiscalYear: year.fiscalYear, previous, actual: year.actual });
    }
  });
  return out;
}

const sameTexts = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((x, i) => x === b[i]);

/** The card's texts that differ between two versions of a pledge (status remark first). */
export function changedTexts(before: Pledge, after: Pledge): TextKey[] {
  const out: TextKey[] = [];
  if (before.statusReason !== after.statusReason) out.push('statusReason');
  for (const key of SECTION_KEYS) if (!sameTexts(before.sections[key], after.sections[key])) out.push(key);
  return out;
}

export function diffDatasets(before: Dataset, after: Dataset): ChangeList {
  const old = new Map(before.pledges.map((p) => [p.id, p]));
  const now = new Set(after.pledges.map((p) => p.id));
  const sectionChanges: SectionChange[] = [];
  const changes: ChangeList = { statusChanges: [], newActuals: [], sectionChanges, added: [], removed: [] };
  for (const p of after.pledges) {
    const prev = old.get(p.id);
    if (!prev) {
      changes.added.push(ref(p));
      continue;
    }
    if (prev.status !== p.status) changes.statusChanges.push({ ...ref(p), from: prev.status, to: p.status });
    changes.newActuals.push(...actualsOf(prev, p));
    const sections = changedTexts(prev, p);
    if (sections.length > 0) sectionChanges.push({ ...ref(p), sections });
  }
  for (const p of before.pledges) if (!now.has(p.id)) changes.removed.push(ref(p));
  return changes;
}
