import { For, Show, type JSX } from 'solid-js';
import { useAppData } from '../app/data';
import { lang, t } from '../i18n';
import { PledgeItem } from './PledgeItem';

function formatDate(ms: number, l: string): string {
  return new Date(ms).toLocaleDateString(l === 'ja' ? 'ja-JP' : 'en-GB', { year: 'numeric', month: 'long', day: 'numeric' });
}

/**
 * The reader's bookmarks, oldest first. A bookmark whose pledge is no longer in the dataset is
 * still listed, said to be missing, and can be removed by hand.
 */
export function BookmarkList(props: { after?: (pledgeId: string) => JSX.Element }) {
  const data = useAppData();
  const byId = () => new Map(data.dataset().pledges.map((p) => [p.id, p]));
  return (
    <ol class="pledge-list">
      <For each={data.bookmarks()}>
        {(b) => (
          <Show
            when={byId().get(b.pledgeId)}
            fallback={
              <li class="pledge-item pledge-item--missing" data-testid="pledge-item" data-missing="true">
                <p>{t('bookmarks.missing', { id: b.pledgeId, date: formatDate(b.addedAt, lang()) })}</p>
                <button type="button" class="btn" aria-pressed="true" onClick={() => void data.toggleBookmark(b.pledgeId)}>
                  {t('bookmarks.remove', { id: b.pledgeId })}
                </button>
              </li>
            }
          >
            {(p) => <PledgeItem pledge={p()}>{props.after?.(b.pledgeId)}</PledgeItem>}
          </Show>
        )}
      </For>
    </ol>
  );
}
