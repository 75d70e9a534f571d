/**
 * The member's private note on a pledge: saved as they type (no button to forget), kept on this
 * device only, live across tabs. Two tabs never lose text silently: a write made from an older
 * text is kept beside the stored one and the member settles it here. A full disk keeps the text
 * in the field and says it is not saved. "Quote the facts" inserts the pledge's printed values at
 * the cursor.
 */
import { For, Show, createEffect, createMemo, createSignal, createUniqueId, on, onCleanup, onMount } from 'solid-js';
import { useAppData } from '../../app/data';
import { announce } from '../../app/announcer';
import { factsBlock, insertBlock } from '../../domain/facts-block';
import { noteAsText } from '../../domain/notes-export';
import type { Dataset, Pledge } from '../../domain/schema';
import type { NoteRow, NoteStore, SaveResult } from '../../storage/notes';
import { lang, t } from '../../i18n';
import '../../styles/notes.css';

/** Typing pauses this long before a save: short enough that a closed tab loses nothing typed. */
const SAVE_DELAY_MS = 400;

type SaveState = 'idle' | 'saving' | 'saved' | 'quota' | 'unavailable' | 'tooLong' | 'tooManyVersions';

const dateTime = (ms: number) => new Date(ms).toLocaleString(lang() === 'ja' ? 'ja-JP' : 'en-GB', { dateStyle: 'medium', timeStyle: 'short' });

export function PledgeNote(props: { pledge: Pledge; edition: Dataset }) {
  const data = useAppData();
  const id = createUniqueId();
  let field!: HTMLTextAreaElement;
  const [store, setStore] = createSignal<NoteStore>();
  const [row, setRow] = createSignal<NoteRow | null>(null);
  const [text, setText] = createSignal('');
  const [state, setState] = createSignal<SaveState>('idle');
  /** False until the stored note has been read: typing into a field about to be filled would mix the two. */
  const [loaded, setLoaded] = createSignal(false);
  /** The stored revision the field's text started from; a save carries it (the two-tab rule). */
  let base = 0;
  /** Edits not saved yet: the field keeps them even when another tab's text arrives. */
  let dirty = false;
  let timer: ReturnType<typeof setTimeout> | undefined;

  /** The pledge the field shows now: the pager moves to another pledge within the same page. */
  let pledgeId = '';
  const save = async () => {
    clearTimeout(timer);
    const s = store();
    if (!s || !dirty) return;
    // Read now: a save on leaving a pledge must land on that pledge, with its text.
    const id = pledgeId;
    const written = text();
    setState('saving');
    const result: SaveResult = await s.save({ pledgeId: id, text: written, baseRevision: base, writer: data.writerId, at: Date.now() });
    if (id !== pledgeId) return;
    if (!result.ok) {
      // The text stays in the field (dirty), so the next keystroke or blur tries again.
      setState(result.reason === 'changed' ? 'unavailable' : result.reason);
      return;
    }
    if (result.outcome !== 'conflict') base = result.row.revision;
    if (text() === written) dirty = false;
    setState('saved');
  };
  const schedule = () => {
    dirty = true;
    clearTimeout(timer);
    timer = setTimeout(() => void save(), SAVE_DELAY_MS);
  };
  const flushOnHide = () => {
    if (document.visibilityState === 'hidden') void save();
  };

  onMount(() => {
    document.addEventListener('visibilitychange', flushOnHide);
    onCleanup(() => document.removeEventListener('visibilitychange', flushOnHide));
  });
  // Keyed by the number, not the pledge object: a refreshed dataset hands over a new object for
  // the same pledge, and re-reading then would empty the field under the member's cursor.
  const currentId = createMemo(() => props.pledge.id);
  // One pledge's note at a time: leaving it saves what was typed, then the next one is read.
  createEffect(
    on(
      currentId,
      (id) => {
        pledgeId = id;
        dirty = false;
        base = 0;
        setRow(null);
        setText('');
        setState('idle');
        setLoaded(false);
        let stop: (() => void) | undefined;
        let gone = false;
        void data.noteStore().then((s) => {
          if (gone) return;
          setStore(s);
          stop = s.observe(
            id,
            (r) => {
              setRow(r);
              setLoaded(true);
              if (!dirty) {
                setText(r?.text ?? '');
                base = r?.revision ?? 0;
              }
            },
            // Unreadable storage still lets the member write; the state line says it is not saved.
            () => {
              setLoaded(true);
              setState('unavailable');
            },
          );
        });
        onCleanup(() => {
          gone = true;
          stop?.();
          void save();
        });
      },
    ),
  );

  const quote = () => {
    const block = factsBlock(props.pledge, props.edition, (key, options) => t(key, options), lang());
    const next = insertBlock(text(), block, field.selectionStart, field.selectionEnd);
    setText(next.text);
    field.value = next.text;
    field.focus();
    field.setSelectionRange(next.cursor, next.cursor);
    schedule();
    announce(t('note.quoted'));
  };

  const copy = async () => {
    const current = row();
    const plain = noteAsText(current ? { ...current, text: text() } : { pledgeId: props.pledge.id, text: text(), revision: 0, createdAt: 0, updatedAt: 0, versions: [], ancestors: [] }, props.pledge, (key, options) =>
      t(key, options),
    );
    try {
      await navigator.clipboard.writeText(plain);
      announce(t('note.copied'));
    } catch {
      announce(t('note.copyFailed'));
    }
  };

  /** Settles one other version, the note's text becoming `chosen`; the other versions stay to be settled. */
  const settle = async (version: NoteRow['versions'][number], chosen: string) => {
    const s = store();
    const r = row();
    if (!s || !r) return;
    const result = await s.resolve({ pledgeId: r.pledgeId, text: chosen, baseRevision: r.revision, settled: [version], writer: data.writerId, at: Date.now() });
    if (result.ok) {
      dirty = false;
      base = result.row.revision;
      setText(result.row.text);
      announce(t('note.settled'));
    } else setState(result.reason === 'changed' ? 'unavailable' : result.reason);
  };

  const remove = async () => {
    const s = store();
    const r = row();
    if (!s || !r || !confirm(t('note.deleteConfirm'))) return;
    const result = await s.remove(r.pledgeId, { revision: r.revision, versions: r.versions });
    if (result.ok) {
      dirty = false;
      base = 0;
      setText('');
      announce(t('note.deleted'));
    } else announce(result.reason === 'changed' ? t('note.deleteChanged') : t('note.failed.unavailable'));
  };

  return (
    <section class="pledge-section note" aria-labelledby={`${id}-h`} data-testid="pledge-note" data-later>
      <h2 id={`${id}-h`}>{t('note.heading')}</h2>
      <p class="hint">{t('note.private')}</p>
      <Show when={store() && !store()!.persistent}>
        <p class="notice notice--warning">{t('note.memoryOnly')}</p>
      </Show>
      <label for={id} class="note__label">
        {t('note.label', { id: props.pledge.id })}
      </label>
      <textarea
        id={id}
        ref={field}
        class="note__field"
        rows={8}
        value={text()}
        // Closed on the server too: a note is read from the device.
        disabled={!loaded()}
        aria-describedby={`${id}-state`}
        onInput={(e) => {
          setText(e.currentTarget.value);
          schedule();
        }}
        onBlur={() => void save()}
      />
      <p id={`${id}-state`} class="note__state" role="status" data-state={state()}>
        {(() => {
          const s = state();
          return s === 'idle' ? '' : t(`note.state.${s}`);
        })()}
        <Show when={state() === 'saved' && row()}>{(r) => ` ${t('note.savedAt', { date: dateTime(r().updatedAt) })}`}</Show>
      </p>
      <div class="note__actions">
        <button type="button" class="btn" onClick={quote} disabled={!store()}>
          {t('note.quote')}
        </button>
        <button type="button" class="btn" onClick={() => void copy()} disabled={!store() || text() === ''}>
          {t('note.copy')}
        </button>
        <a class="btn" href={`${import.meta.env.BASE_URL}${lang() === 'en' ? 'en/' : ''}brief?id=${encodeURIComponent(props.pledge.id)}&notes=1`}>
          {t('note.brief')}
        </a>
        <button type="button" class="btn" onClick={() => void remove()} disabled={!row()}>
          {t('note.delete')}
        </button>
      </div>
      <Show when={row()?.versions.length}>
        <div class="note__versions notice notice--warning" role="alert" data-testid="note-versions">
          <p>
            <strong>{t('note.versionsHeading')}</strong> {t('note.versionsIntro')}
          </p>
          <For each={row()!.versions}>
            {(v) => (
              <div class="note__version">
                <p class="hint">{t('note.versionSaved', { date: dateTime(v.savedAt) })}</p>
                <pre class="note__version-text">{v.text}</pre>
                <div class="note__actions">
                  <button type="button" class="btn btn--small" onClick={() => void settle(v, v.text)}>
                    {t('note.useVersion')}
                  </button>
                  <button type="button" class="btn btn--small" onClick={() => void settle(v, `${text()}\n\n${v.text}`)}>
                    {t('note.keepBoth')}
                  </button>
                  <button type="button" class="btn btn--small" onClick={() => void settle(v, text())}>
                    {t('note.keepMine')}
                  </button>
                </div>
              </div>
            )}
          </For>
        </div>
      </Show>
    </section>
  );
}
