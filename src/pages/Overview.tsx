import { For, Show, createMemo } from 'solid-js';
import { A } from '@solidjs/router';
import { useAppData } from '../app/data';
import { useNames } from '../app/names';
import { usePageMeta } from '../app/page-meta';
import { PageHeading } from '../components/PageHeading';
import { StatusCounts } from '../components/StatusCounts';
import { StatusChart, statusText } from '../components/StatusChart';
import { KpiProgressPanel } from '../components/KpiProgressPanel';
import { BookmarkList } from '../components/BookmarkList';
import { HydrateLater } from '../components/HydrateLater';
import { countByPolicy, countByStatus } from '../domain/pledges';
import { formatAsOf } from '../domain/dates';
import { listHref } from '../domain/url-state';
import { changesHref } from '../domain/changes-href';
import { movedSincePrevious } from '../domain/moved-since';
import { lang, t } from '../i18n';

export default function Overview() {
  const data = useAppData();
  const names = useNames();
  const ds = data.dataset;
  const asOf = () => formatAsOf(ds().asOf, lang());
  const moved = createMemo(() => {
    const all = data.editions()?.editions;
    return all ? movedSincePrevious(all) : null;
  });
  // Memos: every bar reads its counts many times while the page hydrates.
  const overall = createMemo(() => countByStatus(ds().pledges));
  const byPolicy = createMemo(() => countByPolicy(ds().pledges, ds().policies.map((p) => p.id)));
  const policyTotal = (id: number) => Object.values(byPolicy().get(id)!).reduce((a, b) => a + b, 0);
  /** The largest policy sets the scale, so bar lengths compare across policies. */
  const maxPolicy = createMemo(() => Math.max(1, ...ds().policies.map((p) => policyTotal(p.id))));
  usePageMeta(
    () => t('overview.title'),
    () => t('overview.description', { count: ds().pledges.length, asOf: asOf() }),
  );
  // Hydrated a section at a time (see HydrateLater): in one go it was the page's longest task.
  return (
    <>
      <HydrateLater>
        <PageHeading>{t('overview.heading')}</PageHeading>
        <p class="lead">
          <strong>{t('overview.asOf', { asOf: asOf() })}</strong> · {t('overview.report', { report: ds().report[lang()] })}
        </p>
        <section aria-labelledby="ov-status">
          <h2 id="ov-status">{t('overview.statusHeading', { count: ds().pledges.length })}</h2>
          <StatusChart
            counts={overall()}
            href={(status) => listHref({ status: [status] })}
            label={t('charts.statusBar', { name: t('charts.wholeRoadmap') })}
          />
          <StatusCounts counts={overall()} href={(status) => listHref({ status: [status] })} />
          <p>
            <A href="/pledges" class="more-link">
              {t('overview.viewAll', { count: ds().pledges.length })}
            </A>
          </p>
        </section>
        {/* Filled in once the device's reports are read; its room is kept, so nothing below moves. */}
        <section aria-labelledby="ov-moved" class="overview-moved" data-testid="moved-since">
          <h2 id="ov-moved">{t('overview.movedHeading')}</h2>
          <p>
            <Show when={moved()} fallback={t('overview.movedNone')}>
              {(m) =>
                t('overview.moved', {
                  from: formatAsOf(m().from.asOf, lang()),
                  count: m().moved,
                  improved: m().improved,
                  worsened: m().worsened,
                })
              }
            </Show>{' '}
            <A href={moved() ? changesHref({ from: moved()!.from.asOf, to: moved()!.to.asOf }) : '/changes'}>{t('overview.movedLink')}</A>
          </p>
        </section>
      </HydrateLater>
      <HydrateLater>
        <section aria-labelledby="ov-policy">
          <h2 id="ov-policy">{t('overview.byPolicyHeading')}</h2>
          <ul class="policy-bars">
            <For each={ds().policies}>
              {(p) => {
                const counts = () => byPolicy().get(p.id)!;
                return (
                  <li class="policy-bars__row">
                    <h3 class="policy-bars__name">
                      <A href={listHref({ policy: [p.id] })}>
                        <span class="policy-card__num">{p.id}</span> {names.policy(p.id)}
                      </A>
                      <span class="policy-bars__total">{t('overview.policyTotal', { count: policyTotal(p.id) })}</span>
                    </h3>
                    <StatusChart
                      counts={counts()}
                      href={(status) => listHref({ policy: [p.id], status: [status] })}
                      label={t('charts.statusBar', { name: names.policy(p.id) })}
                      scale={maxPolicy()}
                    />
                    <p class="policy-bars__text">{statusText(counts(), names.status, lang() === 'ja' ? '、' : ', ')}</p>
                  </li>
                );
              }}
            </For>
          </ul>
        </section>
      </HydrateLater>
      <HydrateLater>
        <section aria-labelledby="ov-kpi">
          <h2 id="ov-kpi">{t('charts.progressHeading')}</h2>
          <p class="hint">{t('charts.progressIntro')}</p>
          <KpiProgressPanel pledges={ds().pledges} />
        </section>
      </HydrateLater>
      <section aria-labelledby="ov-bookmarks">
        <h2 id="ov-bookmarks">{t('overview.bookmarksHeading')}</h2>
        <Show when={data.bookmarks().length > 0} fallback={<p>{t('overview.noBookmarks')}</p>}>
          <BookmarkList />
        </Show>
      </section>
    </>
  );
}
