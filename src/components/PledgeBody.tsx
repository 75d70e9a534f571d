import { For, Show } from 'solid-js';
import { A } from '@solidjs/router';
import { SECTION_KEYS } from '../domain/ids';
import type { Dataset, Pledge } from '../domain/schema';
import { listHref } from '../domain/url-state';
import { useNames } from '../app/names';
import { lang, t } from '../i18n';
import { KpiBlock } from './KpiBlock';
import { StatusBadge } from './StatusBadge';
import { TextSection } from './TextSection';
import { TermHeading, TermList } from './TermHelp';

/** Every section of a card after its title, in the card's document order. */
export function PledgeBody(props: { pledge: Pledge; edition: Dataset }) {
  const names = useNames();
  const p = () => props.pledge;
  return (
    <>
      <section class="pledge-section" aria-labelledby="sec-depts">
        <TermHeading id="sec-depts" term="department" label={t('pledge.departments')}>
          {t('pledge.departments')}
        </TermHeading>
        <ul class="dept-list">
          <For each={p().departments}>
            {(d) => (
              <li>
                <A href={listHref({ dept: [d.name] })} aria-label={t('pledge.deptList', { name: names.dept(d.name) })}>
                  <Show when={d.division}>{(div) => <span lang="ja">{div()} </span>}</Show>
                  {names.dept(d.name)}
                </A>
                <Show when={d.lead}>
                  {' '}
                  <span class="tag">◎ {t('pledge.lead')}</span>
                </Show>
              </li>
            )}
          </For>
        </ul>
      </section>
      <TextSection id="sec-summary" heading={t('pledge.summary')} paragraphs={[p().summary]} />
      <section class="pledge-section" aria-labelledby="sec-programs">
        <TermHeading id="sec-programs" term="programs" label={t('pledge.relatedPrograms')}>
          {t('pledge.relatedPrograms')}
        </TermHeading>
        <Show when={p().relatedPrograms.length > 0} fallback={<p class="none">{t('pledge.none')}</p>}>
          <ul lang="ja">
            <For each={p().relatedPrograms}>{(r) => <li>{r}</li>}</For>
          </ul>
        </Show>
      </section>
      <section class="pledge-section" aria-labelledby="sec-kpis">
        <TermHeading id="sec-kpis" term="kpi" label={t('pledge.kpis')}>
          {t('pledge.kpis')}
        </TermHeading>
        <Show when={p().kpis.length > 0}>
          <TermList
            terms={[
              { term: 'baseline', label: t('pledge.kpiBaseline') },
              { term: 'target', label: t('pledge.kpiTarget') },
              { term: 'actual', label: t('pledge.kpiActual') },
              { term: 'rate', label: t('charts.rate') },
              { term: 'fiscalYear', label: t('term.fiscalYear') },
            ]}
          />
        </Show>
        <Show when={p().kpis.length > 0} fallback={<p class="none">{t('pledge.none')}</p>}>
          <For each={p().kpis}>{(k, i) => <KpiBlock kpi={k} index={i()} />}</For>
        </Show>
      </section>
      <section class="pledge-section" aria-labelledby="sec-plan">
        <h2 id="sec-plan">{t('pledge.plan')}</h2>
        <Show when={p().plan.length > 0} fallback={<p class="none">{t('pledge.none')}</p>}>
          <ul class="plan" lang="ja">
            <For each={p().plan}>
              {(step) => (
                <li>
                  {step.text}
                  <Show when={step.details.length > 0}>
                    <ul>
                      <For each={step.details}>{(d) => <li>{d}</li>}</For>
                    </ul>
                  </Show>
                </li>
              )}
            </For>
          </ul>
        </Show>
      </section>
      <section class="pledge-section" aria-labelledby="sec-status">
        <TermHeading id="sec-status" term="status" status={p().status} label={t('pledge.status')}>
          {t('pledge.status')}
        </TermHeading>
        <p>
          <StatusBadge status={p().status} label={names.status(p().status)} />
        </p>
        <h3>{t('pledge.statusReason')}</h3>
        <p lang="ja" classList={{ none: !p().statusReason }}>
          {p().statusReason ?? t('pledge.none')}
        </p>
      </section>
      <For each={SECTION_KEYS}>
        {(key) => (
          <TextSection
            id={`sec-${key}`}
            heading={names.section(key, props.edition)}
            paragraphs={p().sections[key]}
            term={key === 'reported' || key === 'sinceMeeting' ? 'meeting' : undefined}
          />
        )}
      </For>
      <Show when={p().notes.length > 0}>
        <section class="pledge-section notes" aria-labelledby="sec-notes">
          <h2 id="sec-notes">{t('pledge.notes')}</h2>
          <p class="hint">{t('pledge.notesIntro')}</p>
          <ul>
            <For each={p().notes}>
              {(n) => (
                <li>
                  <p lang={lang()}>{n[lang()]}</p>
                  <p class="hint">{t('pledge.noteField', { field: n.field })}</p>
                </li>
              )}
            </For>
          </ul>
        </section>
      </Show>
      <section class="pledge-section source" aria-labelledby="sec-source">
        <h2 id="sec-source">{t('pledge.source')}</h2>
        <details>
          <summary>{t('pledge.sourceShow')}</summary>
          <p class="hint">
            {t('pledge.sourceLines', { file: props.edition.source.file, start: p().source.lines.start, end: p().source.lines.end })}
          </p>
          <pre lang="ja">{p().source.text}</pre>
        </details>
      </section>
    </>
  );
}
