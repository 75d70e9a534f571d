/** Short confirmations (link copied, bookmark saved) for the layout's visible live region. */
import { createRoot, createSignal } from 'solid-js';

const [message, setMessage] = createRoot(() => createSignal(''));
let timer: ReturnType<typeof setTimeout> | undefined;

export { message };

export function announce(text: string): void {
  clearTimeout(timer);
  // Clearing first makes a repeated identical message announced again.
  setMessage('');
  queueMicrotask(() => setMessage(text));
  timer = setTimeout(() => setMessage(''), 8000);
}
