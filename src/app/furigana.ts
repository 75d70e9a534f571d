/**
 * The ふりがな switch: remembered, off by default. Off, nothing of furigana loads; on, its lazy
 * chunk (furigana-load.ts) fetches the readings and annotates the page. Like the text size, the
 * signal starts off as in the server's HTML and takes the stored value once the page is hydrated
 * (`applyStoredFurigana`): annotating before would change the nodes Solid is adopting.
 */
import { createRoot, createSignal } from 'solid-js';
import { readPref, writePref, STORAGE_KEYS } from '../storage/preferences';
import { announce } from './announcer';
import { t } from '../i18n';

const [furigana, setSignal] = createRoot(() => createSignal(false));

export { furigana };

/** Whether the chunk was asked for: until then, switching off has nothing to undo. */
let loaded = false;

function show(on: boolean): void {
  if (!on && !loaded) return;
  loaded = true;
  import('./furigana-load')
    .then((m) => m.setFuriganaShown(furigana()))
    .catch(() => {
      if (!furigana()) return;
      setSignal(false);
      announce(t('furigana.unavailable'));
    });
}

/** Applies the remembered choice; called once the page is hydrated. */
export function applyStoredFurigana(): void {
  if (readPref(STORAGE_KEYS.furigana) !== 'on') return;
  setSignal(true);
  show(true);
}

export function setFurigana(on: boolean): void {
  writePref(STORAGE_KEYS.furigana, on ? 'on' : 'off');
  setSignal(on);
  show(on);
}
