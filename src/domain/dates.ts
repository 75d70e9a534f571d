/** Dates as the reader's language prints them: the report's as-of date and fiscal years. */
import type { Lang } from './format';

const MONTHS_EN = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** `2024-11` → `2024年11月` / `November 2024` (a day, if given, is kept). */
export function formatAsOf(asOf: string, lang: Lang): string {
  const [y, m, d] = asOf.split('-').map(Number);
  if (!y || !m) return asOf;
  if (lang === 'ja') return `${y}年${m}月${d ? `${d}日` : ''}`;
  const month = MONTHS_EN[m - 1] ?? String(m);
  return d ? `${month} ${d}, ${y}` : `${month} ${y}`;
}

/** `2023` → `2023年度（R5）` / `FY2023`: the source prints Japanese fiscal years with the Reiwa era. */
export function formatFiscalYear(year: number, lang: Lang): string {
  if (lang === 'en') return `FY${year}`;
  return year >= 2019 ? `${year}年度（R${year - 2018}）` : `${year}年度`;
}
