/** Whether the browser believes it is online, for the header's offline indicator. */
import { createSignal, type Accessor } from 'solid-js';

export interface OnlineState {
  online: Accessor<boolean>;
  /** Follows the browser's online state from now on; called once the first render is on screen. */
  watch(): void;
}

export function createOnlineState(): OnlineState {
  // Online until the page is hydrated, like the server's HTML.
  const [online, setOnline] = createSignal(true);
  return {
    online,
    watch() {
      setOnline(navigator.onLine);
      window.addEventListener('online', () => setOnline(true));
      window.addEventListener('offline', () => setOnline(false));
    },
  };
}
