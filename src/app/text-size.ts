/**
 * The three-step text size, remembered, applied as `data-text-size` on <html>. The boot script
 * (public/boot.js, before first paint) sets the attribute from storage, so a stored size never
 * shifts the layout; the signal starts at `normal` like the server's HTML and takes the stored
 * value once the page is hydrated (`applyStoredTextSize`).
 */
import { createRoot, createSignal } from 'solid-js';
import { readPref, writePref, STORAGE_KEYS } from '../storage/preferences';

export const TEXT_SIZES = ['normal', 'large', 'xlarge'] as const;
export type TextSize = (typeof TEXT_SIZES)[number];

const [textSize, setSignal] = createRoot(() => createSignal<TextSize>('normal'));

function apply(size: TextSize) {
  if (typeof document !== 'undefined') document.documentElement.dataset.textSize = size;
}

export { textSize };

export function storedTextSize(): TextSize {
  const stored = readPref(STORAGE_KEYS.textSize);
  return (TEXT_SIZES as readonly string[]).includes(stored ?? '') ? (stored as TextSize) : 'normal';
}

/** Applies the remembered size; called once the first render is on screen. */
export function applyStoredTextSize(): void {
  const size = storedTextSize();
  apply(size);
  setSignal(size);
}

export function setTextSize(size: TextSize): void {
  writePref(STORAGE_KEYS.textSize, size);
  apply(size);
  setSignal(size);
}
