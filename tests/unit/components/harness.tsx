/**
 * What the component tests share: a view rendered inside the app's own data provider and a
 * memory router, as App.tsx wires them, in the language a test asks for.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterEach } from 'vitest';
import { cleanup, render } from '@solidjs/testing-library';
import { MemoryRouter, Route, createMemoryHistory, type RouteSectionProps } from '@solidjs/router';
import type { Component } from 'solid-js';
import { AppDataProvider } from '../../../src/app/data';
import { createBrowserServices, type BrowserServices } from '../../../src/app/services';
import type { Dataset, Kpi } from '../../../src/domain/schema';
import { parseDataset } from '../../../src/domain/validate-dataset';
import { showLang, type Lang } from '../../../src/i18n';
import { makeDataset } from '../fixtures';

// The library unmounts by itself only where vitest's globals are on, and they are off here.
afterEach(cleanup);
// A test that reads the English UI must not leave the next one reading it too.
afterEach(() => showLang('ja'));

export function inLang(l: Lang): void {
  showLang(l);
}

/**
 * The browser's services over fake-indexeddb, one database for a test file (as one device):
 * tests reach its tables through `testServices.db()`.
 */
export const testServices: BrowserServices = createBrowserServices({ dataUrl: 'data/' });

/** A page that is never hydrated: nothing reaches storage (most views need none). */
const never = new Promise<void>(() => {});

export interface AppRenderOptions {
  dataset?: Dataset;
  /**
   * When the page counts as hydrated: from then on the provider opens IndexedDB, syncs the
   * dataset (`fetched` stands in for the network's copy) and follows the bookmarks. Default: never.
   */
  hydrated?: Promise<void>;
  services?: BrowserServices;
  /** Where the memory router starts (path and query). */
  url?: string;
  /** The route pattern the view is mounted on; `/pledges` for the list page's own links. */
  path?: string;
}

/**
 * Renders `view` as a route of a memory router inside `AppDataProvider`. The provider starts from
 * `dataset` as a prerendered page does, so nothing touches IndexedDB until `hydrated` resolves.
 */
export function renderInApp(view: Component<RouteSectionProps>, options: AppRenderOptions = {}) {
  const dataset = options.dataset ?? makeDataset();
  const history = createMemoryHistory();
  history.set({ value: options.url ?? '/', scroll: false, replace: true });
  const result = render(() => (
    <AppDataProvider
      services={options.services ?? testServices}
      boot={{ dataset, fetched: { text: JSON.stringify(dataset), source: 'network' }, hydrated: options.hydrated ?? never }}
    >
      <MemoryRouter history={history}>
        <Route path={options.path ?? '*'} component={view} />
      </MemoryRouter>
    </AppDataProvider>
  ));
  return { ...result, history, dataset };
}

/**
 * The text a screen reader reads out of `el`: its text without what is hidden from assistive
 * technology (`aria-hidden`), whitespace collapsed. What is visually hidden still counts.
 */
export function spokenText(el: Node): string {
  const walk = (n: Node): string => {
    if (n.nodeType === Node.TEXT_NODE) return n.textContent ?? '';
    if (n instanceof Element && n.getAttribute('aria-hidden') === 'true') return '';
    return [...n.childNodes].map(walk).join('');
  };
  return walk(el).replace(/\s+/g, ' ').trim();
}

let real: Dataset | undefined;

/** A KPI of the real data/pledges.json, for what only the city's own figures show. */
export function realKpi(pledgeId: string, index = 0): Kpi {
  if (!real) {
    const parsed = parseDataset(readFileSync(resolve(import.meta.dirname, '../../../data/pledges.json'), 'utf8'));
    if (!parsed.ok) throw new Error(`data/pledges.json is invalid: ${parsed.message}`);
    real = parsed.dataset;
  }
  const kpi = real.pledges.find((p) => p.id === pledgeId)?.kpis[index];
  if (!kpi) throw new Error(`data/pledges.json has no KPI ${index} on pledge ${pledgeId}`);
  return kpi;
}
