/**
 * A media query (`prefers-color-scheme`, `prefers-reduced-motion`) as a signal. Created by the
 * view that reads it, in that view's owner: the listener goes when the view does. Always false
 * where there is no window (the server render).
 */
import { createSignal, onCleanup, type Accessor } from 'solid-js';

export function createMediaQuery(query: string): Accessor<boolean> {
  if (typeof window === 'undefined' || !window.matchMedia) return () => false;
  const mq = window.matchMedia(query);
  const [matches, setMatches] = createSignal(mq.matches);
  const onChange = (e: MediaQueryListEvent) => setMatches(e.matches);
  mq.addEventListener('change', onChange);
  onCleanup(() => mq.removeEventListener('change', onChange));
  return matches;
}
