import { Show, createMemo } from 'solid-js';
import { A, useParams } from '@solidjs/router';
import { useAppData } from '../app/data';
import { useNames } from '../app/names';
import { usePageMeta } from '../app/page-meta';
import { pledgeSocial, siteSocial } from '../app/social';
import { PageHeading } from '../components/PageHeading';
import { PledgeBody } from '../components/PledgeBody';
import { HydrateLater } from '../components/HydrateLater';
import { StatusBadge } from '../components/StatusBadge';
import { BookmarkButton } from '../components/BookmarkButton';
import { ShareButton } from '../components/ShareButton';
import { NotFoundBody } from '../components/NotFoundBody';
import { neighbours } from '../domain/pledges';
import { listHref } from '../domain/url-state';
import { lang, t } from '../i18n';
import type { Pledge } from '../domain/schema';

/** Previous or next pledge in document order, named by its number and Japanese title. */
function PagerLink(props: { pledge: Pledge; dir: 'prev' | 'next' }) {
  return (
    <A href={`/pledges/${props.pledge.id}`} class={`pager__link pager__link--${props.dir}`} rel={props.dir}>
      <span class="pager__dir">{t(props.dir === 'prev' ? 'pledge.prev' : 'pledge.next')}</span>
      <span lang="ja">
        {props.pledge.id}. {props.pledge.title.ja}
      </span>
    </A>
  );
}

export default function PledgeDetail() {
  const data = useAppData();
  const names = useNames();
  const params = useParams<{ id: string }>();
  const pledge = createMemo(() => data.dataset().pledges.find((p) => p.id === params.id));
  const near = () => neighbours(data.dataset().pledges, params.id);
  usePageMeta(
    () => {
      const p = pledge();
      return p ? `${p.id}. ${names.title(p)}` : t('notFound.title');
    },
    () => {
      const p = pledge();
      return p ? t('pledge.description', { id: p.id, title: names.title(p), status: names.status(p.status) }) : t('notFound.description');
    },
    () => {
      const p = pledge();
      return p ? pledgeSocial(p, names) : siteSocial(t('notFound.title'), t('notFound.description'));
    },
  );
  return (
    <Show when={pledge()} fallback={<NotFoundBody message={t('notFound.pledge', { id: params.id })} />}>
      {(p) => (
        <article class="pledge">
          {/* Hydrated a part at a time (see HydrateLater): in one go it was the page's longest task. */}
          <HydrateLater>
            <p class="eyebrow">
              {/* the accessible name starts with the visible text (WCAG 2.5.3 label in name) */}
              <A href={listHref({ policy: [p().policy] })}>
                {t('pledge.policy', { id: p().policy, name: names.policy(p().policy) })}
                <span class="visually-hidden">{` (${t('pledge.policyList')})`}</span>
              </A>
              <span aria-hidden="true"> · </span>
              <span>{t('pledge.number', { id: p().id })}</span>
            </p>
            <PageHeading testId="pledge-title" lang="ja">
              {p().title.ja}
            </PageHeading>
            <Show when={lang() === 'en'}>
              <p class="subtitle" lang="en">
                {t('pledge.titleEn', { title: p().title.en })}
              </p>
            </Show>
            <div class="pledge__actions">
              <StatusBadge status={p().status} label={names.status(p().status)} />
              <BookmarkButton pledgeId={p().id} />
              <ShareButton path={() => `/pledges/${p().id}`} title={() => `${p().id}. ${names.title(p())}`} />
            </div>
          </HydrateLater>
          <HydrateLater>
            <PledgeBody pledge={p()} sourceFile={data.dataset().source.file} />
          </HydrateLater>
          <HydrateLater>
            <nav class="pager" aria-label={t('pledge.pager')}>
              <Show when={near().prev}>{(prev) => <PagerLink pledge={prev()} dir="prev" />}</Show>
              <Show when={near().next}>{(next) => <PagerLink pledge={next()} dir="next" />}</Show>
            </nav>
            <p>
              <A href={listHref({ policy: [p().policy] })}>{t('pledge.policyList')}</A>
            </p>
          </HydrateLater>
        </article>
      )}
    </Show>
  );
}
