import { Show, Suspense, createMemo, createSignal, onMount } from 'solid-js';
import { A, useLocation, useParams } from '@solidjs/router';
import { useAppData } from '../app/data';
import { useNames } from '../app/names';
import { usePageMeta } from '../app/page-meta';
import { pledgeSocial, siteSocial } from '../app/social';
import { PageHeading } from '../components/PageHeading';
import { PledgeBody } from '../components/PledgeBody';
import { HydrateLater } from '../components/HydrateLater';
import { BookmarkButton } from '../components/BookmarkButton';
import { ShareButton } from '../components/ShareButton';
import { EmbedButton } from '../components/EmbedButton';
import { ReadAloudSlot } from '../components/ReadAloudSlot';
import { AtAGlance } from '../components/AtAGlance';
import { Phrased } from '../components/Phrased';
import { TermList } from '../components/TermHelp';

import { needsEditionNotice, pledgeView, type ShownView } from '../domain/pledge-view';
import { neighbours } from '../domain/pledges';
import { listHref } from '../domain/url-state';
import { lang, lazyWithStrings, t } from '../i18n';
import type { Dataset, Pledge } from '../domain/schema';

// The parts a reader brings (notes, flags) or that need the reports read from the device
// (history) load with their own chunks and strings, once the page is on screen.
const PledgeHistory = lazyWithStrings(() => import('../components/history/PledgeHistory'));
const PledgeNote = lazyWithStrings(() => import('../components/notes/PledgeNote').then((m) => ({ default: m.PledgeNote })));
const PledgeChangeFlag = lazyWithStrings(() => import('../components/notes/ChangeFlagNote').then((m) => ({ default: m.PledgeChangeFlag })));
// Only a page asked for an earlier report, or for a pledge no longer listed, has a notice; only
// a pledge that is not there needs the not-found page.
const EditionNotice = lazyWithStrings(() => import('../components/EditionNotice'));
const NotFoundBody = lazyWithStrings(() => import('../components/NotFoundBody').then((m) => ({ default: m.NotFoundBody })));

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
  const location = useLocation();
  const editions = () => data.editions()?.editions ?? null;
  const view = createMemo(() => pledgeView(data.dataset(), editions(), params.id, new URLSearchParams(location.search).get('edition')));
  const shown = (): ShownView | undefined => {
    const v = view();
    return v.kind === 'current' || v.kind === 'older' || v.kind === 'notListed' ? v : undefined;
  };
  const pledge = () => shown()?.pledge;
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
    // Link previews are read from the prerendered HTML only: the phone never needs this code.
    import.meta.env.SSR
      ? () => {
          const p = pledge();
          return p ? pledgeSocial(p, names) : siteSocial(t('notFound.title'), t('notFound.description'));
        }
      : undefined,
  );
  return (
    <Show
      when={shown()}
      fallback={
        <Show when={view().kind === 'pending'} fallback={<NotFoundBody message={t('notFound.pledge', { id: params.id })} />}>
          <p class="loading">{t('loading')}</p>
        </Show>
      }
    >
      {(v) => (
        <article class="pledge" data-edition={v().edition.asOf}>
          {/* Hydrated a part at a time (see HydrateLater): in one go it was the page's longest task. */}
          <HydrateLater>
            <Show when={needsEditionNotice(v())}>
              <Suspense>
                <EditionNotice view={v()} />
              </Suspense>
            </Show>
            <Show when={data.flagFor(v().pledge.id)}>
              <Suspense>
                <PledgeChangeFlag pledgeId={v().pledge.id} />
              </Suspense>
            </Show>
            <p class="eyebrow">
              {/* the accessible name starts with the visible text (WCAG 2.5.3 label in name) */}
              <A href={listHref({ policy: [v().pledge.policy] })}>
                {t('pledge.policy', { id: v().pledge.policy, name: names.policy(v().pledge.policy) })}
                <span class="visually-hidden">{` (${t('pledge.policyList')})`}</span>
              </A>
              <span aria-hidden="true"> · </span>
              <span>{t('pledge.number', { id: v().pledge.id })}</span>
            </p>
            <PageHeading testId="pledge-title" lang="ja">
              <Phrased text={v().pledge.title.ja} />
            </PageHeading>
            <Show when={lang() === 'en'}>
              <p class="subtitle" lang="en">
                {t('pledge.titleEn', { title: v().pledge.title.en })}
              </p>
            </Show>
            <AtAGlance pledge={v().pledge} />
            <div class="pledge__actions">
              <BookmarkButton pledgeId={v().pledge.id} />
              <ShareButton path={() => `/pledges/${v().pledge.id}${v().kind === 'older' ? `?edition=${v().edition.asOf}` : ''}`} title={() => `${v().pledge.id}. ${names.title(v().pledge)}`} />
              <EmbedButton pledgeId={v().pledge.id} />
              <ReadAloudSlot />
            </div>
            <TermList
              terms={[
                { term: 'policy', label: t('list.facet.policy') },
                { term: 'pledge', label: t('term.pledge') },
                { term: 'status', label: t('pledge.status'), status: v().pledge.status },
              ]}
            />
          </HydrateLater>
          <HydrateLater>
            <PledgeBody pledge={v().pledge} edition={v().edition} />
            <NoteSection pledge={v().pledge} edition={v().edition} />
            <HistorySection id={v().pledge.id} />
          </HydrateLater>
          <HydrateLater>
            <nav class="pager" aria-label={t('pledge.pager')}>
              <Show when={near().prev}>{(prev) => <PagerLink pledge={prev()} dir="prev" />}</Show>
              <Show when={near().next}>{(next) => <PagerLink pledge={next()} dir="next" />}</Show>
            </nav>
            <p>
              <A href={listHref({ policy: [v().pledge.policy] })}>{t('pledge.policyList')}</A>
            </p>
          </HydrateLater>
        </article>
      )}
    </Show>
  );
}

/**
 * The member's note. The prerendered page and the first client render show the same heading and
 * a line; the field itself (its own chunk) comes once the page is up — a note needs the device.
 */
function NoteSection(props: { pledge: Pledge; edition: Dataset }) {
  const [up, setUp] = createSignal(false);
  onMount(() => setUp(true));
  const waiting = () => (
    <section class="pledge-section" aria-labelledby="sec-note" data-later>
      <h2 id="sec-note">{t('pledge.noteHeading')}</h2>
      <p class="hint">{t('pledge.noteWaiting')}</p>
    </section>
  );
  return (
    <Show when={up()} fallback={waiting()}>
      <Suspense fallback={waiting()}>
        <PledgeNote pledge={props.pledge} edition={props.edition} />
      </Suspense>
    </Show>
  );
}

/**
 * The pledge across the reports. The prerendered page and the first client render show the
 * same words (the earlier reports are read from the device after hydration); the history itself
 * is its own chunk.
 */
function HistorySection(props: { id: string }) {
  const data = useAppData();
  const ready = () => data.editions()?.editions;
  return (
    <section class="pledge-section" aria-labelledby="sec-history" data-testid="pledge-history">
      <h2 id="sec-history">{t('history.heading')}</h2>
      <Show
        when={ready()}
        fallback={
          <p class="hint" data-later>
            {t('history.waiting')} <A href="/changes">{t('history.toChanges')}</A>
          </p>
        }
      >
        {(editions) => (
          // Its own boundary: the chunk arriving must not put the whole page back to "loading".
          <Suspense fallback={<p class="hint" data-later>{t('history.waiting')}</p>}>
            <div data-later>
              <PledgeHistory id={props.id} editions={editions()} />
            </div>
          </Suspense>
        )}
      </Show>
    </section>
  );
}
