import { useAppData } from '../app/data';
import { announce } from '../app/announcer';
import { t } from '../i18n';
import { isQuotaError } from '../storage/quota';

/** A real toggle button; its name says ブックマーク/Bookmark, aria-pressed says the state. */
export function BookmarkButton(props: { pledgeId: string; withId?: boolean }) {
  const data = useAppData();
  const pressed = () => data.isBookmarked(props.pledgeId);
  const onClick = async () => {
    try {
      const now = await data.toggleBookmark(props.pledgeId);
      announce(t(now ? 'bookmark.added' : 'bookmark.removed', { id: props.pledgeId }));
    } catch (error) {
      // The write was one transaction: a full disk loses nothing stored before, and says so.
      if (isQuotaError(error)) announce(t('bookmark.quota'));
      else announce(t('bookmark.failed', { detail: error instanceof Error ? error.message : String(error) }));
    }
  };
  return (
    <button type="button" class="btn btn--bookmark" aria-pressed={pressed() ? 'true' : 'false'} onClick={onClick}>
      <svg class="icon" viewBox="0 0 24 24" aria-hidden="true">
        <path d="M6 3h12v18l-6-4.5L6 21z" />
      </svg>
      <span>{props.withId ? t('bookmark.buttonFor', { id: props.pledgeId }) : t('bookmark.button')}</span>
    </button>
  );
}
