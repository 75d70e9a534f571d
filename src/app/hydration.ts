/**
 * The first client render must produce exactly the server's HTML (hydration adopts the existing
 * nodes and does not patch attributes). Everything that depends on this reader — bookmarks,
 * language, text size, the dataset copy in IndexedDB — waits for `hydrated`, which index.tsx
 * resolves a task after `hydrate()` (or `render()`) returned: by then the lazy page chunk, which
 * hydrates a microtask later, has adopted its nodes too.
 */
let resolve: () => void = () => {};

export const hydrated = new Promise<void>((r) => {
  resolve = r;
});

export function markHydrated(): void {
  setTimeout(resolve);
}
