/** The three-step text size, remembered, applied as `data-text-size` on <html>. */
import { createRoot, createSignal } from 'solid-js';
import { readPref, writePref, STORAGE_KEYS } from '../storage/preferences';

export const TEXT_SIZES = ['normal', 'large', 'xlarge'] as const;
export type TextSize = (typeof TEXT_SIZES)[number];

const stored = readPref(STORAGE_KEYS.textSize);
const initial: TextSize = (TEXT_SIZES as readonly string[]).includes(stored ?? '') ? (stored as TextSize) : 'normal';
const [textSize, setSignal] = createRoot(() => createSignal<TextSize>(initial));

function apply(size: TextSize) {
  if (typeof document !== 'undefined') document.documentElement.dataset.textSize = size;
}
apply(initial);

export { textSize };

export function setTextSize(size: TextSize): void {
  writePref(STORAGE_KEYS.textSize, size);
  apply(size);
  setSignal(size);
}
