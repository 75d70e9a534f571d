import { Show } from 'solid-js';
import { A } from '@solidjs/router';
import { useAppData } from '../app/data';
import { usePageMeta } from '../app/page-meta';
import { PageHeading } from '../components/PageHeading';
import { BookmarkList } from '../components/BookmarkList';
import { BackupSection } from '../components/notes/BackupSection';
import { ChangeFlagNote } from '../components/notes/ChangeFlagNote';
import { briefHref } from '../domain/brief';
import { t } from '../i18n';

export default function Bookmarks() {
  const data = useAppData();
  usePageMeta(
    () => t('bookmarks.title'),
    () => t('bookmarks.description'),
  );
  return (
    <>
      <PageHeading>{t('bookmarks.title')}</PageHeading>
      <Show when={data.bookmarks().length > 0} fallback={<p data-testid="empty-state">{t('bookmarks.empty')}</p>}>
        <h2>{t('bookmarks.count', { count: data.bookmarks().length })}</h2>
        <p>
          <A class="btn" href={briefHref({ ids: data.bookmarks().map((b) => b.pledgeId) })}>
            {t('bookmarks.brief')}
          </A>
        </p>
        {/* What a new report changed in a bookmarked pledge stays here until it is seen. */}
        <BookmarkList after={(id) => <Show when={data.flagFor(id)}>{(f) => <ChangeFlagNote flag={f()} dismiss />}</Show>} />
      </Show>
      <BackupSection />
    </>
  );
}
