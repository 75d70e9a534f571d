/**
 * Moves focus to the new page's h1 after a client-side navigation, so screen-reader and keyboard
 * users start at the top of the new content. Counting navigations (not the first load, not query
 * changes) lets a heading that mounts late, after its lazy page loads, still take focus.
 */
import { createRoot, createSignal } from 'solid-js';

const [navigations, setNavigations] = createRoot(() => createSignal(0));

export { navigations };

export function noteNavigation(): void {
  setNavigations((n) => n + 1);
}
