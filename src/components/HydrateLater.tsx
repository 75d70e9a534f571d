import { lazy, sharedConfig, type JSX, type ParentProps } from 'solid-js';
import { isServer } from 'solid-js/web';
import { yieldToMain } from '../util/yield-to-main';

/**
 * Hydrates its content in a task of its own, after the rest of the page: hydrating a whole
 * prerendered page in one go was its longest task (Total Blocking Time). Until then the
 * prerendered HTML stays as it is: readable, and its links work. Anywhere else (the server, a
 * page rendered afresh on the client) the content renders at once.
 * With scheduler.yield the content hydrates before `hydrated` (app/hydration.ts) resolves; with
 * the setTimeout fallback it may hydrate just after, so nothing that runs on `hydrated` may
 * change what it renders synchronously (the language never does: the URL fixes it).
 * Do not nest them: each level waits one more task.
 */
export function HydrateLater(props: ParentProps): JSX.Element {
  // `props.children` is a getter that creates (or, hydrating, adopts) the content: read once.
  // eslint-disable-next-line solid/reactivity -- read once on purpose (above)
  if (isServer || !sharedConfig.context) return props.children;
  // Solid's lazy() is what hydrates a route's page when its chunk arrives; here it waits a task.
  const Later = lazy(() => yieldToMain().then(() => ({ default: (_: object) => props.children })));
  // Called, not rendered as <Later />: a component of its own would take a hydration key that
  // the server's render did not.
  return Later({});
}
