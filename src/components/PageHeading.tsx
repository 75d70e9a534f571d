import { createEffect, type ParentProps } from 'solid-js';
import { navigations } from '../app/focus';

/** The page's one h1; takes focus after a client-side navigation (see app/focus.ts). */
export function PageHeading(props: ParentProps<{ testId?: string; lang?: string }>) {
  let el!: HTMLHeadingElement;
  let handled = 0;
  createEffect(() => {
    const n = navigations();
    if (n > 0 && n !== handled) {
      handled = n;
      queueMicrotask(() => el.focus({ preventScroll: false }));
    }
  });
  return (
    <h1 ref={el} tabIndex={-1} data-testid={props.testId} lang={props.lang}>
      {props.children}
    </h1>
  );
}
