import { Show, createSignal } from 'solid-js';
import { useAppData } from '../../app/data';
import { downloadText } from '../../app/download';
import { setTextSize } from '../../app/text-size';
import { backupFileName } from '../../domain/backup';
import type { BackupImportResult } from '../../storage/backup-store';
import { t } from '../../i18n';
import { Notice } from '../Notice';

type Outcome = { ok: boolean; text: string; detail?: string };

/** What an import did, or why it was refused (then nothing was changed). */
function outcomeOf(result: BackupImportResult): Outcome {
  if (result.ok) {
    const s = result.summary;
    const text = t('backup.imported', {
      bookmarksAdded: s.bookmarksAdded,
      bookmarksKept: s.bookmarksKept,
      notesAdded: s.notesAdded,
      notesUpdated: s.notesUpdated,
      notesKept: s.notesKept,
      notesWithTwoVersions: s.notesWithTwoVersions,
    });
    return { ok: true, text: result.preferencesSaved ? text : `${text} ${t('backup.prefsNotSaved')}` };
  }
  return { ok: false, text: t('backup.refused', { detail: t(`backup.reason.${result.reason}`) }), detail: result.message };
}

/**
 * One backup file of everything the member made (bookmarks, notes, settings), to move to another
 * phone. Importing merges: nothing on this device is dropped, a note edited on both keeps both
 * texts; a bad file is refused whole. The bookmarks-only files of earlier versions import too.
 */
export function BackupSection() {
  const data = useAppData();
  const [outcome, setOutcome] = createSignal<Outcome>();
  const exportFile = async () => {
    const now = Date.now();
    downloadText(await (await data.backupStore()).exportJson(now), backupFileName(now), 'application/json');
  };
  const importFile = async (input: HTMLInputElement) => {
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    const result = await (await data.backupStore()).importText(await file.text());
    if (result.ok && result.preferences.textSize) setTextSize(result.preferences.textSize);
    setOutcome(outcomeOf(result));
  };
  return (
    <section class="transfer" aria-labelledby="bm-transfer">
      <h2 id="bm-transfer">{t('backup.heading')}</h2>
      <p class="hint">{t('backup.hint')}</p>
      <div class="transfer__actions">
        <button type="button" class="btn" onClick={() => void exportFile()}>
          {t('backup.export')}
        </button>
        <label class="btn file-btn">
          <span>{t('backup.import')}</span>
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
  );
}
