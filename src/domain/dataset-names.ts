/** The dataset's own names for its policies, departments and statuses, in either language. */
import type { Dataset, StatusId } from './schema';
import type { Lang } from './format';

export function policyName(ds: Dataset, id: number, lang: Lang): string {
  const p = ds.policies.find((x) => x.id === id);
  return p ? p[lang] : String(id);
}

export function departmentName(ds: Dataset, name: string, lang: Lang): string {
  if (lang === 'ja') return name;
  return ds.departments.find((d) => d.ja === name)?.en ?? name;
}

/** The dataset's status name; `fallback` covers a status the source does not name (unreported). */
export function statusName(ds: Dataset, id: StatusId, lang: Lang, fallback: string): string {
  const s = ds.statuses.find((x) => x.id === id);
  return (s && s[lang]) || fallback;
}
