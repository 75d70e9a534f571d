import { For, Show, createEffect, createMemo, createSignal, on, onCleanup, onMount, type JSX } from 'solid-js';

/**
 * An ordered list that renders its first `pageSize` items and adds more as the reader nears its
 * end. Measured by `npm run bench`: the list page rendering all of 10,000 pledges at once took
 * over 11 s with the CPU slowed 4×, and scrolling it dropped most frames. The real dataset (29
 * pledges) is below one page, so for it this is a plain `<ol>`.
 *
 * Why incremental rather than virtual (recycled rows in a fixed-height viewport): rows stay real
 * `<li>` elements in one `<ol>`, in document order, never removed while shown, so screen readers
 * count and browse them, Tab walks them, and the page scrolls normally. Rows keep their natural
 * height (titles wrap, match excerpts vary), which a virtual list would have to measure.
 * Caveat: the browser's find-in-page sees only the rows rendered so far; the app's own search
 * box covers every pledge, and keyboard or scroll reaching the end renders the next page.
 */
export function IncrementalList<T>(props: {
  each: readonly T[];
  class?: string;
  pageSize?: number;
  children: (item: T, index: () => number) => JSX.Element;
}) {
  const pageSize = () => props.pageSize ?? 100;
  const [limit, setLimit] = createSignal(pageSize());
  // A new result set starts again from its first page (typing must not render 10,000 rows).
  createEffect(on(() => props.each, () => setLimit(pageSize()), { defer: true }));
  const shown = createMemo(() => (props.each.length > limit() ? props.each.slice(0, limit()) : props.each));
  const more = () => props.each.length > limit();

  let sentinel: HTMLDivElement | undefined;
  onMount(() => {
    if (typeof IntersectionObserver === 'undefined') {
      // No observer (very old browsers): show everything rather than hide rows.
      setLimit(Number.POSITIVE_INFINITY);
      return;
    }
    const observer = new IntersectionObserver(
      (entries) => {
        if (!entries.some((e) => e.isIntersecting)) return;
        setLimit((n) => n + pageSize());
        // The marker may still be in view after the new rows (short rows, tall screen): observing
        // it afresh reports its state again, so the list keeps growing until it fills the view.
        requestAnimationFrame(() => {
          if (!sentinel) return;
          observer.unobserve(sentinel);
          observer.observe(sentinel);
        });
      },
      // Start rendering well before the reader reaches the end, so scrolling never hits a gap.
      { rootMargin: '0px 0px 1500px 0px' },
    );
    createEffect(() => {
      observer.disconnect();
      if (more() && sentinel) observer.observe(sentinel);
    });
    onCleanup(() => observer.disconnect());
  });

  return (
    <>
      <ol class={props.class}>
        <For each={shown()}>{props.children}</For>
      </ol>
      <Show when={more()}>
        <div ref={sentinel} class="incremental-list__more" style={{ height: '1px' }} aria-hidden="true" />
      </Show>
    </>
  );
}
