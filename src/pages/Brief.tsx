/**
 * The printed session brief: the pledges a committee will discuss, each from a new A4 page (or
 * two a page), with its status and reason, KPI table, next steps, optionally the member's note,
 * and a QR code that opens the pledge on a phone. Made on the device: the QR codes too, as SVG
 * images that print sharp (lean-qr, in this page's chunk only).
 */
import { For, Show, createMemo } from 'solid-js';
import { A, useLocation } from '@solidjs/router';
import { generate } from 'lean-qr';
import { toSvgDataURL } from 'lean-qr/extras/svg';
import { useAppData } from '../app/data';
import { useNames } from '../app/names';
import { usePageMeta } from '../app/page-meta';
import { absoluteUrl } from '../app/share';
import { PageHeading } from '../components/PageHeading';
import { Notice } from '../components/Notice';
import { StatusBadge } from '../components/StatusBadge';
import { KpiTable } from '../components/KpiTable';
import { kpiView } from '../domain/kpi-series';
import { applyFilter, createCatalog } from '../domain/filter';
import { briefHref, parseBriefQuery } from '../domain/brief';
import { formatAsOf } from '../domain/dates';
import type { Pledge } from '../domain/schema';
import { lang, t } from '../i18n';
import '../styles/brief.css';

/** The deep link a QR code opens: the deployment's absolute URL of the pledge, in the page's language. */
function QrLink(props: { pledge: Pledge }) {
  const url = () => absoluteUrl(`/pledges/${props.pledge.id}`);
  const src = () => toSvgDataURL(generate(url()), { on: 'black', off: 'white', pad: 2 });
  return (
    <figure class="brief-qr">
      <img src={src()} alt={t('brief.qrAlt', { id: props.pledge.id })} data-testid="brief-qr" data-url={url()} width="96" height="96" />
      <figcaption class="brief-qr__url">{url()}</figcaption>
    </figure>
  );
}

function BriefPledge(props: { pledge: Pledge; note?: string }) {
  const names = useNames();
  const data = useAppData();
  const p = () => props.pledge;
  return (
    <article class="brief-pledge" data-testid="brief-pledge" aria-labelledby={`brief-${p().id}`}>
      <header class="brief-pledge__head">
        <div>
          <p class="brief-pledge__policy">{t('pledge.policy', { id: p().policy, name: names.policy(p().policy) })}</p>
          <h2 id={`brief-${p().id}`}>
            {t('pledge.number', { id: p().id })} <span lang="ja">{p().title.ja}</span>
          </h2>
          <p>
            {t('pledge.departments')}：{p().departments.map((d) => `${d.lead ? '◎' : ''}${names.dept(d.name)}`).join(lang() === 'ja' ? '、' : ', ')}
          </p>
        </div>
        <QrLink pledge={p()} />
      </header>
      <p>
        <strong>{t('pledge.status')}：</strong>
        <StatusBadge status={p().status} label={names.status(p().status)} />
      </p>
      <p lang="ja" class="brief-pledge__reason">
        <strong lang={lang()}>{t('pledge.statusReason')}：</strong>
        {p().statusReason ?? t('pledge.none')}
      </p>
      <Show when={p().kpis.length > 0} fallback={<p>{t('facts.noKpi')}</p>}>
        <For each={p().kpis}>{(k, i) => <KpiTable kpi={k} view={kpiView(k, i())} />}</For>
      </Show>
      <h3>{names.section('nextSteps')}</h3>
      <Show when={p().sections.nextSteps.length > 0} fallback={<p>{t('pledge.none')}</p>}>
        <ul lang="ja">
          <For each={p().sections.nextSteps}>{(s) => <li>{s}</li>}</For>
        </ul>
      </Show>
      <Show when={props.note}>
        {(note) => (
          <section class="brief-note" aria-label={t('brief.note')}>
            <h3>{t('brief.note')}</h3>
            <p class="brief-note__text">{note()}</p>
          </section>
        )}
      </Show>
      <p class="hint brief-pledge__source">{t('brief.source', { report: data.dataset().report[lang()], asOf: formatAsOf(data.dataset().asOf, lang()) })}</p>
    </article>
  );
}

export default function Brief() {
  const data = useAppData();
  const location = useLocation();
  const ds = data.dataset;
  const query = createMemo(() => parseBriefQuery(location.search, { departments: ds().departments.map((d) => d.ja) }));
  const pledges = createMemo(() => {
    const q = query();
    const passed = applyFilter(data.catalog(createCatalog), q.filter).map((r) => r.pledge);
    if (q.ids.length === 0) return passed;
    const allowed = new Set(passed.map((p) => p.id));
    return q.ids.flatMap((id) => ds().pledges.filter((p) => p.id === id && allowed.has(id)));
  });
  const missing = () => query().ids.filter((id) => !ds().pledges.some((p) => p.id === id));
  const noteOf = (id: string) => (query().notes ? data.notes().find((n) => n.pledgeId === id)?.text : undefined);
  const printed = new Date().toLocaleDateString(lang() === 'ja' ? 'ja-JP' : 'en-GB', { dateStyle: 'long' });
  usePageMeta(
    () => t('brief.title'),
    () => t('brief.description'),
  );
  const withQuery = (change: { layout?: 'single' | 'compact'; notes?: boolean }) =>
    briefHref({ ids: query().ids, filter: query().filter, layout: change.layout ?? query().layout, notes: change.notes ?? query().notes }, { departments: ds().departments.map((d) => d.ja) });
  return (
    <div class="brief" classList={{ 'brief--compact': query().layout === 'compact' }}>
      <div class="brief-tools">
        <PageHeading>{t('brief.title')}</PageHeading>
        <p class="hint">{t('brief.intro')}</p>
        <div class="note__actions">
          <button type="button" class="btn" onClick={() => window.print()}>
            {t('brief.print')}
          </button>
          <A class="btn" href={withQuery({ layout: query().layout === 'compact' ? 'single' : 'compact' })}>
            {query().layout === 'compact' ? t('brief.single') : t('brief.compact')}
          </A>
          <A class="btn" href={withQuery({ notes: !query().notes })}>
            {query().notes ? t('brief.withoutNotes') : t('brief.withNotes')}
          </A>
        </div>
        <Show when={missing().length > 0 || query().invalid.length > 0}>
          <Notice tone="warning" role="status">
            {t('brief.missing', { list: [...missing(), ...query().invalid.map((i) => `${i.key}=${i.value}`)].join(', ') })}
          </Notice>
        </Show>
      </div>
      <header class="brief-cover">
        <p class="brief-cover__title">{t('brief.coverTitle', { site: t('site.name') })}</p>
        <p>{t('brief.cover', { report: ds().report[lang()], asOf: formatAsOf(ds().asOf, lang()), count: pledges().length })}</p>
        <p class="hint">{t('brief.printedOn', { date: printed })}</p>
      </header>
      <Show when={pledges().length > 0} fallback={<p data-testid="empty-state">{t('brief.empty')}</p>}>
        <For each={pledges()}>{(p) => <BriefPledge pledge={p} note={noteOf(p.id)} />}</For>
      </Show>
      {/* Fixed to the page in print: Chromium repeats it at the foot of every sheet. */}
      <p class="brief-running" aria-hidden="true">
        {t('brief.source', { report: ds().report[lang()], asOf: formatAsOf(ds().asOf, lang()) })} · {t('brief.printedOn', { date: printed })}
      </p>
    </div>
  );
}
