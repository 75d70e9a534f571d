/**
 * The install button's state: the browser's `beforeinstallprompt` is kept (it fires early, so
 * this module is imported before the app renders) and replayed when the reader presses the
 * button. Installing also asks for persistent storage.
 */
import { createRoot, createSignal } from 'solid-js';
import { requestPersistence } from '../storage/persist';

/** Chromium's event; not in TypeScript's DOM lib. */
interface BeforeInstallPromptEvent extends Event {
  prompt(): Promise<void>;
  userChoice: Promise<{ outcome: 'accepted' | 'dismissed' }>;
}

const [deferred, setDeferred] = createRoot(() => createSignal<BeforeInstallPromptEvent | null>(null));

export const canInstall = (): boolean => deferred() !== null;

export async function promptInstall(): Promise<void> {
  const event = deferred();
  if (!event) return;
  setDeferred(null);
  await event.prompt();
  const choice = await event.userChoice;
  if (choice.outcome === 'accepted') void requestPersistence(true);
}

if (typeof window !== 'undefined') {
  window.addEventListener('beforeinstallprompt', (event) => {
    event.preventDefault();
    setDeferred(event as BeforeInstallPromptEvent);
  });
  window.addEventListener('appinstalled', () => {
    setDeferred(null);
    void requestPersistence(true);
  });
}
