import { For, Show } from 'solid-js';
import { A } from '@solidjs/router';
import downloads from 'virtual:open-data-index';
import { useAppData } from '../app/data';
import { usePageMeta } from '../app/page-meta';
import { PageHeading } from '../components/PageHeading';
import { Notice } from '../components/Notice';
import { DownloadItem } from '../components/DownloadItem';
import { formatAsOf } from '../domain/dates';
import { feedPath } from '../domain/feed-path';
import { creditLine } from '../domain/credit-line';
import { formatFileSize } from '../domain/file-size';
import { lang, t } from '../i18n';
import '../styles/data.css';

/** A file of the build under the app's base; `target` keeps the router from taking it for a route. */
function FileLink(props: { path: string; type: string; children: string }) {
  return (
    <a href={`${import.meta.env.BASE_URL}${props.path}`} type={props.type} target="_self">
      {props.children}
    </a>
  );
}

export default function OpenData() {
  const data = useAppData();
  const ds = data.dataset;
  const asOf = () => formatAsOf(ds().asOf, lang());
  const main = downloads.files.filter((f) => f.kind !== 'edition');
  const editions = downloads.files.filter((f) => f.kind === 'edition').reverse();
  const other = () => (lang() === 'ja' ? 'en' : 'ja');
  usePageMeta(
    () => t('data.title'),
    () => t('data.description'),
  );
  return (
    <>
      <PageHeading>{t('data.title')}</PageHeading>
      <p class="lead">{t('data.intro')}</p>

      <section aria-labelledby="data-files">
        <h2 id="data-files">{t('data.filesHeading')}</h2>
        <p>{t('data.current', { report: ds().report[lang()], asOf: asOf() })}</p>
        {/* The files were made by the build; a report published since is on the device only. */}
        <Show when={ds().version !== downloads.version}>
          <Notice tone="info" role="status">
            {t('data.behind', { asOf: asOf() })}
          </Notice>
        </Show>
        <ul class="downloads">
          <For each={main}>{(file) => <DownloadItem file={file} baseUrl={downloads.baseUrl} />}</For>
        </ul>
        <h3>{t('data.editionsHeading')}</h3>
        <p>{t('data.editionsIntro')}</p>
        <ul class="edition-files">
          <For each={editions}>
            {(file) => (
              <li>
                <FileLink path={file.path} type="application/json">
                  {file.path.replace(/^data\//, '')}
                </FileLink>{' '}
                — {t('data.edition', { report: file.report?.[lang()] ?? '', asOf: formatAsOf(file.asOf ?? '', lang()) })} · {formatFileSize(file.bytes)}
              </li>
            )}
          </For>
        </ul>
      </section>

      <section aria-labelledby="data-feeds">
        <h2 id="data-feeds">{t('data.feedsHeading')}</h2>
        <p>{t('data.feedsIntro')}</p>
        <ul class="feed-list">
          <li>
            <FileLink path={feedPath(lang())} type="application/atom+xml">
              {t('data.feedAll')}
            </FileLink>
          </li>
          <For each={ds().policies}>
            {(p) => (
              <li>
                <FileLink path={feedPath(lang(), p.id)} type="application/atom+xml">
                  {t('pledge.policy', { id: p.id, name: p[lang()] })}
                </FileLink>
              </li>
            )}
          </For>
          <li>
            <FileLink path={feedPath(other())} type="application/atom+xml">
              {t('data.feedOtherLang')}
            </FileLink>
          </li>
        </ul>
      </section>

      <section aria-labelledby="data-cite">
        <h2 id="data-cite">{t('data.citeHeading')}</h2>
        <p>{t('data.citeIntro')}</p>
        <p class="credit-line" lang="ja">
          {creditLine(ds())}
        </p>
        <p>
          {t('data.citeExample', { credit: creditLine(ds()), asOf: asOf(), version: ds().version, url: `${downloads.baseUrl}${lang() === 'en' ? 'en/' : ''}data/` })}
        </p>
        <h3>{t('about.licenseHeading')}</h3>
        <p>{ds().source.license[lang()]}</p>
      </section>

      <section aria-labelledby="data-embed">
        <h2 id="data-embed">{t('data.embedHeading')}</h2>
        <p>{t('data.embed')}</p>
        <p>
          <A href="/pledges">{t('nav.pledges')}</A>
        </p>
      </section>
    </>
  );
}
