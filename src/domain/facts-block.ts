/**
 * The facts block a member inserts into a note: a pledge's number and title, departments,
 * status and its reason, each KPI's latest actual against its target (rate, fiscal year), the
 * next steps and the report with its as-of date. Labels come from the caller's `label` (i18next's
 * `t`); every value is the dataset's text exactly as printed. Plain text, pure.
 */
import type { Dataset, Kpi, Pledge } from './schema';
import type { MessageKey } from '../i18n/keys';
import { kpiView } from './kpi-series';
import { formatRate, type Lang } from './format';
import { formatAsOf, formatFiscalYear } from './dates';

export type FactsKey = Extract<MessageKey, `facts.${string}`>;
/**
 * Looks a label up; dataset values arrive as options and must come back verbatim (i18next's
 * default `skipOnVariables` keeps `{{…}}` or `$t(…)` inside a value from being expanded).
 */
export type FactsLabel = (key: FactsKey, options?: Record<string, string>) => string;

export type FactsMeta = Pick<Dataset, 'report' | 'asOf' | 'statuses'>;

/** Item marks the source prints itself (①…⑳); other items get a bullet. */
const NUMBERED = /^[\u2460-\u2473]/u;
const item = (text: string) => (NUMBERED.test(text) ? text : `・${text}`);

function departments(p: Pledge): string {
  return p.departments.map((d) => `${d.lead ? '◎' : ''}${d.division ?? ''}${d.name}`).join('・');
}

/** The lines for one KPI: its name, then its latest actual (or why there is none). */
function kpiLines(kpi: Kpi, label: FactsLabel, lang: Lang): string[] {
  const lines = [label('facts.kpi', { name: kpi.name })];
  const view = kpiView(kpi);
  const year = (fy: number) => formatFiscalYear(fy, lang);
  if (view.kind === 'numeric') {
    const l = view.latest;
    if (l) {
      const subject = l.total ? label('facts.kpiTotal') : l.label ? label('facts.kpiPart', { part: l.label }) : '';
      const values = { year: year(l.fiscalYear), subject, actual: l.actualText };
      if (l.targetText === null) lines.push(label('facts.kpiLatestNoTarget', values));
      else if (l.rate === null) lines.push(label('facts.kpiLatestNoRate', { ...values, target: l.targetText }));
      else lines.push(label('facts.kpiLatest', { ...values, target: l.targetText, rate: formatRate(l.rate, lang) }));
    } else if (view.finalTarget) {
      lines.push(label('facts.kpiNoActual', { year: year(view.finalTarget.fiscalYear), target: view.finalTarget.text }));
    } else {
      lines.push(label('facts.kpiNoValues'));
    }
    return lines;
  }
  if (view.kind === 'qualitative') {
    // Printed texts only: the latest year with an actual, else the last printed target.
    const reported = [...kpi.years].reverse().find((y) => y.actual !== null);
    const planned = [...kpi.years].reverse().find((y) => y.target !== null);
    if (reported) {
      const values = { year: year(reported.fiscalYear), subject: '', actual: reported.actual! };
      lines.push(reported.target === null ? label('facts.kpiLatestNoTarget', values) : label('facts.kpiLatestNoRate', { ...values, target: reported.target }));
    } else if (planned) {
      lines.push(label('facts.kpiNoActual', { year: year(planned.fiscalYear), target: planned.target! }));
    }
    return lines;
  }
  lines.push(label('facts.kpiNoValues'));
  return lines;
}

/** The facts block for `pledge`, as lines joined by `\n` (no trailing newline). */
export function factsBlock(pledge: Pledge, meta: FactsMeta, label: FactsLabel, lang: Lang): string {
  const printedStatus = meta.statuses.find((s) => s.id === pledge.status)?.ja ?? null;
  const lines = [
    label('facts.pledge', { id: pledge.id, title: pledge.title.ja }),
    label('facts.departments', { list: departments(pledge) }),
    label('facts.status', { status: printedStatus ?? label('facts.none') }),
    label('facts.statusReason', { text: pledge.statusReason ?? label('facts.none') }),
  ];
  if (pledge.kpis.length === 0) lines.push(label('facts.noKpi'));
  for (const kpi of pledge.kpis) lines.push(...kpiLines(kpi, label, lang));
  lines.push(label('facts.nextSteps'));
  if (pledge.sections.nextSteps.length === 0) lines.push(label('facts.none'));
  for (const step of pledge.sections.nextSteps) lines.push(item(step));
  lines.push(label('facts.source', { report: meta.report.ja, asOf: formatAsOf(meta.asOf, lang) }));
  return lines.join('\n');
}

/**
 * `block` inserted into `text` at the cursor (or over the selection) on lines of its own, and
 * where the cursor goes after it: what the note field does when the member presses the button.
 */
export function insertBlock(text: string, block: string, start: number, end = start): { text: string; cursor: number } {
  const s = Math.max(0, Math.min(start, text.length));
  const e = Math.max(s, Math.min(end, text.length));
  const before = text.slice(0, s);
  const after = text.slice(e);
  const lead = before === '' || before.endsWith('\n') ? '' : '\n';
  const trail = after.startsWith('\n') ? '' : '\n';
  const inserted = `${lead}${block}${trail}`;
  return { text: before + inserted + after, cursor: before.length + inserted.length };
}
