import { Show, createResource } from 'solid-js';
import { useAppData } from '../app/data';
import { latestLoaded } from '../app/loaded';
import { lang, t } from '../i18n';

const formatBytes = (n: number, l: 'ja' | 'en') =>
  new Intl.NumberFormat(l === 'ja' ? 'ja-JP' : 'en-GB', { style: 'unit', unit: n >= 1e9 ? 'gigabyte' : n >= 1e6 ? 'megabyte' : 'kilobyte', maximumFractionDigits: 1 }).format(
    n >= 1e9 ? n / 1e9 : n >= 1e6 ? n / 1e6 : n / 1e3,
  );

/** Whether this device keeps the data (persisted), how much it uses, and a button to ask. */
export function StorageInfo() {
  const data = useAppData();
  const [status, { refetch }] = createResource(() => data.storageStatus());
  const memory = () => latestLoaded(data.loaded)?.storage === 'memory';
  const ask = async () => {
    await data.requestPersistence();
    await refetch();
  };
  return (
    <section aria-labelledby="ab-storage" data-testid="storage-status">
      <h2 id="ab-storage">{t('storage.heading')}</h2>
      <Show when={memory()}>
        <p>{t('storage.memory')}</p>
      </Show>
      <Show when={status.state === 'ready' && status()}>
        {(s) => (
          <ul>
            <li>{s().persisted === null ? t('storage.unknown') : s().persisted ? t('storage.persisted') : t('storage.notPersisted')}</li>
            <Show when={s().usage !== null && s().quota !== null}>
              <li>{t('storage.usage', { usage: formatBytes(s().usage ?? 0, lang()), quota: formatBytes(s().quota ?? 0, lang()) })}</li>
            </Show>
          </ul>
        )}
      </Show>
      <Show when={status.state === 'ready' && status()?.persisted === false}>
        <p>
          <button type="button" class="btn" onClick={() => void ask()}>
            {t('storage.request')}
          </button>
        </p>
        <p class="hint">{t('storage.requestHint')}</p>
      </Show>
    </section>
  );
}
