import { For } from 'solid-js';
import { A } from '@solidjs/router';
import { useAppData } from '../app/data';
import { useNames } from '../app/names';
import { usePageMeta } from '../app/page-meta';
import { PageHeading } from '../components/PageHeading';
import { StatusBadge } from '../components/StatusBadge';
import { UpdateHistory } from '../components/UpdateHistory';
import { StorageInfo } from '../components/StorageInfo';
import { InstallHelp } from '../components/InstallHelp';
import { STATUS_IDS } from '../domain/ids';
import { TERM_IDS } from '../domain/glossary';
import { GlossaryList } from '../components/GlossaryList';
import { formatAsOf } from '../domain/dates';
import { lang, t } from '../i18n';

export default function About() {
  const data = useAppData();
  const names = useNames();
  const ds = data.dataset;
  usePageMeta(
    () => t('about.title'),
    () => t('about.description'),
  );
  return (
    <>
      <PageHeading>{t('about.title')}</PageHeading>
      <section aria-labelledby="ab-what">
        <h2 id="ab-what">{t('about.whatHeading')}</h2>
        <p>{t('about.what', { title: ds().title.ja, count: ds().pledges.length })}</p>
      </section>
      <section aria-labelledby="ab-glossary">
        <h2 id="ab-glossary">{t('glossary.heading')}</h2>
        <p>{t('glossary.intro')}</p>
        <GlossaryList terms={TERM_IDS} />
      </section>
      <section aria-labelledby="ab-source">
        <h2 id="ab-source">{t('about.sourceHeading')}</h2>
        <ul>
          <li lang="ja">{ds().source.title}</li>
          <li>{t('about.publisher', { publisher: ds().source.publisher[lang()] })}</li>
          <li>{t('about.report', { report: ds().report[lang()] })}</li>
          <li>{t('about.asOf', { asOf: formatAsOf(ds().asOf, lang()) })}</li>
          <li>{t('about.version', { version: ds().version })}</li>
          <li>{t('about.appVersion', { version: import.meta.env.VITE_APP_VERSION ?? '' })}</li>
        </ul>
      </section>
      <UpdateHistory />
      <section aria-labelledby="ab-license">
        <h2 id="ab-license">{t('about.licenseHeading')}</h2>
        <p>{ds().source.license[lang()]}</p>
        <h3>{t('about.translation')}</h3>
        <p>{ds().translations.en[lang()]}</p>
      </section>
      <section aria-labelledby="ab-data">
        <h2 id="ab-data">{t('about.dataHeading')}</h2>
        <p>
          {t('about.data')} <A href="/data">{t('about.dataLink')}</A>
        </p>
      </section>
      <section aria-labelledby="ab-status">
        <h2 id="ab-status">{t('about.statusHeading')}</h2>
        <p>{t('about.statusIntro')}</p>
        <dl class="status-legend">
          <For each={STATUS_IDS}>
            {(s) => (
              <>
                <dt>
                  <StatusBadge status={s} label={names.status(s)} />
                </dt>
                <dd>{t(`about.status.${s}`)}</dd>
              </>
            )}
          </For>
        </dl>
      </section>
      <section aria-labelledby="ab-notes">
        <h2 id="ab-notes">{t('about.notesHeading')}</h2>
        <p>{t('about.notes')}</p>
      </section>
      <section aria-labelledby="ab-privacy">
        <h2 id="ab-privacy">{t('about.privacyHeading')}</h2>
        <p>{t('about.privacy')}</p>
      </section>
      <StorageInfo />
      <InstallHelp />
    </>
  );
}
