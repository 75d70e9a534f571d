/**
 * The install offer's state: the browser's `beforeinstallprompt` is kept and replayed when the
 * reader presses the button. It fires early, so the entry creates this before the app renders.
 * Installing also asks for persistent storage.
 */
import { createSignal, type Accessor } from 'solid-js';

/** Chromium's event; not in TypeScript's DOM lib. */
interface BeforeInstallPromptEvent extends Event {
  prompt(): Promise<void>;
  userChoice: Promise<{ outcome: 'accepted' | 'dismissed' }>;
}

export interface InstallOffer {
  /** The browser has offered to install the app and it is not installed yet. */
  canInstall: Accessor<boolean>;
  /** Shows the browser's install dialog. */
  prompt(): Promise<void>;
}

/** `onInstalled`: after the reader accepted (asks for persistent storage). */
export function createInstallOffer(target: Window, onInstalled: () => void): InstallOffer {
  const [deferred, setDeferred] = createSignal<BeforeInstallPromptEvent | null>(null);
  target.addEventListener('beforeinstallprompt', (event) => {
    event.preventDefault();
    setDeferred(event as BeforeInstallPromptEvent);
  });
  target.addEventListener('appinstalled', () => {
    setDeferred(null);
    onInstalled();
  });
  return {
    canInstall: () => deferred() !== null,
    async prompt() {
      const event = deferred();
      if (!event) return;
      setDeferred(null);
      await event.prompt();
      const choice = await event.userChoice;
      if (choice.outcome === 'accepted') onInstalled();
    },
  };
}
