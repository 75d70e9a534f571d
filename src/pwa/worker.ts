/**
 * The only page code that talks to the service worker (workbox-window): registers it, says when
 * the app is ready offline and when a new version waits, checks for updates when the app comes
 * back to the foreground and at an interval, and activates the waiting version only when the
 * reader asks — the page then reloads on `controlling`, never on its own.
 */
import type { Workbox } from 'workbox-window';
import { createRoot, createSignal } from 'solid-js';
import { STORAGE_KEYS, readPref, writePref } from '../storage/preferences';

/** How often an open app asks the server for a new version. */
export const UPDATE_INTERVAL_MS = 30 * 60 * 1000;
/** Focus and visibility events come in bursts; one check per this many ms is plenty. */
const MIN_CHECK_GAP_MS = 30 * 1000;

const [updateWaiting, setUpdateWaiting] = createRoot(() => createSignal(false));
const [offlineReady, setOfflineReady] = createRoot(() => createSignal(false));
export { updateWaiting, offlineReady };

let wb: Workbox | undefined;
let reloadRequested = false;
let lastCheck = 0;

/** Asks the server whether sw.js changed (a waiting worker then shows the prompt). */
export function checkForUpdate(): void {
  if (!wb || !navigator.onLine || Date.now() - lastCheck < MIN_CHECK_GAP_MS) return;
  lastCheck = Date.now();
  void wb.update().catch(() => {
    /* offline or the server is away: try again next time */
  });
}

/** The reader pressed "reload": activate the waiting worker, reload once it controls the page. */
export async function applyUpdate(): Promise<void> {
  reloadRequested = true;
  const registration = await navigator.serviceWorker.getRegistration(import.meta.env.BASE_URL);
  // Another tab may have activated it already: then this page only needs the reload.
  if (registration?.waiting && wb) wb.messageSkipWaiting();
  else location.reload();
}

export function dismissUpdate(): void {
  setUpdateWaiting(false);
}

export function dismissOfflineReady(): void {
  setOfflineReady(false);
}

/** Registers the worker; workbox-window is loaded here, after the first render, not before it. */
export async function registerWorker(): Promise<void> {
  if (!import.meta.env.PROD || typeof navigator === 'undefined' || !('serviceWorker' in navigator)) return;
  const base = import.meta.env.BASE_URL;
  const { Workbox } = await import('workbox-window');
  wb = new Workbox(`${base}sw.js`, { scope: base });

  wb.addEventListener('waiting', () => setUpdateWaiting(true));
  wb.addEventListener('controlling', (event) => {
    if (reloadRequested) location.reload();
    // Another tab activated a new version: this page runs old code, so offer the reload.
    else if (event.isUpdate) setUpdateWaiting(true);
  });
  // The first install finished precaching everything: say so, once per device.
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
}
