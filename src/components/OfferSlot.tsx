import { Show, createSignal, onMount, type Component } from 'solid-js';

/**
 * The offer bar's live region, in the page from the first render so that what appears in it later
 * is announced; its content (OfferBar.tsx) is loaded once the page is mounted, since every offer
 * waits for something that comes after that (the worker, the install prompt, the language check).
 * It stays out of the first load that way, and the worker has it precached for offline use.
 */
export function OfferSlot() {
  const [Bar, setBar] = createSignal<Component>();
  onMount(() => {
    import('./OfferBar').then(
      (m) => setBar(() => m.OfferBar),
      // Only when the chunk cannot be had (offline before the worker cached it): no offer can be
      // acted on then either, and the next load tries again.
      () => undefined,
    );
  });
  return (
    <div class="pwa-bar" role="status">
      <Show when={Bar()}>{(B) => B()({})}</Show>
    </div>
  );
}
