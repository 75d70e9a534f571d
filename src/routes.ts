/** The one route table. Every page is its own lazy chunk; the URLs are part of the product. */
import { lazy } from 'solid-js';
import type { RouteDefinition } from '@solidjs/router';

export const routes: RouteDefinition[] = [
  { path: '/', component: lazy(() => import('./pages/Overview')) },
  { path: '/pledges', component: lazy(() => import('./pages/PledgeList')) },
  { path: '/pledges/:id', component: lazy(() => import('./pages/PledgeDetail')) },
  { path: '/bookmarks', component: lazy(() => import('./pages/Bookmarks')) },
  { path: '/about', component: lazy(() => import('./pages/About')) },
  { path: '*404', component: lazy(() => import('./pages/NotFound')) },
];
