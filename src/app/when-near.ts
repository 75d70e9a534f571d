/**
 * Calls `near` once `el` comes within `rootMargin` of the viewport (an IntersectionObserver
 * margin, e.g. `0px 0px 100px 0px` for 100 px below it); at once where IntersectionObserver is
 * missing. Returns a function that stops watching.
 */
export function whenNear(el: Element, rootMargin: string, near: () => void): () => void {
  if (typeof IntersectionObserver === 'undefined') {
    near();
    return () => {};
  }
  const io = new IntersectionObserver(
    (entries) => {
      if (!entries.some((e) => e.isIntersecting)) return;
      io.disconnect();
      near();
    },
    { rootMargin },
  );
  io.observe(el);
  return () => io.disconnect();
}
