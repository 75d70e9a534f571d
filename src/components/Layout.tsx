import { ErrorBoundary, For, Match, Show, Suspense, Switch, createEffect, on, type ParentProps } from 'solid-js';
import { A, useLocation } from '@solidjs/router';
import { useAppData } from '../app/data';
import { latestLoaded } from '../app/loaded';
import { noteNavigation } from '../app/focus';
import { message } from '../app/announcer';
import { usePageMeta } from '../app/page-meta';
import { DatasetError, type DatasetNotice } from '../storage/dataset-status';
import { changeCount } from '../domain/change-list';
import { formatAsOf } from '../domain/dates';
import { lang, t } from '../i18n';
import { Header } from './Header';
import { HydrateLater } from './HydrateLater';
import { Footer } from './Footer';
import { Notice } from './Notice';
import { PageHeading } from './PageHeading';

function noticeText(n: DatasetNotice, asOf: string): string {
  switch (n.kind) {
    case 'noStorage':
      return t('notice.noStorage');
    case 'storedCopy':
      return t('notice.storedCopy', { asOf });
    case 'offlineCopy':
      return t('updates.offlineCopy', { asOf });
    case 'refusedUpdate':
      return t('notice.refusedUpdate', { detail: n.detail });
    case 'updated':
      return t('updates.notice', { asOf });
    case 'quota':
      return t('storage.quota');
  }
}

/** データを更新しました: an update is good news (info), with a link to what changed. */
function DatasetNoticeView(props: { notice: DatasetNotice; asOf: string }) {
  // <For> renders one view per notice: a view's notice never changes.
  // eslint-disable-next-line solid/reactivity
  const n = props.notice;
  if (n.kind === 'updated') {
    const count = changeCount(n.update.changes);
    // eslint-disable-next-line solid/components-return-once
    return (
      <Notice tone="info" role="status">
        {noticeText(n, props.asOf)}{' '}
        {/* A republished report replaced its earlier version: there is no second edition to compare. */}
        <Show when={n.update.from.asOf !== n.update.to.asOf} fallback={count ? t('updates.noticeChangeCount', { count }) : ''}>
          <A href={`/changes?from=${encodeURIComponent(n.update.from.asOf)}&to=${encodeURIComponent(n.update.to.asOf)}`}>
            {count ? t('updates.noticeChanges', { count }) : t('updates.noticeNoChanges')}
          </A>
        </Show>
      </Notice>
    );
  }
  return <Notice tone={n.kind === 'quota' ? 'error' : 'warning'}>{noticeText(n, props.asOf)}</Notice>;
}

function errorText(error: unknown): string {
  if (error instanceof DatasetError)
    return t(error.kind === 'fetch' ? 'error.datasetFetch' : 'error.datasetRefused', { detail: error.detail });
  return t('error.unexpected', { detail: error instanceof Error ? error.message : String(error) });
}

/** Whatever went wrong, the reader gets a heading, the reason, and a way out. */
function ErrorPage(props: { error: unknown }) {
  usePageMeta(
    () => t('error.title'),
    () => t('site.description'),
  );
  return (
    <>
      <PageHeading>{t('error.title')}</PageHeading>
      <Notice tone="error" role="alert">
        {errorText(props.error)}
      </Notice>
      <p>
        <button type="button" class="btn" onClick={() => location.reload()}>
          {t('error.reload')}
        </button>
      </p>
    </>
  );
}

export function Layout(props: ParentProps) {
  const data = useAppData();
  const location = useLocation();
  createEffect(on(() => location.pathname, () => noteNavigation(), { defer: true }));

  return (
    <>
      <a class="skip-link" href="#main">
        {t('skip.link')}
      </a>
      {/* Hydrated in a task of its own (see HydrateLater): it was a third of the page's first one. */}
      <HydrateLater>
        <Header />
      </HydrateLater>
      <main id="main" tabIndex={-1}>
        <Switch fallback={<p class="loading">{t('loading')}</p>}>
          <Match when={data.loaded.state === 'errored'}>
            <ErrorPage error={data.loaded.error as unknown} />
          </Match>
          <Match when={latestLoaded(data.loaded)}>
            {(l) => (
              <>
                <For each={l().notices}>{(n) => <DatasetNoticeView notice={n} asOf={formatAsOf(l().dataset.asOf, lang())} />}</For>
                <ErrorBoundary fallback={(error: unknown) => <ErrorPage error={error} />}>
                  <Suspense fallback={<p class="loading">{t('loading')}</p>}>{props.children}</Suspense>
                </ErrorBoundary>
              </>
            )}
          </Match>
        </Switch>
      </main>
      <Footer />
      <div class="toast" role="status" aria-live="polite" classList={{ 'toast--visible': message() !== '' }}>
        {message()}
      </div>
    </>
  );
}
