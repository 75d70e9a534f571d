import { Show, createMemo } from 'solid-js';
import type { Pledge } from '../domain/schema';
import { glance, type GlanceKpi } from '../domain/glance';
import { kpiSummary, yearText } from '../app/kpi-text';
import { useNames } from '../app/names';
import { t } from '../i18n';
import { StatusBadge } from './StatusBadge';

/** The headline number in words: the chart's caption sentence, or a milestone's year, target and actual. */
function kpiLine(k: Exclude<GlanceKpi, { kind: 'none' }>): string {
  if (k.kind !== 'milestone') return kpiSummary(k.view);
  const m = k.milestone;
  const empty = t('pledge.kpiEmpty');
  return t('glance.milestone', { year: yearText(m.fiscalYear), target: m.target ?? empty, actual: m.actual ?? empty });
}

/**
 * The pledge's first screen: how it is going, its headline number and what is next, each quoted
 * from the card (the sections below keep every word). A description list, so a screen reader
 * hears each answer with its question.
 */
export function AtAGlance(props: { pledge: Pledge }) {
  const names = useNames();
  // Once per pledge: every row reads it, and the KPI views behind it are not free.
  const g = createMemo(() => glance(props.pledge));
  const kpi = () => {
    const k = g().kpi;
    return k.kind === 'none' ? null : k;
  };
  return (
    <section class="glance" aria-labelledby="glance-heading" data-testid="glance">
      <h2 id="glance-heading" class="visually-hidden">
        {t('glance.heading')}
      </h2>
      <dl class="glance__list">
        <div class="glance__row">
          <dt>{t('glance.status')}</dt>
          <dd data-testid="glance-status">
            <StatusBadge status={props.pledge.status} label={names.status(props.pledge.status)} />{' '}
            <Show when={g().reason} fallback={<span class="none">{t('glance.noReason')}</span>}>
              {(reason) => <span lang="ja">{reason()}</span>}
            </Show>
          </dd>
        </div>
        <div class="glance__row">
          <dt>{t('glance.kpi')}</dt>
          <dd data-testid="glance-kpi">
            <Show when={kpi()} fallback={<span class="none">{t('glance.noKpi')}</span>}>
              {(k) => (
                <>
                  <span class="glance__kpi-name" lang="ja">
                    {k().view.name}
                  </span>{' '}
                  <span>{kpiLine(k())}</span>
                  <Show when={g().otherKpis > 0}>
                    <span class="hint">{` ${t('glance.otherKpis', { count: g().otherKpis })}`}</span>
                  </Show>
                </>
              )}
            </Show>
          </dd>
        </div>
        <div class="glance__row">
          <dt>{t('glance.next')}</dt>
          <dd data-testid="glance-next">
            <Show when={g().next} fallback={<span class="none">{t('glance.noNext')}</span>}>
              {(next) => <span lang="ja">{next()}</span>}
            </Show>
          </dd>
        </div>
      </dl>
    </section>
  );
}
