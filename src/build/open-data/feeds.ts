/**
 * The Atom feeds, in Japanese (`feed.xml`) and English (`en/feed.xml`), and one per basic policy
 * (`pledges/policy/<n>/feed.xml`, `en/pledges/policy/<n>/feed.xml`). Each holds one entry per
 * pledge of the latest edition and one per published report, with what changed since the report
 * before it (`diffDatasets`). Editions are the datasets of the published reports, oldest first.
 *
 * Entry ids are `tag:` URIs made of the site, the language and the pledge id or report date, so
 * a reader sees the same entry across builds; `updated` is the date of the report that last
 * changed the pledge, so a report that leaves a pledge alone does not bring it up again.
 */
import type { Dataset, Pledge } from '../../domain/schema.ts';
import { diffDatasets } from '../../domain/dataset-changes.ts';
import { changeCount, type ChangeList } from '../../domain/change-list.ts';
import type { Lang } from '../../domain/format.ts';
import { formatAsOf, formatFiscalYear } from '../../domain/dates.ts';
import { policyName, statusName } from '../../domain/dataset-names.ts';
import { LANGS } from '../../domain/lang-path.ts';
import { feedPath } from '../../domain/feed-path.ts';
import { atomFeed, type AtomEntry, type AtomLink, type XhtmlNode } from './atom.ts';
import { translator, type Translate } from './messages.ts';
import { fileUrl, pageUrl, tagId, type Site } from './site.ts';

export interface FeedFile {
  /** Path in the build, e.g. `en/pledges/policy/2/feed.xml`. */
  path: string;
  xml: string;
}

const ATOM_TYPE = 'application/atom+xml';

export { feedPath };

/** `2024-11` → `2024-11-01T00:00:00+09:00`: a report's date, in the city's time zone. */
export function asOfTime(asOf: string): string {
  const [y, m, d = '01'] = asOf.split('-');
  return `${y}-${m}-${d}T00:00:00+09:00`;
}

/** The edition list must be a history: at least one, each report dated after the one before. */
function checkEditions(editions: readonly Dataset[]): void {
  if (editions.length === 0) throw new Error('feeds: no edition of the dataset given');
  editions.forEach((e, i) => {
    const prev = editions[i - 1];
    if (prev && asOfTime(e.asOf) <= asOfTime(prev.asOf))
      throw new Error(`feeds: edition ${i + 1} (as of ${e.asOf}) is not later than edition ${i} (as of ${prev.asOf}); editions go oldest first, one per report`);
  });
}

/** What the card says, apart from where it sits in the source file. */
const content = (p: Pledge) => JSON.stringify({ ...p, source: p.source.text });

/** For each pledge id: the report it first appeared in and the last one that changed it. */
function pledgeDates(editions: readonly Dataset[]): Map<string, { published: string; updated: string }> {
  const dates = new Map<string, { published: string; updated: string }>();
  editions.forEach((edition, i) => {
    const before = new Map((editions[i - 1]?.pledges ?? []).map((p) => [p.id, content(p)]));
    for (const p of edition.pledges) {
      const known = dates.get(p.id);
      if (!known) dates.set(p.id, { published: edition.asOf, updated: edition.asOf });
      else if (before.get(p.id) !== content(p)) known.updated = edition.asOf;
    }
  });
  return dates;
}

interface Context {
  site: Site;
  lang: Lang;
  t: Translate;
  editions: readonly Dataset[];
  latest: Dataset;
}

const status = (c: Context, ds: Dataset, id: Pledge['status']) => statusName(ds, id, c.lang, c.t('status.unreported'));

function pledgeEntry(c: Context, p: Pledge, dates: { published: string; updated: string }): AtomEntry {
  const list = pageUrl(c.site, c.lang, '/pledges');
  return {
    id: tagId(c.site, `${c.lang}/pledges/${p.id}`),
    title: c.t('pledge.socialTitle', { id: p.id, title: p.title[c.lang], status: status(c, c.latest, p.status) }),
    updated: asOfTime(dates.updated),
    published: asOfTime(dates.published),
    links: [{ rel: 'alternate', type: 'text/html', hreflang: c.lang, href: pageUrl(c.site, c.lang, `/pledges/${p.id}`) }],
    categories: [
      { term: p.status, label: status(c, c.latest, p.status), scheme: `${list}?status=` },
      { term: String(p.policy), label: c.t('pledge.policy', { id: p.policy, name: policyName(c.latest, p.policy, c.lang) }), scheme: `${list}?policy=` },
    ],
    // The pledge texts are Japanese in both feeds.
    summary: { text: p.summary, lang: c.lang === 'ja' ? undefined : 'ja' },
  };
}

/** The change list of a report, restricted to the pledges a feed covers. */
function restrict(changes: ChangeList, keep: (id: string) => boolean): ChangeList {
  return {
    statusChanges: changes.statusChanges.filter((x) => keep(x.id)),
    newActuals: changes.newActuals.filter((x) => keep(x.id)),
    added: changes.added.filter((x) => keep(x.id)),
    removed: changes.removed.filter((x) => keep(x.id)),
  };
}

function changeContent(c: Context, changes: ChangeList, before: Dataset, after: Dataset): XhtmlNode[] {
  const title = (ds: Dataset, id: string) => ds.pledges.find((p) => p.id === id)?.title[c.lang] ?? id;
  const page = (id: string) => pageUrl(c.site, c.lang, `/pledges/${id}`);
  const group = <T extends { id: string }>(heading: string, items: readonly T[], line: (item: T) => string, linked = true): XhtmlNode[] =>
    items.length === 0
      ? []
      : [
          { tag: 'h2', children: [heading] },
          { tag: 'ul', children: items.map((item) => ({ tag: 'li', children: [linked ? { tag: 'a', href: page(item.id), children: [line(item)] } : line(item)] })) },
        ];
  if (changeCount(changes) === 0) return [{ tag: 'p', children: [c.t('updates.noChanges')] }];
  return [
    ...group(c.t('updates.statusChanges'), changes.statusChanges, (s) =>
      c.t('updates.statusChange', { id: s.id, title: title(after, s.id), from: status(c, before, s.from), to: status(c, after, s.to) }),
    ),
    ...group(c.t('updates.newActuals'), changes.newActuals, (a) =>
      c.t('updates.newActual', { id: a.id, kpi: a.kpi, year: formatFiscalYear(a.fiscalYear, c.lang), actual: a.actual }),
    ),
    ...group(c.t('updates.added'), changes.added, (p) => c.t('updates.pledge', { id: p.id, title: title(after, p.id) })),
    // A removed pledge has no page any more.
    ...group(c.t('updates.removed'), changes.removed, (p) => c.t('updates.pledge', { id: p.id, title: title(before, p.id) }), false),
  ];
}

function reportEntries(c: Context, policy: number | undefined): AtomEntry[] {
  const inFeed = (ds: Dataset) => (id: string) => policy === undefined || ds.pledges.find((p) => p.id === id)?.policy === policy;
  return c.editions
    .map((edition, i): AtomEntry => {
      const before = c.editions[i - 1];
      const at = asOfTime(edition.asOf);
      const base: Omit<AtomEntry, 'summary' | 'content'> = {
        id: tagId(c.site, `${c.lang}/reports/${edition.asOf}${policy === undefined ? '' : `/policy/${policy}`}`),
        title: c.t('feed.reportTitle', { report: edition.report[c.lang], asOf: formatAsOf(edition.asOf, c.lang) }),
        updated: at,
        published: at,
        links: [{ rel: 'alternate', type: 'text/html', hreflang: c.lang, href: pageUrl(c.site, c.lang, '/') }],
      };
      if (!before) {
        const count = edition.pledges.filter((p) => inFeed(edition)(p.id)).length;
        return { ...base, summary: { text: c.t('feed.reportFirst', { count }) } };
      }
      // A pledge belongs to the feed if it is in the policy now, or was before (removed).
      const changes = restrict(diffDatasets(before, edition), (id) => inFeed(edition)(id) || inFeed(before)(id));
      return {
        ...base,
        summary: { text: c.t('feed.reportChanges', { count: changeCount(changes), from: formatAsOf(before.asOf, c.lang) }) },
        content: changeContent(c, changes, before, edition),
      };
    })
    .reverse();
}

function feed(c: Context, policy: number | undefined, dates: ReturnType<typeof pledgeDates>): FeedFile {
  const { latest, lang, t, site } = c;
  const other = LANGS.find((l) => l !== lang)!;
  const pledges = latest.pledges.filter((p) => policy === undefined || p.policy === policy);
  const asOf = formatAsOf(latest.asOf, lang);
  const siteName = t('site.name');
  const path = feedPath(lang, policy);
  const home = policy === undefined ? pageUrl(site, lang, '/') : `${pageUrl(site, lang, '/pledges')}?policy=${policy}`;
  const links: AtomLink[] = [
    { rel: 'self', type: ATOM_TYPE, href: fileUrl(site, path) },
    { rel: 'alternate', type: 'text/html', hreflang: lang, href: home },
    { rel: 'alternate', type: ATOM_TYPE, hreflang: other, href: fileUrl(site, feedPath(other, policy)) },
  ];
  const xml = atomFeed({
    id: tagId(site, `${lang}/feed${policy === undefined ? '' : `/policy/${policy}`}`),
    lang,
    title: policy === undefined ? siteName : t('feed.policyTitle', { site: siteName, policy: t('pledge.policy', { id: policy, name: policyName(latest, policy, lang) }) }),
    subtitle:
      policy === undefined
        ? t('feed.subtitle', { count: pledges.length, asOf })
        : t('feed.policySubtitle', { id: policy, name: policyName(latest, policy, lang), count: pledges.length, asOf }),
    updated: asOfTime(latest.asOf),
    links,
    author: { name: siteName, uri: pageUrl(site, lang, '/') },
    rights: latest.source.license[lang],
    icon: fileUrl(site, 'icons/icon-192.png'),
    entries: [...reportEntries(c, policy), ...pledges.map((p) => pledgeEntry(c, p, dates.get(p.id)!))],
  });
  return { path, xml };
}

/** Every feed of the site, from the datasets of the published reports (oldest first). */
export function feedFiles(editions: readonly Dataset[], site: Site): FeedFile[] {
  checkEditions(editions);
  const latest = editions[editions.length - 1]!;
  const dates = pledgeDates(editions);
  return LANGS.flatMap((lang) => {
    const c: Context = { site, lang, t: translator(lang, site.texts[lang]), editions, latest };
    return [undefined, ...latest.policies.map((p) => p.id)].map((policy) => feed(c, policy, dates));
  });
}
