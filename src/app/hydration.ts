/**
 * The first client render must produce exactly the server's HTML (hydration adopts the existing
 * nodes and does not patch attributes). Everything that depends on this reader — bookmarks,
 * language offer, text size, the dataset copy in IndexedDB — waits for `hydrated`, which the
 * entry marks a task after `hydrate()` (or `render()`) returned: by then the lazy page chunk,
 * which hydrates a microtask later, has adopted its nodes too.
 */
export interface Hydration {
  hydrated: Promise<void>;
  markHydrated: () => void;
}

export function createHydration(): Hydration {
  let resolve: () => void = () => {};
  const hydrated = new Promise<void>((r) => {
    resolve = r;
  });
  return { hydrated, markHydrated: () => setTimeout(resolve) };
}
