import { Show, createSignal } from 'solid-js';
import { useAppData } from '../app/data';
import { usePageMeta } from '../app/page-meta';
import { PageHeading } from '../components/PageHeading';
import { BookmarkList } from '../components/BookmarkList';
import { Notice } from '../components/Notice';
import { t } from '../i18n';
import { isQuotaError } from '../storage/quota';

type Outcome = { ok: boolean; text: string; detail?: string };

export default function Bookmarks() {
  const data = useAppData();
  const [outcome, setOutcome] = createSignal<Outcome>();
  usePageMeta(
    () => t('bookmarks.title'),
    () => t('bookmarks.description'),
  );

  const exportFile = async () => {
    const store = await data.bookmarkStore();
    const blob = new Blob([await store.exportJson()], { type: 'application/json' });
    const url = URL.createObjectURL(blob);
    const a = document.createElement('a');
    a.href = url;
    a.download = `bibai-bookmarks-${new Date().toISOString().slice(0, 10)}.json`;
    document.body.append(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
  };

  const importFile = async (input: HTMLInputElement) => {
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    const store = await data.bookmarkStore();
    let result: Awaited<ReturnType<typeof store.importJson>>;
    try {
      result = await store.importJson(await file.text());
    } catch (error) {
      // One transaction: on a full disk nothing was added and nothing stored before was lost.
      setOutcome({ ok: false, text: isQuotaError(error) ? t('storage.quota') : String(error) });
      return;
    }
    setOutcome(
      result.ok
        ? { ok: true, text: t('bookmarks.imported', { added: result.added, kept: result.kept }) }
        : { ok: false, text: t('bookmarks.importRefused', { detail: t(`bookmarks.importReason.${result.reason}`) }), detail: result.message },
    );
  };

  return (
    <>
      <PageHeading>{t('bookmarks.title')}</PageHeading>
      <Show when={data.bookmarks().length > 0} fallback={<p data-testid="empty-state">{t('bookmarks.empty')}</p>}>
        <h2>{t('bookmarks.count', { count: data.bookmarks().length })}</h2>
        <BookmarkList />
      </Show>
      <section class="transfer" aria-labelledby="bm-transfer">
        <h2 id="bm-transfer">{t('bookmarks.transfer')}</h2>
        <p class="hint">{t('bookmarks.transferHint')}</p>
        <div class="transfer__actions">
          <button type="button" class="btn" onClick={exportFile}>
            {t('bookmarks.export')}
          </button>
          <label class="btn file-btn">
            <span>{t('bookmarks.import')}</span>
            <input type="file" accept="application/json,.json" onChange={(e) => void importFile(e.currentTarget)} />
          </label>
        </div>
        <Show when={outcome()}>
          {(o) => (
            <Notice tone={o().ok ? 'info' : 'error'} role={o().ok ? 'status' : 'alert'}>
              {o().text}
              <Show when={o().detail}>
                {(d) => (
                  <>
                    <br />
                    <code class="hint">{d()}</code>
                  </>
                )}
              </Show>
            </Notice>
          )}
        </Show>
      </section>
    </>
  );
}
