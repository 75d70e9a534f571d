/**
 * The data every page reads: the dataset (fetched, validated, stored, read back), the list's
 * catalog of it, the live bookmark list, the dataset update history and the storage status.
 * Pages get them through `useAppData()`; the provider is given its I/O (`AppServices`), so the
 * tests and the benchmark run the real pages on their own services.
 *
 * A prerendered page starts from `boot.dataset`, the very file the server rendered with (so the
 * first client render matches the HTML), and a returning visit from the copy it validated last;
 * the IndexedDB sync and the bookmarks follow once the page is on screen (`boot.hydrated`).
 * Without it (a first visit to a page not prerendered, a changed dataset) the loader runs at once.
 */
import { createContext, createEffect, createMemo, createResource, createSignal, from, on, onCleanup, useContext, type Accessor, type ParentProps, type Resource } from 'solid-js';
import { isServer } from 'solid-js/web';
import type { LoadedDataset } from '../storage/dataset-status';
import type { FetchedText } from '../storage/dataset-fetch';
import type { EditionsResult } from '../storage/dataset-store';
import type { StorageStatus } from '../storage/persist';
import type { BookmarkRow, BookmarkStore } from '../storage/bookmarks';
import type { NoteRow, NoteStore } from '../storage/notes';
import type { ChangeFlag, FlagStore } from '../storage/flags';
import type { BackupStore } from '../storage/backup-store';
import { isBlankNote } from '../domain/note-row';
import type { Dataset } from '../domain/schema';
import type { PledgeCatalog } from '../domain/filter';
import { yieldToMain } from '../util/yield-to-main';
import type { AppServices } from './services';
import { latestLoaded } from './loaded';

/** What index.tsx (or the prerenderer) already has when the app starts. */
export interface Boot {
  /** The dataset file as fetched, handed to the loader instead of fetching it twice. */
  fetched?: FetchedText;
  /**
   * The dataset of the first render, the loader following once it is on screen: when hydrating,
   * the file the HTML was rendered from; on the worker's shell, the file validated on an earlier
   * visit (storage/validated-copy.ts).
   */
  dataset?: Dataset;
  /** The editions the HTML was rendered from, where the page shows more than the current one (`/changes`). */
  editions?: Dataset[];
  /**
   * Resolves once the first render is on screen (and, hydrating, adopted): everything that
   * depends on this reader waits for it, so the first client render matches the server's HTML.
   * Absent: at once.
   */
  hydrated?: Promise<void>;
}

export interface AppData {
  loaded: Resource<LoadedDataset>;
  /** The dataset once loaded; pages render inside the layout's ready state, so it is set there. */
  dataset: Accessor<Dataset>;
  /**
   * The dataset's pledges with their search index, for the list's filter and search: made once per
   * dataset by `create` (domain/filter.ts `createCatalog`; the pages that search pass it, so the
   * search code stays in their chunks).
   */
  catalog: (create: (pledges: Dataset['pledges']) => PledgeCatalog) => PledgeCatalog;
  bookmarks: Accessor<BookmarkRow[]>;
  isBookmarked: (id: string) => boolean;
  /** Returns whether the pledge is bookmarked afterwards. */
  toggleBookmark: (id: string) => Promise<boolean>;
  /** The store itself, for export and import. */
  bookmarkStore: () => Promise<BookmarkStore>;
  /** The member's notes that hold something, most recently edited first, live across tabs. */
  notes: Accessor<NoteRow[]>;
  hasNote: (id: string) => boolean;
  noteStore: () => Promise<NoteStore>;
  /** What dataset updates changed in watched pledges, newest first, live across tabs. */
  flags: Accessor<ChangeFlag[]>;
  flagFor: (id: string) => ChangeFlag | undefined;
  flagStore: () => Promise<FlagStore>;
  backupStore: () => Promise<BackupStore>;
  /** This tab's id for note writes: its later writes update its own other version, not add more. */
  writerId: string;
  /**
   * Every edition of the report series this device holds, oldest first (the current one last),
   * read once the page is on screen; older editions the server lists are fetched then.
   */
  editions: Accessor<EditionsResult | undefined>;
  storageStatus: () => Promise<StorageStatus>;
  requestPersistence: () => Promise<boolean | null>;
}

const Ctx = createContext<AppData>();

export function AppDataProvider(props: ParentProps<{ services: AppServices; boot?: Boot }>) {
  // Read once: the services and the boot state are the provider's starting point, never replaced.
  // eslint-disable-next-line solid/reactivity
  const { services, boot } = props;
  const initial = boot?.dataset;
  const hydrated = boot?.hydrated ?? Promise.resolve();
  /** After hydration, storage one step per task; the dataset sync and the bookmarks wait for it. */
  let storage: Promise<void> | undefined;
  const storageReady = () => (storage ??= hydrated.then(yieldToMain).then(() => services.warmStorage()));

  // Hydrating: wait until the page is hydrated; the server never loads anything.
  const [start, setStart] = createSignal(!initial && !isServer);
  if (initial && !isServer) void hydrated.then(() => setStart(true));
  const [loaded] = createResource(
    start,
    async () => {
      if (initial) await storageReady();
      const l = await services.loadDataset(boot?.fetched);
      // The same report as on screen: keep its objects, so the hydrated DOM is not rebuilt.
      return initial && l.dataset.version === initial.version ? { ...l, dataset: initial } : l;
    },
    initial ? { initialValue: { dataset: initial, storage: 'pending', notices: [] } } : {},
  );
  // After the load, which has just stored the current edition.
  // A signal, not a resource: pages read it while it loads, and reading a pending resource would
  // put the whole page back into its Suspense fallback. The last result stays while a newer loads.
  const [editions, setEditions] = createSignal<EditionsResult | undefined>(boot?.editions ? { editions: boot.editions, missing: [] } : undefined);
  createEffect(
    on(
      () => (loaded.state === 'ready' && start() ? loaded().dataset : undefined),
      (current) => {
        if (!current) return;
        let stale = false;
        onCleanup(() => (stale = true));
        services.loadEditions(current).then(
          (result) => {
            if (!stale) setEditions(result);
          },
          (error: unknown) => console.error('[dataset] could not read the editions', error),
        );
      },
    ),
  );

  const rows = from<BookmarkRow[]>((set) => {
    let stop: (() => void) | undefined;
    let cancelled = false;
    if (!isServer)
      void storageReady()
        .then(() => services.bookmarks())
        .then((store) => {
          if (!cancelled) stop = store.observe((r) => set(() => r));
        });
    return () => {
      cancelled = true;
      stop?.();
    };
  });
  const bookmarks = () => rows() ?? [];
  /** A store's live list, once storage is open after hydration; empty on the server. */
  const live = <T,>(subscribe: (set: (v: T[]) => void) => Promise<() => void>) =>
    from<T[]>((set) => {
      let stop: (() => void) | undefined;
      let cancelled = false;
      if (!isServer)
        void storageReady()
          .then(() => subscribe((v) => set(() => v)))
          .then((s) => {
            if (cancelled) s();
            else stop = s;
          });
      return () => {
        cancelled = true;
        stop?.();
      };
    });
  const noteRows = live<NoteRow>(async (set) => (await services.notes()).observeAll((r) => set(r.filter((n) => !isBlankNote(n)))));
  const notes = () => noteRows() ?? [];
  const flagRows = live<ChangeFlag>(async (set) => (await services.flags()).observe(set));
  const flags = () => flagRows() ?? [];
  // Pages depend on the dataset object only, not on the resource's state: without this memo,
  // starting the IndexedDB sync (state ready → refreshing) and its result (a new LoadedDataset
  // around the same dataset) re-ran every page computation and rebuilt the hydrated lists.
  const current = createMemo(() => latestLoaded(loaded)?.dataset);
  const dataset = () => {
    const d = current();
    if (!d) throw new Error('dataset read before it was loaded');
    return d;
  };
  let made: { pledges: Dataset['pledges']; catalog: PledgeCatalog } | undefined;
  const catalog = (create: (pledges: Dataset['pledges']) => PledgeCatalog) => {
    const pledges = dataset().pledges;
    if (made?.pledges !== pledges) made = { pledges, catalog: create(pledges) };
    return made.catalog;
  };

  const value: AppData = {
    loaded,
    dataset,
    catalog,
    bookmarks,
    isBookmarked: (id) => bookmarks().some((b) => b.pledgeId === id),
    async toggleBookmark(id) {
      const store = await services.bookmarks();
      if (bookmarks().some((b) => b.pledgeId === id)) {
        await store.remove(id);
        return false;
      }
      await store.add(id);
      // The first bookmark is worth keeping: ask the browser not to evict this site's storage.
      void services.requestPersistence();
      return true;
    },
    bookmarkStore: () => services.bookmarks(),
    notes,
    hasNote: (id) => notes().some((n) => n.pledgeId === id),
    noteStore: () => services.notes(),
    flags,
    flagFor: (id) => flags().find((f) => f.pledgeId === id),
    flagStore: () => services.flags(),
    backupStore: () => services.backup(),
    writerId: `tab-${globalThis.crypto?.randomUUID?.() ?? `${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}`}`,
    editions,
    storageStatus: () => services.storageStatus(),
    requestPersistence: () => services.requestPersistence(true),
  };
  return <Ctx.Provider value={value}>{props.children}</Ctx.Provider>;
}

export function useAppData(): AppData {
  const ctx = useContext(Ctx);
  if (!ctx) throw new Error('useAppData outside AppDataProvider');
  return ctx;
}
