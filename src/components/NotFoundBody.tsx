import { createSignal } from 'solid-js';
import { A, useNavigate } from '@solidjs/router';
import { listHref } from '../domain/url-state';
import { t } from '../i18n';
import { PageHeading } from './PageHeading';
import { SearchField } from './SearchField';

/** Not found: says so, offers the way back and a search that opens the list. */
export function NotFoundBody(props: { message?: string }) {
  const navigate = useNavigate();
  const [q, setQ] = createSignal('');
  return (
    <>
      <PageHeading>{t('notFound.title')}</PageHeading>
      <p>{props.message ?? t('notFound.body')}</p>
      <ul class="link-list">
        <li>
          <A href="/">{t('nav.overview')}</A>
        </li>
        <li>
          <A href="/pledges">{t('nav.pledges')}</A>
        </li>
        <li>
          <A href="/bookmarks">{t('nav.bookmarks')}</A>
        </li>
      </ul>
      <form
        role="search"
        class="list-search"
        onSubmit={(e) => {
          e.preventDefault();
          navigate(listHref({ q: q() }));
        }}
      >
        <SearchField value={q()} onInput={setQ} />
        <button type="submit" class="btn">
          {t('notFound.searchButton')}
        </button>
      </form>
    </>
  );
}
