/**
 * The three answers a council member wants in a session, from one pledge: how it is going (the
 * first sentence of the status reason), the headline number (its KPI) and what comes next (the
 * first item of the next steps). Everything is quoted from the card; nothing is summarised.
 */
import { kpiViews, type KpiView, type Milestone } from './kpi-series';
import { firstSentence } from './first-sentence';
import type { Pledge } from './schema';

export type GlanceKpi =
  /** A chartable KPI: its view (the page words it as the chart's caption does). */
  | { kind: 'numeric'; view: KpiView }
  /** A KPI printed as words: the latest year with an actual, else the next year with a target. */
  | { kind: 'milestone'; view: KpiView; milestone: Milestone }
  /** KPIs printed with dashes only. */
  | { kind: 'empty'; view: KpiView }
  /** The card sets no KPI. */
  | { kind: 'none' };

export interface Glance {
  reason: string | null;
  kpi: GlanceKpi;
  /** How many KPIs the card has besides the headline one. */
  otherKpis: number;
  next: string | null;
}

function headlineKpi(views: KpiView[]): GlanceKpi {
  const numeric = views.filter((v) => v.kind === 'numeric');
  const reported = numeric.find((v) => v.latest != null) ?? numeric[0];
  if (reported) return { kind: 'numeric', view: reported };
  const words = views.find((v) => v.kind === 'qualitative');
  if (words) {
    const done = [...words.milestones].reverse().find((m) => m.actual != null);
    const set = words.milestones.find((m) => m.target != null);
    const milestone = done ?? set;
    if (milestone) return { kind: 'milestone', view: words, milestone };
  }
  return views[0] ? { kind: 'empty', view: views[0] } : { kind: 'none' };
}

export function glance(pledge: Pledge): Glance {
  const views = kpiViews(pledge);
  const next = pledge.sections.nextSteps.find((s) => s.trim() !== '');
  return {
    reason: firstSentence(pledge.statusReason),
    kpi: headlineKpi(views),
    otherKpis: Math.max(0, views.length - 1),
    next: next ? (firstSentence(next) ?? null) : null,
  };
}
