import { For, Show } from 'solid-js';
import { A } from '@solidjs/router';
import { useAppData } from '../app/data';
import { useNames } from '../app/names';
import { usePageMeta } from '../app/page-meta';
import { PageHeading } from '../components/PageHeading';
import { StatusCounts } from '../components/StatusCounts';
import { BookmarkList } from '../components/BookmarkList';
import { countByPolicy, countByStatus } from '../domain/pledges';
import { formatAsOf } from '../domain/format';
import { listHref } from '../domain/url-state';
import { lang, t } from '../i18n';

export default function Overview() {
  const data = useAppData();
  const names = useNames();
  const ds = data.dataset;
  const asOf = () => formatAsOf(ds().asOf, lang());
  const byPolicy = () => countByPolicy(ds().pledges, ds().policies.map((p) => p.id));
  usePageMeta(
    () => t('overview.title'),
    () => t('overview.description', { count: ds().pledges.length, asOf: asOf() }),
  );
  return (
    <>
      <PageHeading>{t('overview.heading')}</PageHeading>
      <p class="lead">
        <strong>{t('overview.asOf', { asOf: asOf() })}</strong> · {t('overview.report', { report: ds().report[lang()] })}
      </p>
      <section aria-labelledby="ov-status">
        <h2 id="ov-status">{t('overview.statusHeading', { count: ds().pledges.length })}</h2>
        <StatusCounts counts={countByStatus(ds().pledges)} href={(status) => listHref({ status: [status] })} />
        <p>
          <A href="/pledges" class="more-link">
            {t('overview.viewAll', { count: ds().pledges.length })}
          </A>
        </p>
      </section>
      <section aria-labelledby="ov-policy">
        <h2 id="ov-policy">{t('overview.byPolicyHeading')}</h2>
        <ul class="policy-grid">
          <For each={ds().policies}>
            {(p) => {
              const counts = () => byPolicy().get(p.id)!;
              const total = () => Object.values(counts()).reduce((a, b) => a + b, 0);
              return (
                <li class="policy-card">
                  <h3>
                    <A href={listHref({ policy: [p.id] })}>
                      <span class="policy-card__num">{p.id}</span> {names.policy(p.id)}
                    </A>
                  </h3>
                  <p class="policy-card__total">{t('overview.policyTotal', { count: total() })}</p>
                  <StatusCounts counts={counts()} href={(status) => listHref({ policy: [p.id], status: [status] })} compact />
                </li>
              );
            }}
          </For>
        </ul>
      </section>
      <section aria-labelledby="ov-bookmarks">
        <h2 id="ov-bookmarks">{t('overview.bookmarksHeading')}</h2>
        <Show when={data.bookmarks().length > 0} fallback={<p>{t('overview.noBookmarks')}</p>}>
          <BookmarkList />
        </Show>
      </section>
    </>
  );
}
