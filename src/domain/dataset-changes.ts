/**
 * What changed between two datasets, for the reader: pledges whose status changed, KPI actuals
 * that appeared or changed, pledges added or removed. Pure; stored with each update.
 */
import type { Dataset, Pledge, StatusId } from './schema';

export interface PledgeRef {
  id: string;
  title: string;
}

export interface StatusChange extends PledgeRef {
  from: StatusId;
  to: StatusId;
}

export interface NewActual extends PledgeRef {
  kpi: string;
  fiscalYear: number;
  /** The previous printed actual, or null when the cell was empty. */
  previous: string | null;
  actual: string;
}

export interface ChangeList {
  statusChanges: StatusChange[];
  newActuals: NewActual[];
  added: PledgeRef[];
  removed: PledgeRef[];
}

export const isEmptyChangeList = (c: ChangeList): boolean =>
  c.statusChanges.length + c.newActuals.length + c.added.length + c.removed.length === 0;

export const changeCount = (c: ChangeList): number =>
  c.statusChanges.length + c.newActuals.length + c.added.length + c.removed.length;

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

export function diffDatasets(before: Dataset, after: Dataset): ChangeList {
  const old = new Map(before.pledges.map((p) => [p.id, p]));
  const now = new Set(after.pledges.map((p) => p.id));
  const changes: ChangeList = { statusChanges: [], newActuals: [], added: [], removed: [] };
  for (const p of after.pledges) {
    const prev = old.get(p.id);
    if (!prev) {
      changes.added.push(ref(p));
      continue;
    }
    if (prev.status !== p.status) changes.statusChanges.push({ ...ref(p), from: prev.status, to: p.status });
    changes.newActuals.push(...actualsOf(prev, p));
  }
  for (const p of before.pledges) if (!now.has(p.id)) changes.removed.push(ref(p));
  return changes;
}
