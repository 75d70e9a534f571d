/** The one route table. Every page is its own lazy chunk; the URLs are part of the product. */
import { lazy } from 'solid-js';
import { lazyWithStrings } from './i18n';
import type { RouteDefinition } from '@solidjs/router';

const Overview = lazy(() => import('./pages/Overview'));
const PledgeList = lazy(() => import('./pages/PledgeList'));
const PledgeDetail = lazy(() => import('./pages/PledgeDetail'));
const Bookmarks = lazyWithStrings(() => import('./pages/Bookmarks'));
const About = lazyWithStrings(() => import('./pages/About'));
const Changes = lazyWithStrings(() => import('./pages/Changes'));
const Notes = lazyWithStrings(() => import('./pages/Notes'));
const Brief = lazyWithStrings(() => import('./pages/Brief'));
const OpenData = lazyWithStrings(() => import('./pages/OpenData'));
const NotFound = lazyWithStrings(() => import('./pages/NotFound'));

export const routes: RouteDefinition[] = [
  { path: '/', component: Overview },
  { path: '/pledges', component: PledgeList },
  { path: '/pledges/:id', component: PledgeDetail },
  { path: '/bookmarks', component: Bookmarks },
  { path: '/about', component: About },
  { path: '/changes', component: Changes },
  { path: '/notes', component: Notes },
  { path: '/brief', component: Brief },
  { path: '/data', component: OpenData },
  { path: '*404', component: NotFound },
];

/** Whether a route pattern of the table (`/pledges/:id`, `*404`) matches an app path. */
function matches(pattern: string, path: string): boolean {
  if (pattern.startsWith('*')) return true;
  const want = pattern.split('/');
  const got = path.split('/');
  return want.length === got.length && want.every((seg, i) => (seg.startsWith(':') ? got[i] !== '' : seg === got[i]));
}

/**
 * Loads the page chunk of an app path (no base, no query) ahead of rendering: the prerenderer
 * needs it resolved before its synchronous render, and the client fetches it beside the dataset
 * instead of after it.
 */
export function preloadRoute(path: string): Promise<unknown> {
  const p = path.replace(/\/+$/, '') || '/';
  const route = routes.find((r) => matches(String(r.path), p));
  return (route?.component as { preload?: () => Promise<unknown> } | undefined)?.preload?.() ?? Promise.resolve();
}
