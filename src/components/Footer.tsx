import { Show } from 'solid-js';
import { A } from '@solidjs/router';
import { useAppData } from '../app/data';
import { latestLoaded } from '../app/loaded';
import { formatAsOf } from '../domain/dates';
import { lang, t } from '../i18n';

export function Footer() {
  const { loaded } = useAppData();
  const ds = () => latestLoaded(loaded)?.dataset;
  return (
    <footer class="site-footer">
      <Show when={ds()}>
        {(d) => (
          <p>
            {t('footer.source', {
              publisher: d().source.publisher[lang()],
              title: d().source.title,
              asOf: formatAsOf(d().asOf, lang()),
            })}
          </p>
        )}
      </Show>
      <p>
        <A href="/data">{t('footer.data')}</A>
      </p>
      <p>{t('footer.privacy')}</p>
    </footer>
  );
}
