import { For, Show, createMemo, createSignal, type JSX } from 'solid-js';
import { A, useLocation, useNavigate } from '@solidjs/router';
import { useAppData } from '../app/data';
import { useNames } from '../app/names';
import { usePageMeta } from '../app/page-meta';
import { PageHeading } from '../components/PageHeading';
import { Notice } from '../components/Notice';
import { StatusBadge } from '../components/StatusBadge';
import { TextDiff } from '../components/history/TextDiff';
import { changesHref, compareEditions, parseEditionPair, sectionDiff, type PairProblem, type PledgeName } from '../domain/compare-editions';
import { findEdition } from '../domain/editions';
import { formatAsOf, formatFiscalYear } from '../domain/dates';
import type { Dataset } from '../domain/schema';
import type { TextKey } from '../domain/pledge-diff';
import { lang, t } from '../i18n';
import '../styles/history.css';

const reportName = (e: { asOf: string; report: { ja: string; en: string } }) => t('history.report', { asOf: formatAsOf(e.asOf, lang()), report: e.report[lang()] });

function problemText(p: PairProblem): string {
  switch (p.kind) {
    case 'unknown':
      return t('changes.problem.unknown', { param: p.param, value: p.value });
    case 'repeated':
      return t('changes.problem.repeated', { param: p.param });
    case 'same':
      return t('changes.problem.same', { asOf: formatAsOf(p.id, lang()) });
    default:
      return '';
  }
}

/** A pledge named in a group, linking to the printing that has it. */
function PledgeLink(props: { pledge: PledgeName; edition?: string }) {
  return (
    <A href={props.edition ? `/pledges/${props.pledge.id}?edition=${encodeURIComponent(props.edition)}` : `/pledges/${props.pledge.id}`}>
      {t('changes.pledge', { id: props.pledge.id })} <span lang="ja">{props.pledge.title.ja}</span>
    </A>
  );
}

function Group<T>(props: { id: string; heading: string; items: readonly T[]; children: (item: T) => JSX.Element; testId?: string }) {
  return (
    <Show when={props.items.length > 0}>
      <section aria-labelledby={props.id} data-testid={props.testId}>
        <h2 id={props.id}>
          {props.heading} <span class="count">{t('changes.count', { count: props.items.length })}</span>
        </h2>
        <ul class="change-list">
          <For each={props.items}>{(item) => <li>{props.children(item)}</li>}</For>
        </ul>
      </section>
    </Show>
  );
}

/** One pledge's changed texts, their item diffs worked out when the reader opens it. */
function TextChanges(props: { from: Dataset; to: Dataset; pledge: PledgeName; keys: readonly TextKey[]; link?: string }) {
  const names = useNames();
  const [open, setOpen] = createSignal(false);
  return (
    <details class="change-details" onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary>
        {t('changes.pledge', { id: props.pledge.id })} <span lang="ja">{props.pledge.title.ja}</span>
        {t('changes.textsIn', { list: props.keys.map((k) => names.text(k, props.to)).join(lang() === 'ja' ? '、' : ', ') })}
      </summary>
      <Show when={open()}>
        <For each={props.keys}>
          {(key) => (
            <>
              <h3>{names.text(key, props.to)}</h3>
              <TextDiff items={sectionDiff(props.from, props.to, props.pledge.id, key) ?? []} />
            </>
          )}
        </For>
        <p>
          <PledgeLink pledge={props.pledge} edition={props.link} />
        </p>
      </Show>
    </details>
  );
}

/** Any two reports side by side; the default is the latest against the one before. */
export default function Changes() {
  const data = useAppData();
  const names = useNames();
  const location = useLocation();
  const navigate = useNavigate();
  const editions = () => data.editions()?.editions;
  const ids = () => (editions() ?? [data.dataset()]).map((e) => e.asOf);
  const parsed = createMemo(() => parseEditionPair(location.search, ids()));
  const comparison = createMemo(() => {
    const pair = parsed().pair;
    const all = editions();
    const from = pair && all && findEdition(all, pair.from);
    const to = pair && all && findEdition(all, pair.to);
    return from && to ? { from, to, result: compareEditions(from, to) } : null;
  });
  usePageMeta(
    () => t('changes.title'),
    () => {
      const c = comparison();
      return c ? t('changes.description', { from: formatAsOf(c.from.asOf, lang()), to: formatAsOf(c.to.asOf, lang()), count: c.result.counts.moved }) : t('changes.descriptionNone');
    },
  );
  /** Where a pledge of the comparison can be read: the current report, else the side that lists it. */
  const linkEdition = (id: string, side: Dataset) => (data.dataset().pledges.some((p) => p.id === id) ? undefined : side.asOf);
  const onSubmit = (e: SubmitEvent) => {
    e.preventDefault();
    const form = e.currentTarget as HTMLFormElement;
    const value = (name: string) => (form.elements.namedItem(name) as HTMLSelectElement).value;
    navigate(changesHref({ from: value('from'), to: value('to') }));
  };
  return (
    <>
      <PageHeading>{t('changes.title')}</PageHeading>
      <Show when={editions()} fallback={<p class="loading">{t('loading')}</p>}>
        {(all) => (
          <Show when={all().length > 1} fallback={<p data-testid="changes-single">{t('changes.single', { report: reportName(data.dataset()) })}</p>}>
            <form class="changes-form" method="get" action="" onSubmit={onSubmit}>
              <label>
                <span>{t('changes.from')}</span>
                <select name="from">
                  <For each={[...all()].reverse()}>
                    {(e) => (
                      <option value={e.asOf} selected={e.asOf === parsed().pair?.from}>
                        {reportName(e)}
                      </option>
                    )}
                  </For>
                </select>
              </label>
              <label>
                <span>{t('changes.to')}</span>
                <select name="to">
                  <For each={[...all()].reverse()}>
                    {(e) => (
                      <option value={e.asOf} selected={e.asOf === parsed().pair?.to}>
                        {reportName(e)}
                      </option>
                    )}
                  </For>
                </select>
              </label>
              <button type="submit" class="btn">
                {t('changes.submit')}
              </button>
            </form>
            <For each={parsed().problems.map(problemText).filter(Boolean)}>
              {(text) => (
                <Notice tone="warning" role="status">
                  {text}
                </Notice>
              )}
            </For>
            <Show when={comparison()}>
              {(c) => {
                const r = () => c().result;
                const move = (from: Dataset, to: Dataset) => (s: { id: string; title: { ja: string; en: string }; from: Parameters<typeof names.status>[0]; to: Parameters<typeof names.status>[0] }) => (
                  <>
                    <PledgeLink pledge={s} edition={linkEdition(s.id, to)} />
                    <span class="change-list__move">
                      <StatusBadge status={s.from} label={names.status(s.from)} /> <span aria-hidden="true">→</span>
                      <span class="visually-hidden">{t('changes.becomes')}</span> <StatusBadge status={s.to} label={names.status(s.to)} />
                    </span>
                    <span class="visually-hidden">{t('changes.sides', { from: formatAsOf(from.asOf, lang()), to: formatAsOf(to.asOf, lang()) })}</span>
                  </>
                );
                return (
                  <>
                    <p class="lead" data-testid="changes-summary">
                      {t('changes.summary', {
                        from: reportName(c().from),
                        to: reportName(c().to),
                        moved: r().counts.moved,
                        improved: r().counts.improved,
                        worsened: r().counts.worsened,
                        actuals: r().counts.actuals,
                        added: r().counts.added,
                        removed: r().counts.removed,
                        texts: r().counts.textsChanged,
                      })}
                    </p>
                    <Show when={r().direction === 'backward'}>
                      <p class="hint">{t('changes.backward')}</p>
                    </Show>
                    <Group id="ch-improved" testId="changes-improved" heading={t('changes.improved')} items={r().status.improved}>
                      {move(c().from, c().to)}
                    </Group>
                    <Group id="ch-worsened" testId="changes-worsened" heading={t('changes.worsened')} items={r().status.worsened}>
                      {move(c().from, c().to)}
                    </Group>
                    <Group id="ch-unranked" heading={t('changes.unranked')} items={r().status.unranked}>
                      {move(c().from, c().to)}
                    </Group>
                    <Group id="ch-actuals" testId="changes-actuals" heading={t('changes.actuals')} items={r().actuals}>
                      {(a) => (
                        <>
                          <PledgeLink pledge={a} edition={linkEdition(a.id, c().to)} />
                          {' '}
                          {t(`changes.actual.${a.kind}`, {
                            kpi: a.kpi,
                            year: formatFiscalYear(a.fiscalYear, lang()),
                            before: a.before ?? t('pledge.kpiEmpty'),
                            after: a.after ?? t('pledge.kpiEmpty'),
                          })}
                        </>
                      )}
                    </Group>
                    <Group id="ch-added" testId="changes-added" heading={t('changes.added')} items={r().added}>
                      {(p) => <PledgeLink pledge={p} edition={linkEdition(p.id, c().to)} />}
                    </Group>
                    <Group id="ch-removed" testId="changes-removed" heading={t('changes.removed')} items={r().removed}>
                      {(p) => <PledgeLink pledge={p} edition={linkEdition(p.id, c().from)} />}
                    </Group>
                    <Show when={r().texts.length > 0}>
                      <section aria-labelledby="ch-texts" data-testid="changes-texts">
                        <h2 id="ch-texts">
                          {t('changes.texts')} <span class="count">{t('changes.count', { count: r().texts.length })}</span>
                        </h2>
                        <p class="hint">{t('changes.textsHint')}</p>
                        <For each={r().texts}>{(x) => <TextChanges from={c().from} to={c().to} pledge={x} keys={x.keys} link={linkEdition(x.id, c().to)} />}</For>
                      </section>
                    </Show>
                    <Show when={r().status.unchanged.length > 0}>
                      <details class="change-details">
                        <summary>{t('changes.unchanged', { count: r().status.unchanged.length })}</summary>
                        <ul class="change-list">
                          <For each={r().status.unchanged}>
                            {(s) => (
                              <li>
                                <PledgeLink pledge={s} edition={linkEdition(s.id, c().to)} /> <StatusBadge status={s.to} label={names.status(s.to)} />
                              </li>
                            )}
                          </For>
                        </ul>
                      </details>
                    </Show>
                  </>
                );
              }}
            </Show>
          </Show>
        )}
      </Show>
    </>
  );
}
