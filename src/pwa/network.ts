/** Whether the browser believes it is online, as a signal for the header's offline indicator. */
import { createRoot, createSignal } from 'solid-js';

// Online until the page is hydrated, like the server's HTML (`watchOnline` reads the real state).
const [online, setOnline] = createRoot(() => createSignal(true));
export { online };

/** Follows the browser's online state from now on; called once the first render is on screen. */
export function watchOnline(): void {
  setOnline(navigator.onLine);
  window.addEventListener('online', () => setOnline(true));
  window.addEventListener('offline', () => setOnline(false));
}
