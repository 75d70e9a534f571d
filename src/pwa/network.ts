/** Whether the browser believes it is online, as a signal for the header's offline indicator. */
import { createRoot, createSignal } from 'solid-js';

const initial = typeof navigator === 'undefined' ? true : navigator.onLine;
const [online, setOnline] = createRoot(() => createSignal(initial));
export { online };

if (typeof window !== 'undefined') {
  window.addEventListener('online', () => setOnline(true));
  window.addEventListener('offline', () => setOnline(false));
}
