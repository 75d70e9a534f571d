import { Show, createEffect, createMemo, createSignal, onCleanup, onMount } from 'solid-js';
import { A, useLocation, useNavigate } from '@solidjs/router';
import { useAppData } from '../app/data';
import { useNames } from '../app/names';
import { usePageMeta } from '../app/page-meta';
import { PageHeading } from '../components/PageHeading';
import { PledgeItem } from '../components/PledgeItem';
import { IncrementalList } from '../components/IncrementalList';
import { HydrateLater } from '../components/HydrateLater';
import { SearchField } from '../components/SearchField';
import { FacetGroup } from '../components/FacetGroup';
import { ShareButton } from '../components/ShareButton';
import { Notice } from '../components/Notice';
import { ActiveFilters } from '../components/ActiveFilters';
import { STATUS_IDS } from '../domain/ids';
import { applyFilter, createCatalog, facetCounts, isEmptyFilter, toggleValue, EMPTY_FILTER, type FilterState } from '../domain/filter';
import { listHref, parseFilter } from '../domain/url-state';
import { briefHref } from '../domain/brief';
import { t } from '../i18n';

export default function PledgeList() {
  const data = useAppData();
  const names = useNames();
  const location = useLocation();
  const navigate = useNavigate();
  const ds = data.dataset;
  const ctx = () => ({ departments: ds().departments.map((d) => d.ja) });
  const parsed = createMemo(() => parseFilter(location.search, ctx()));
  const state = () => parsed().state;
  // Read only while the filter asks for it: the notes arrive after hydration, and recomputing the
  // results then would rebuild the hydrated facets for nothing.
  const noted = createMemo(() => (state().note ? new Set(data.notes().map((n) => n.pledgeId)) : undefined));
  const results = createMemo(() => applyFilter(data.catalog(createCatalog), state(), noted()));
  const counts = createMemo(() => facetCounts(data.catalog(createCatalog), state(), noted()));
  // Rows are keyed by pledge, not by result: a keystroke keeps every row that still matches and
  // only updates its highlights (from the result at the row's index, the two lists align).
  // Keyed by result, each keystroke rebuilt all the rendered rows.
  const shownPledges = createMemo(() => results().map((r) => r.pledge));
  const activeCount = () => state().policy.length + state().dept.length + state().status.length + (state().note ? 1 : 0);

  // Replace, not push: typing or ticking must not add a history entry per change.
  const update = (next: FilterState) => navigate(listHref(next, ctx()), { replace: true, scroll: false });

  // Facets open where there is room beside the results; on a phone they stay folded. Folded in
  // the prerendered HTML, so a phone's first paint does not shift when the page hydrates.
  const [filtersOpen, setFiltersOpen] = createSignal(false);
  onMount(() => setFiltersOpen(window.matchMedia('(min-width: 56em)').matches || activeCount() > 0));

  // Build the search index while the browser is idle, a slice at a time, so the first keystroke
  // does not wait for it (seconds on a phone at 10,000 pledges). Restarts for a new dataset.
  createEffect(() => {
    const index = data.catalog(createCatalog).search;
    if (typeof window === 'undefined') return;
    // The window's timer functions need no `this`.
    // eslint-disable-next-line @typescript-eslint/unbound-method
    const idle = window.requestIdleCallback ?? ((run: IdleRequestCallback) => window.setTimeout(() => run({ didTimeout: false, timeRemaining: () => 8 }), 50));
    // eslint-disable-next-line @typescript-eslint/unbound-method
    const cancel = window.cancelIdleCallback ?? window.clearTimeout;
    let handle = 0;
    const step: IdleRequestCallback = (deadline) => {
      if (!index.buildSlice(() => deadline.timeRemaining())) handle = idle(step);
    };
    handle = idle(step);
    onCleanup(() => cancel(handle));
  });

  usePageMeta(
    () => t('list.title'),
    () => (isEmptyFilter(state()) ? t('list.description') : t('list.descriptionFiltered', { count: results().length })),
  );

  return (
    <>
      <PageHeading>{t('list.title')}</PageHeading>
      <Show when={parsed().invalid.length > 0}>
        <Notice tone="warning" role="status">
          {t('notice.invalidParams', { list: parsed().invalid.map((p) => `${p.key}=${p.value}`).join(', ') })}
        </Notice>
      </Show>
      <form class="list-search" role="search" onSubmit={(e) => e.preventDefault()}>
        <SearchField value={state().q} hint onInput={(q) => update({ ...state(), q })} />
      </form>
      <div class="list-layout">
        {/* Hydrated a part at a time (see HydrateLater): in one go it was the page's longest task. */}
        <HydrateLater>
          <details class="filters" open={filtersOpen()} onToggle={(e) => setFiltersOpen(e.currentTarget.open)}>
            <summary>{activeCount() > 0 ? t('list.filtersActive', { count: activeCount() }) : t('list.filters')}</summary>
            <label class="facet-own">
              <input type="checkbox" checked={!!state().note} onChange={(e) => update({ ...state(), note: e.currentTarget.checked })} />{' '}
              {t('list.noteOnly')} <span class="hint">{t('list.noteOnlyCount', { count: data.notes().length })}</span>
            </label>
            <FacetGroup
              legend={t('list.facet.policy')}
              name="policy"
              options={ds().policies.map((p) => ({
                value: p.id,
                label: `${p.id}. ${names.policy(p.id)}`,
                count: counts().policy.get(p.id) ?? 0,
                checked: state().policy.includes(p.id),
              }))}
              onToggle={(v) => update(toggleValue(state(), 'policy', v))}
            />
            <FacetGroup
              legend={t('list.facet.status')}
              name="status"
              options={STATUS_IDS.map((s) => ({
                value: s,
                label: names.status(s),
                count: counts().status.get(s) ?? 0,
                checked: state().status.includes(s),
              }))}
              onToggle={(v) => update(toggleValue(state(), 'status', v))}
            />
            <FacetGroup
              legend={t('list.facet.dept')}
              name="dept"
              options={ds().departments.map((d) => ({
                value: d.ja,
                label: names.dept(d.ja),
                count: counts().dept.get(d.ja) ?? 0,
                checked: state().dept.includes(d.ja),
              }))}
              onToggle={(v) => update(toggleValue(state(), 'dept', v))}
            />
          </details>
        </HydrateLater>
        <HydrateLater>
          <section class="results" aria-labelledby="results-heading">
            <h2 id="results-heading" class="visually-hidden">
              {t('list.results')}
            </h2>
            <div class="results__bar">
              <p class="result-count" data-testid="result-count" role="status">
                {t('list.count', { count: results().length })}
              </p>
              <div class="results__actions">
                <ShareButton path={() => listHref(state(), ctx())} title={() => `${t('list.title')} | ${t('site.name')}`} />
                <A class="btn" href={briefHref({ filter: state() }, ctx())}>
                  {t('list.brief')}
                </A>
                <button type="button" class="btn" disabled={isEmptyFilter(state())} onClick={() => update(EMPTY_FILTER)}>
                  {t('list.clearAll')}
                </button>
              </div>
            </div>
            <ActiveFilters state={state()} onChange={update} />
            <Show
              when={results().length > 0}
              fallback={
                <div class="empty-state" data-testid="empty-state">
                  <p>{t('list.empty')}</p>
                  <p>{t('list.emptyHint')}</p>
                </div>
              }
            >
              <IncrementalList class="pledge-list" each={shownPledges()}>
                {(pledge, i) => <PledgeItem pledge={pledge} matches={results()[i()]?.matches} />}
              </IncrementalList>
            </Show>
          </section>
        </HydrateLater>
      </div>
    </>
  );
}
