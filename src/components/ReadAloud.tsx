import { For, Show, createEffect, createSignal, createUniqueId, on, onCleanup, onMount } from 'solid-js';
import { useLocation } from '@solidjs/router';
import { lang, t } from '../i18n';
import { pageSections, type PageSection } from '../app/read-aloud-dom';
import { readingPlan, type PlannedUtterance, type SpeechLang } from '../domain/read-aloud-plan';
import '../styles/read-aloud.css';

const BCP47: Record<SpeechLang, string> = { ja: 'ja-JP', en: 'en-US' };
const CURRENT = 'read-aloud-current';

/** The device's best voice for a language: the exact locale first, then its default, then any. */
function voiceFor(voices: readonly SpeechSynthesisVoice[], l: SpeechLang): SpeechSynthesisVoice | undefined {
  const of = voices.filter((v) => v.lang.toLowerCase().replace('_', '-').startsWith(l));
  return of.find((v) => v.lang.toLowerCase().replace('_', '-') === BCP47[l].toLowerCase()) ?? of.find((v) => v.default) ?? of[0];
}

type State = 'idle' | 'playing' | 'paused';

function chooserKey(list: readonly PageSection[]): string {
  return list.map((s) => `${s.section.id}\u0000${s.label}`).join('\u0001');
}

/**
 * 読み上げ / Read aloud: reads the pledge page's sections in order, or one of them, with the
 * device's voices (Web Speech API). One utterance is spoken at a time so the section being read
 * is always known; it is marked on screen (ReadAloudSlot loads this only where a voice exists).
 */
export default function ReadAloud() {
  const synth = window.speechSynthesis;
  const location = useLocation();
  const selectId = createUniqueId();
  const [state, setState] = createSignal<State>('idle');
  const [scope, setScope] = createSignal('all');
  // Compared by what the chooser shows, so re-reading the page does not rebuild an open chooser.
  const [sections, setSections] = createSignal<PageSection[]>([], { equals: (a, b) => chooserKey(a) === chooserKey(b) });
  const [current, setCurrent] = createSignal<PageSection | undefined>();
  let root!: HTMLDivElement;
  let startButton: HTMLButtonElement | undefined;
  let pauseButton: HTMLButtonElement | undefined;
  let select!: HTMLSelectElement;
  /** Bumped by every start and stop: events of an earlier reading are ignored. */
  let run = 0;
  /** Held so the utterance being spoken is not garbage-collected before its `end` (a Chrome bug). */
  const held: { utterance?: SpeechSynthesisUtterance } = {};

  const pageLang = (): SpeechLang => lang();
  const article = () => root.closest('article') ?? root.ownerDocument.body;
  const refresh = () => {
    const found = pageSections(article(), pageLang());
    setSections(found);
    if (scope() !== 'all' && !found.some((s) => s.section.id === scope())) setScope('all');
    return found;
  };

  const unmark = () => {
    const el = current()?.el;
    if (el) {
      el.classList.remove(CURRENT);
      el.removeAttribute('aria-current');
      delete el.dataset.readAloudLabel;
    }
    setCurrent(undefined);
  };

  const mark = (s: PageSection | undefined) => {
    if (!s || current()?.el === s.el) return;
    unmark();
    s.el.classList.add(CURRENT);
    s.el.setAttribute('aria-current', 'true');
    s.el.dataset.readAloudLabel = t('readAloud.reading');
    setCurrent(s);
    // Into view below the controls, which stay at the top of the screen while reading.
    const still = window.matchMedia('(prefers-reduced-motion: reduce)').matches;
    const below = root.classList.contains('read-aloud--active') ? root.getBoundingClientRect().bottom : 0;
    window.scrollTo({ top: s.el.getBoundingClientRect().top + window.scrollY - below - 8, behavior: still ? 'auto' : 'smooth' });
  };

  /** Ends reading; focus that was on a control that goes returns to the start button. */
  const end = () => {
    const active = root.ownerDocument.activeElement;
    const hadFocus = active instanceof HTMLButtonElement && root.contains(active);
    run++;
    held.utterance = undefined;
    synth.cancel();
    unmark();
    setState('idle');
    if (hadFocus) startButton?.focus();
  };

  const speak = (plan: readonly PlannedUtterance[], i: number, token: number, found: readonly PageSection[]) => {
    if (token !== run) return;
    const u = plan[i];
    if (!u) {
      end();
      return;
    }
    mark(found.find((s) => s.section.id === u.sectionId));
    const utterance = new SpeechSynthesisUtterance(u.text);
    utterance.lang = BCP47[u.lang];
    const voice = voiceFor(synth.getVoices(), u.lang);
    if (voice) utterance.voice = voice;
    utterance.onend = () => speak(plan, i + 1, token, found);
    utterance.onerror = (e) => {
      // Cancelled by stop or a new start: that reading is over. Any other error skips the piece.
      if (e.error !== 'interrupted' && e.error !== 'canceled') speak(plan, i + 1, token, found);
    };
    held.utterance = utterance;
    synth.speak(utterance);
  };

  const start = () => {
    const found = refresh();
    const voices = synth.getVoices();
    const langs = (['ja', 'en'] as const).filter((l) => voiceFor(voices, l));
    const chosen = scope();
    const plan = readingPlan(
      found.map((s) => s.section),
      chosen === 'all' ? { kind: 'all' } : { kind: 'one', id: chosen },
      { langs },
    );
    run++;
    synth.cancel();
    // Chrome stays paused across cancel(): a new reading chosen while paused would never start.
    if (synth.paused) synth.resume();
    unmark();
    if (plan.length === 0) {
      setState('idle');
      return;
    }
    const fromStart = startButton !== undefined && root.ownerDocument.activeElement === startButton;
    setState('playing');
    if (fromStart) pauseButton?.focus();
    speak(plan, 0, run, found);
  };

  const togglePause = () => {
    if (state() === 'playing') {
      synth.pause();
      setState('paused');
    } else if (state() === 'paused') {
      synth.resume();
      setState('playing');
    }
  };

  const choose = (value: string) => {
    setScope(value);
    if (state() !== 'idle') start();
  };

  // The options may be rebuilt under the chosen value: keep it chosen.
  createEffect(() => {
    sections();
    select.value = scope();
  });
  onMount(() => {
    refresh();
    const leave = () => end();
    window.addEventListener('pagehide', leave);
    onCleanup(() => window.removeEventListener('pagehide', leave));
  });
  // Another pledge (the page stays mounted between pledges) or another page: stop reading.
  createEffect(on(() => location.pathname, () => {
    end();
    queueMicrotask(refresh);
  }, { defer: true }));
  onCleanup(() => {
    run++;
    held.utterance = undefined;
    synth.cancel();
    unmark();
  });

  const label = () => {
    const s = current();
    if (!s) return '';
    return t(state() === 'paused' ? 'readAloud.paused' : 'readAloud.now', { heading: s.label });
  };

  // `data-later`: like the note field, it comes once the page is up (it needs the device's voices).
  return (
    <div ref={root} class="read-aloud" classList={{ 'read-aloud--active': state() !== 'idle' }} role="group" aria-label={t('readAloud.group')} data-state={state()} data-testid="read-aloud" data-later>
      <Show
        when={state() !== 'idle'}
        fallback={
          <button ref={startButton} type="button" class="btn" onClick={start}>
            <svg class="icon" viewBox="0 0 24 24" aria-hidden="true">
              <path d="M4 9v6h4l5 4V5L8 9H4zm12.5 3a4.5 4.5 0 0 0-2.5-4v8a4.5 4.5 0 0 0 2.5-4z" fill="currentColor" />
            </svg>
            <span>{t('readAloud.start')}</span>
          </button>
        }
      >
        <button ref={pauseButton} type="button" class="btn" onClick={togglePause}>
          {t(state() === 'paused' ? 'readAloud.resume' : 'readAloud.pause')}
        </button>
        <button type="button" class="btn" onClick={end}>
          {t('readAloud.stop')}
        </button>
      </Show>
      <span class="read-aloud__scope">
        <label for={selectId}>{t('readAloud.scope')}</label>
        <select ref={select} id={selectId} value={scope()} onFocus={refresh} onChange={(e) => choose(e.currentTarget.value)}>
          <option value="all">{t('readAloud.all')}</option>
          <For each={sections()}>
            {(s) => (
              <option value={s.section.id} lang={s.labelLang}>
                {s.label}
              </option>
            )}
          </For>
        </select>
      </span>
      <Show when={current()}>
        <span class="read-aloud__now" lang={lang()}>
          {label()}
        </span>
      </Show>
    </div>
  );
}
