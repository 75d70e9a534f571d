/**
 * The only page code that talks to the service worker (workbox-window): registers it, says when
 * the app is ready offline and when a new version waits, checks for updates when the app comes
 * back to the foreground and at an interval, and activates the waiting version only when the
 * reader asks — the page then reloads on `controlling`, never on its own.
 */
import type { Workbox } from 'workbox-window';
import { createSignal, type Accessor } from 'solid-js';
import { STORAGE_KEYS, readPref, writePref } from '../storage/preferences';

/** How often an open app asks the server for a new version. */
export const UPDATE_INTERVAL_MS = 30 * 60 * 1000;
/** Focus and visibility events come in bursts; one check per this many ms is plenty. */
const MIN_CHECK_GAP_MS = 30 * 1000;

export interface WorkerBridge {
  /** A new version is installed and waits for the reader's reload. */
  updateWaiting: Accessor<boolean>;
  /** The first install finished precaching: the app works offline now (said once per device). */
  offlineReady: Accessor<boolean>;
  /** Registers the worker; workbox-window is loaded here, after the first render. */
  register(): Promise<void>;
  /** Asks the server whether sw.js changed (a waiting worker then shows the prompt). */
  checkForUpdate(): void;
  /** The reader pressed "reload": activate the waiting worker, reload once it controls the page. */
  applyUpdate(): Promise<void>;
  dismissUpdate(): void;
  dismissOfflineReady(): void;
}

export interface WorkerOptions {
  /** Vite's base: the worker is `<base>sw.js`, its scope the base. */
  base: string;
  /** Production builds only: the dev server has no worker. */
  enabled: boolean;
}

export function createWorkerBridge(options: WorkerOptions): WorkerBridge {
  const [updateWaiting, setUpdateWaiting] = createSignal(false);
  const [offlineReady, setOfflineReady] = createSignal(false);
  let wb: Workbox | undefined;
  let reloadRequested = false;
  let lastCheck = 0;

  const checkForUpdate = () => {
    if (!wb || !navigator.onLine || Date.now() - lastCheck < MIN_CHECK_GAP_MS) return;
    lastCheck = Date.now();
    void wb.update().catch(() => {
      /* offline or the server is away: try again next time */
    });
  };

  return {
    updateWaiting,
    offlineReady,
    checkForUpdate,
    async register() {
      if (!options.enabled || typeof navigator === 'undefined' || !('serviceWorker' in navigator)) return;
      const { Workbox } = await import('workbox-window');
      wb = new Workbox(`${options.base}sw.js`, { scope: options.base });

      wb.addEventListener('waiting', () => setUpdateWaiting(true));
      wb.addEventListener('controlling', (event) => {
        if (reloadRequested) location.reload();
        // Another tab activated a new version: this page runs old code, so offer the reload.
        else if (event.isUpdate) setUpdateWaiting(true);
      });
      wb.addEventListener('installed', (event) => {
        if (event.isUpdate || readPref(STORAGE_KEYS.offlineReadyShown)) return;
        writePref(STORAGE_KEYS.offlineReadyShown, '1');
        setOfflineReady(true);
      });

      wb.register().catch((error: unknown) => console.error('[pwa] service worker registration failed', error));

      document.addEventListener('visibilitychange', () => {
        if (document.visibilityState === 'visible') checkForUpdate();
      });
      window.addEventListener('focus', checkForUpdate);
      window.addEventListener('online', checkForUpdate);
      setInterval(checkForUpdate, UPDATE_INTERVAL_MS);
    },
    async applyUpdate() {
      reloadRequested = true;
      const registration = await navigator.serviceWorker.getRegistration(options.base);
      // Another tab may have activated it already: then this page only needs the reload.
      if (registration?.waiting && wb) wb.messageSkipWaiting();
      else location.reload();
    },
    dismissUpdate: () => setUpdateWaiting(false),
    dismissOfflineReady: () => setOfflineReady(false),
  };
}
