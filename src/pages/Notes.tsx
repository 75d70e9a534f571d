import { For, Show } from 'solid-js';
import { A } from '@solidjs/router';
import { useAppData } from '../app/data';
import { useNames } from '../app/names';
import { usePageMeta } from '../app/page-meta';
import { downloadText } from '../app/download';
import { PageHeading } from '../components/PageHeading';
import { StatusBadge } from '../components/StatusBadge';
import { ChangeFlagNote } from '../components/notes/ChangeFlagNote';
import { inDocumentOrder, notesDocument, notesFileName } from '../domain/notes-export';
import { briefHref } from '../domain/brief';
import { lang, t } from '../i18n';
import '../styles/notes.css';

/** The first lines of a note, for the list. */
const EXCERPT_LINES = 3;
const excerpt = (text: string) => {
  const lines = text.split('\n').filter((l) => l.trim() !== '');
  return lines.slice(0, EXCERPT_LINES).join('\n') + (lines.length > EXCERPT_LINES ? '\n…' : '');
};
const dateTime = (ms: number) => new Date(ms).toLocaleString(lang() === 'ja' ? 'ja-JP' : 'en-GB', { dateStyle: 'medium', timeStyle: 'short' });

/** Every pledge the member wrote a note on, in document order; export, print, and what changed. */
export default function Notes() {
  const data = useAppData();
  const names = useNames();
  const byId = () => new Map(data.dataset().pledges.map((p) => [p.id, p]));
  const rows = () => inDocumentOrder(data.notes(), data.dataset().pledges);
  usePageMeta(
    () => t('notes.title'),
    () => t('notes.description'),
  );
  const exportAll = () => {
    const now = Date.now();
    const text = notesDocument({
      notes: data.notes(),
      dataset: data.dataset(),
      label: (key, options) => t(key, options),
      lang: lang(),
      formatDate: dateTime,
      exportedAt: now,
      appName: t('site.name'),
    });
    downloadText(text, notesFileName(now), 'text/markdown;charset=utf-8');
  };
  return (
    <>
      <PageHeading>{t('notes.title')}</PageHeading>
      <p class="hint">{t('note.private')}</p>
      <Show when={rows().length > 0} fallback={<p data-testid="empty-state">{t('notes.empty')}</p>}>
        <h2>{t('notes.count', { count: rows().length })}</h2>
        <div class="note__actions">
          <button type="button" class="btn" onClick={exportAll}>
            {t('notes.export')}
          </button>
          <A class="btn" href={briefHref({ ids: rows().map((r) => r.pledgeId), notes: true })}>
            {t('notes.brief')}
          </A>
          <A class="btn" href="/pledges?note=1">
            {t('notes.inList')}
          </A>
        </div>
        <ol class="note-list" data-testid="note-list">
          <For each={rows()}>
            {(row) => {
              const pledge = () => byId().get(row.pledgeId);
              const flag = () => data.flagFor(row.pledgeId);
              return (
                <li data-testid="note-item">
                  <h3>
                    <A href={`/pledges/${row.pledgeId}`}>
                      {t('changes.pledge', { id: row.pledgeId })} <span lang="ja">{pledge()?.title.ja ?? ''}</span>
                    </A>
                  </h3>
                  <p>
                    <Show when={pledge()} fallback={t('notes.notListed')}>
                      {(p) => <StatusBadge status={p().status} label={names.status(p().status)} />}
                    </Show>{' '}
                    <span class="hint">{t('notes.updatedAt', { date: dateTime(row.updatedAt) })}</span>
                    <Show when={row.versions.length > 0}>
                      {' '}
                      <strong class="tag tag--changed">{t('notes.hasVersions')}</strong>
                    </Show>
                  </p>
                  <p class="note-list__excerpt">{excerpt(row.text)}</p>
                  <Show when={flag()}>{(f) => <ChangeFlagNote flag={f()} dismiss />}</Show>
                </li>
              );
            }}
          </For>
        </ol>
      </Show>
    </>
  );
}
