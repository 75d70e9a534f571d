// @vitest-environment node
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  changesHref,
  compareEditions,
  defaultPair,
  movedSincePrevious,
  parseEditionPair,
  sectionDiff,
  type EditionComparison,
  type StatusMoveItem,
} from '../../src/domain/compare-editions';
import { checkEditions } from '../../src/domain/editions';
import { STATUS_IDS, type StatusId } from '../../src/domain/ids';
import { matchKpis } from '../../src/domain/pledge-diff';
import type { Dataset, Pledge } from '../../src/domain/schema';
import { STATUS_RANK, statusMove } from '../../src/domain/status-order';
import { kpi, laterEdition, makeEdition, realEdition } from './edition-fixtures';
import { makePledge } from './fixtures';

const ids = (items: readonly { id: string }[]) => items.map((i) => i.id);

describe('statusMove', () => {
  it('orders ahead > on-track > delayed > not-started, and ranks no move to or from unreported', () => {
    expect(statusMove('delayed', 'on-track')).toBe('improved');
    expect(statusMove('not-started', 'delayed')).toBe('improved');
    expect(statusMove('on-track', 'ahead')).toBe('improved');
    expect(statusMove('ahead', 'not-started')).toBe('worsened');
    expect(statusMove('on-track', 'on-track')).toBe('unchanged');
    expect(statusMove('unreported', 'unreported')).toBe('unchanged');
    expect(statusMove('unreported', 'ahead')).toBe('unranked');
    expect(statusMove('not-started', 'unreported')).toBe('unranked');
    expect(Object.keys(STATUS_RANK).sort((a, b) => STATUS_RANK[b as keyof typeof STATUS_RANK] - STATUS_RANK[a as keyof typeof STATUS_RANK])).toEqual([
      'ahead',
      'on-track',
      'delayed',
      'not-started',
    ]);
  });

  it('property: swapping the statuses swaps improved and worsened', () => {
    const mirror = { improved: 'worsened', worsened: 'improved', unchanged: 'unchanged', unranked: 'unranked' } as const;
    fc.assert(
      fc.property(fc.constantFrom(...STATUS_IDS), fc.constantFrom(...STATUS_IDS), (a, b) => {
        expect(statusMove(b, a)).toBe(mirror[statusMove(a, b)]);
      }),
    );
  });
});

describe('matchKpis', () => {
  it('pairs by name first, then by position, and never one row twice', () => {
    const before = [kpi('A'), kpi('B')];
    // A lookup by name, then by index, would pair A twice here (B′ at index 0, A by name).
    const pairs = matchKpis(before, [kpi('B′'), kpi('A')]);
    expect(pairs.map((p) => [p.before?.name ?? null, p.after?.name ?? null])).toEqual([
      ['B', 'B′'],
      ['A', 'A'],
    ]);
    expect(matchKpis([kpi('A')], []).map((p) => [p.before?.name, p.after])).toEqual([['A', null]]);
  });

  it('property: the same pairs whichever printing comes first, each row exactly once', () => {
    const rows = fc.array(fc.constantFrom('A', 'B', 'C', 'D').map((n) => kpi(n)), { maxLength: 5 });
    fc.assert(
      fc.property(rows, rows, (a, b) => {
        const key = (x: number, y: number) => `${x}:${y}`;
        const ab = matchKpis(a, b).map((p) => key(p.beforeIndex, p.afterIndex));
        const ba = matchKpis(b, a).map((p) => key(p.afterIndex, p.beforeIndex));
        expect(new Set(ab)).toEqual(new Set(ba));
        const pairs = matchKpis(a, b);
        expect(pairs.filter((p) => p.beforeIndex >= 0).map((p) => p.beforeIndex).sort()).toEqual(a.map((_, i) => i));
        expect(pairs.filter((p) => p.afterIndex >= 0).map((p) => p.afterIndex)).toEqual(b.map((_, i) => i));
      }),
    );
  });
});

describe('compareEditions', () => {
  const older = makeEdition('2024-11', [
    makePledge({ id: '1', status: 'delayed', kpis: [kpi('利用者数', ['12人', '15人'])] }),
    makePledge({ id: '2-1', status: 'ahead', statusReason: '順調。' }),
    makePledge({ id: '2-2', status: 'on-track', sections: { reported: [], sinceMeeting: ['周知した。'], budget: [], challenges: [], nextSteps: [] } }),
    makePledge({ id: '3', status: 'unreported' }),
    makePledge({ id: '4-1', status: 'not-started' }),
  ]);
  const newer = makeEdition('2025-05', [
    makePledge({ id: '1', status: 'on-track', title: { ja: '新しい題', en: 'New title' }, kpis: [kpi('利用者数', ['13人', null, '20人'])] }),
    makePledge({ id: '2-1', status: 'delayed', statusReason: '遅れている。' }),
    makePledge({ id: '2-2', status: 'on-track', sections: { reported: [], sinceMeeting: ['ホームページで周知した。'], budget: [], challenges: [], nextSteps: [] } }),
    makePledge({ id: '3', status: 'on-track' }),
    makePledge({ id: '5', status: 'on-track' }),
  ]);

  it('groups status moves, with the newer report’s titles', () => {
    const c = compareEditions(older, newer);
    expect(c.direction).toBe('forward');
    expect([c.from.asOf, c.to.asOf]).toEqual(['2024-11', '2025-05']);
    expect(c.status.improved).toEqual([{ id: '1', title: { ja: '新しい題', en: 'New title' }, from: 'delayed', to: 'on-track' }]);
    expect(c.status.worsened.map((s) => [s.id, s.from, s.to])).toEqual([['2-1', 'ahead', 'delayed']]);
    expect(c.status.unchanged.map((s) => s.id)).toEqual(['2-2']);
    expect(c.status.unranked.map((s) => [s.id, s.from, s.to])).toEqual([['3', 'unreported', 'on-track']]);
  });

  it('lists actuals new, revised and cleared, pledges added and removed, and texts changed', () => {
    const c = compareEditions(older, newer);
    expect(c.actuals.map(({ id, kpi: k, fiscalYear, kind, before, after }) => [id, k, fiscalYear, kind, before, after])).toEqual([
      ['1', '利用者数', 2023, 'revised', '12人', '13人'],
      ['1', '利用者数', 2024, 'cleared', '15人', null],
      ['1', '利用者数', 2025, 'new', null, '20人'],
    ]);
    expect(ids(c.added)).toEqual(['5']);
    expect(ids(c.removed)).toEqual(['4-1']);
    expect(c.texts.map((t) => [t.id, t.keys])).toEqual([
      ['2-1', ['statusReason']],
      ['2-2', ['sinceMeeting']],
    ]);
    expect(c.counts).toEqual({ moved: 3, improved: 1, worsened: 1, unchanged: 1, unranked: 1, added: 1, removed: 1, actuals: 3, pledgesWithActuals: 1, textsChanged: 2 });
  });

  it('gives the item diff of a changed section on demand', () => {
    const d = sectionDiff(older, newer, '2-2', 'sinceMeeting');
    expect(d).toEqual([
      {
        kind: 'changed',
        before: '周知した。',
        after: 'ホームページで周知した。',
        segments: [
          { kind: 'added', text: 'ホームページで' },
          { kind: 'same', text: '周知した。' },
        ],
      },
    ]);
    expect(sectionDiff(older, newer, '5', 'sinceMeeting')).toBeNull();
    expect(sectionDiff(older, newer, '1', 'reported')).toEqual([]);
  });

  it('reads backwards as the mirror image, from a newer to an older report', () => {
    const c = compareEditions(newer, older);
    expect(c.direction).toBe('backward');
    expect(ids(c.status.worsened)).toEqual(['1']);
    expect(c.status.worsened[0]!.title.ja).toBe('新しい題');
    expect(ids(c.status.improved)).toEqual(['2-1']);
    expect(ids(c.added)).toEqual(['4-1']);
    expect(ids(c.removed)).toEqual(['5']);
    expect(c.actuals.map((a) => [a.fiscalYear, a.kind])).toEqual([
      [2023, 'revised'],
      [2024, 'new'],
      [2025, 'cleared'],
    ]);
  });

  it('finds nothing between an edition and itself', () => {
    const c = compareEditions(older, older);
    expect(c.counts).toMatchObject({ moved: 0, added: 0, removed: 0, actuals: 0, textsChanged: 0, unchanged: 5 });
  });

  it('on the real dataset: a later report with a few changes applied', () => {
    const first = realEdition();
    const extra = makePledge({ id: '27', title: { ja: '新しい公約', en: 'A new pledge' } });
    const later = laterEdition(
      first,
      '2025-05',
      (p) => {
        if (p.id === '17') return null;
        if (p.id === '1') p.status = 'delayed';
        if (p.id === '13-1') p.status = 'on-track';
        if (p.id === '20') p.status = 'on-track';
        if (p.id === '18') p.kpis[0]!.years[1]!.actual = '41.2';
        if (p.id === '22') p.statusReason = '古着のリユースイベントを11月と3月に開催。ジモティーへの掲載、古着の回収については継続。';
        return p;
      },
      [extra],
    );
    const c = compareEditions(first, later);
    expect(ids(c.status.improved)).toEqual(['1', '13-1']);
    expect(ids(c.status.worsened)).toEqual(['20']);
    expect(c.status.unranked).toEqual([]);
    expect(c.counts.moved).toBe(3);
    expect(c.counts.unchanged).toBe(first.pledges.length - 1 - 3);
    expect(c.actuals.map((a) => [a.id, a.kpi, a.fiscalYear, a.kind, a.after])).toEqual([['18', 'スマート農業機械利用者普及率', 2024, 'new', '41.2']]);
    expect(ids(c.added)).toEqual(['27']);
    expect(c.removed).toEqual([{ id: '17', title: first.pledges.find((p) => p.id === '17')!.title }]);
    expect(c.texts).toEqual([{ id: '22', title: later.pledges.find((p) => p.id === '22')!.title, keys: ['statusReason'] }]);
    const [item] = sectionDiff(first, later, '22', 'statusReason')!;
    expect(item?.kind === 'changed' && item.segments.filter((s) => s.kind !== 'same')).toEqual([{ kind: 'added', text: 'と3月' }]);
    expect(movedSincePrevious([first, later])).toMatchObject({ moved: 3, improved: 2, worsened: 1, unranked: 0 });
  });
});

// ---------------------------------------------------------------------------------------------
// Mirror property over generated editions.

const POOL = ['1', '2-1', '2-2', '3', '4-1', '5'];
const texts = fc.array(fc.constantFrom('研修を実施した。', '研修を実施する。', '検討中。', '予算化した。'), { maxLength: 3 });
const actual = fc.constantFrom(null, '10人', '12人', '無償化');
/** One printing of a pledge, or null when the edition does not list it. */
const printing = (id: string, asOf: string) =>
  fc.option(
    fc.record({
      status: fc.constantFrom(...STATUS_IDS),
      kpis: fc.array(fc.tuple(fc.constantFrom('利用者数', '開催回数', '満足度'), fc.array(actual, { maxLength: 5 })), { maxLength: 3 }),
      statusReason: fc.option(fc.constantFrom('順調。', '遅れている。'), { nil: null }),
      nextSteps: texts,
    }).map((r) =>
      makePledge({
        id,
        // Titles differ between editions, so the test also checks that both directions use the newer one.
        title: { ja: `公約${id}（${asOf}）`, en: `Pledge ${id} (${asOf})` },
        status: r.status,
        kpis: r.kpis.map(([name, a]) => kpi(name, a)),
        statusReason: r.statusReason,
        sections: { reported: [], sinceMeeting: [], budget: [], challenges: [], nextSteps: r.nextSteps },
      }),
    ),
    { nil: null },
  );
const edition = (asOf: string) =>
  fc
    .tuple(...POOL.map((id) => printing(id, asOf)), fc.shuffledSubarray(POOL, { minLength: POOL.length }))
    .map((parts) => {
      const order = parts.pop() as string[];
      const pledges = (parts as (Pledge | null)[]).filter((p): p is Pledge => p !== null);
      // Each edition prints its pledges in an order of its own.
      pledges.sort((a, b) => order.indexOf(a.id) - order.indexOf(b.id));
      return makeEdition(asOf, pledges);
    });

const swapMove = (s: StatusMoveItem): StatusMoveItem => ({ ...s, from: s.to, to: s.from });
const flipKind = { new: 'cleared', cleared: 'new', revised: 'revised' } as const;

/** What `compareEditions(b, a)` must be, worked out from `compareEditions(a, b)`. */
function mirrored(c: EditionComparison): EditionComparison {
  return {
    from: c.to,
    to: c.from,
    direction: c.direction === 'forward' ? 'backward' : 'forward',
    status: { improved: c.status.worsened.map(swapMove), worsened: c.status.improved.map(swapMove), unchanged: c.status.unchanged.map(swapMove), unranked: c.status.unranked.map(swapMove) },
    actuals: c.actuals.map((a) => ({ ...a, kind: flipKind[a.kind], before: a.after, after: a.before })),
    added: c.removed,
    removed: c.added,
    texts: c.texts,
    counts: { ...c.counts, improved: c.counts.worsened, worsened: c.counts.improved, added: c.counts.removed, removed: c.counts.added },
  };
}

/** A plain oracle for the status groups. */
function statusOracle(from: Dataset, to: Dataset): Record<string, string[]> {
  const groups: Record<string, string[]> = { improved: [], worsened: [], unchanged: [], unranked: [] };
  const rank = (s: StatusId) => ({ ahead: 3, 'on-track': 2, delayed: 1, 'not-started': 0, unreported: -1 })[s];
  for (const p of to.pledges) {
    const q = from.pledges.find((x) => x.id === p.id);
    if (!q) continue;
    const group = q.status === p.status ? 'unchanged' : q.status === 'unreported' || p.status === 'unreported' ? 'unranked' : rank(p.status) > rank(q.status) ? 'improved' : 'worsened';
    groups[group]!.push(p.id);
  }
  for (const g of Object.values(groups)) g.sort();
  return groups;
}

describe('compareEditions, properties', () => {
  it('comparing A→B and B→A mirror each other exactly', () => {
    fc.assert(
      fc.property(edition('2024-11'), edition('2025-05'), (a, b) => {
        expect(compareEditions(b, a)).toEqual(mirrored(compareEditions(a, b)));
      }),
      { numRuns: 300 },
    );
  });

  it('status groups match a plain oracle, and every common pledge is in exactly one', () => {
    fc.assert(
      fc.property(edition('2024-11'), edition('2025-05'), fc.boolean(), (a, b, flip) => {
        const [from, to] = flip ? [b, a] : [a, b];
        const c = compareEditions(from, to);
        const got = Object.fromEntries(Object.entries(c.status).map(([k, v]) => [k, ids(v).sort()]));
        expect(got).toEqual(statusOracle(from, to));
        expect(movedSincePrevious([a, b])?.moved).toBe(compareEditions(a, b).counts.moved);
      }),
      { numRuns: 100 },
    );
  });
});

// ---------------------------------------------------------------------------------------------

describe('defaultPair and parseEditionPair', () => {
  const IDS = ['2024-11', '2025-05', '2025-11'];

  it('defaults to the latest against the one before', () => {
    expect(defaultPair(IDS)).toEqual({ from: '2025-05', to: '2025-11' });
    expect(defaultPair(['2024-11'])).toBeNull();
    expect(parseEditionPair('', IDS)).toEqual({ pair: { from: '2025-05', to: '2025-11' }, problems: [] });
  });

  it('takes both ids in either order', () => {
    expect(parseEditionPair('from=2024-11&to=2025-05', IDS)).toEqual({ pair: { from: '2024-11', to: '2025-05' }, problems: [] });
    expect(parseEditionPair(new URLSearchParams('from=2025-11&to=2024-11'), IDS)).toEqual({ pair: { from: '2025-11', to: '2024-11' }, problems: [] });
    // Typed by hand: spaces and full-width digits.
    expect(parseEditionPair('from=%20２０２４－１１%20', IDS).pair).toEqual({ from: '2024-11', to: '2025-11' });
  });

  it('fills a missing side with a neighbour', () => {
    expect(parseEditionPair('from=2024-11', IDS).pair).toEqual({ from: '2024-11', to: '2025-11' });
    expect(parseEditionPair('from=2025-11', IDS).pair).toEqual({ from: '2025-11', to: '2025-05' });
    expect(parseEditionPair('to=2025-05', IDS).pair).toEqual({ from: '2024-11', to: '2025-05' });
    expect(parseEditionPair('to=2024-11', IDS).pair).toEqual({ from: '2025-05', to: '2024-11' });
    expect(parseEditionPair('from=&to=', IDS)).toEqual({ pair: { from: '2025-05', to: '2025-11' }, problems: [] });
  });

  it('names what is wrong and still gives a pair to show', () => {
    expect(parseEditionPair('from=2023-01&to=2025-05', IDS)).toEqual({
      pair: { from: '2024-11', to: '2025-05' },
      problems: [{ kind: 'unknown', param: 'from', value: '2023-01' }],
    });
    expect(parseEditionPair('from=<script>&to=latest', IDS)).toEqual({
      pair: { from: '2025-05', to: '2025-11' },
      problems: [
        { kind: 'unknown', param: 'from', value: '<script>' },
        { kind: 'unknown', param: 'to', value: 'latest' },
      ],
    });
    expect(parseEditionPair('from=2025-05&to=2025-05', IDS)).toEqual({ pair: { from: '2024-11', to: '2025-05' }, problems: [{ kind: 'same', id: '2025-05' }] });
    expect(parseEditionPair('to=2024-11&to=2025-05', IDS)).toEqual({
      pair: { from: '2025-05', to: '2025-11' },
      problems: [{ kind: 'repeated', param: 'to', values: ['2024-11', '2025-05'] }],
    });
    expect(parseEditionPair('from=2024-11', ['2024-11'])).toEqual({ pair: null, problems: [{ kind: 'single-edition', id: '2024-11' }] });
    expect(parseEditionPair('', [])).toEqual({ pair: null, problems: [{ kind: 'no-editions' }] });
  });

  it('property: never throws, and any pair it gives is two distinct known ids', () => {
    const value = fc.oneof(fc.constantFrom(...IDS), fc.string({ maxLength: 12 }), fc.constant(''));
    const query = fc.array(fc.tuple(fc.constantFrom('from', 'to', 'x'), value), { maxLength: 4 }).map((kv) => new URLSearchParams(kv).toString());
    fc.assert(
      fc.property(query, fc.integer({ min: 0, max: 3 }), (q, n) => {
        const known = IDS.slice(0, n);
        const { pair, problems } = parseEditionPair(q, known);
        if (n < 2) expect(pair).toBeNull();
        else {
          expect(pair).not.toBeNull();
          expect(known).toContain(pair!.from);
          expect(known).toContain(pair!.to);
          expect(pair!.from).not.toBe(pair!.to);
        }
        if (pair && problems.length === 0) expect(parseEditionPair(changesHref(pair).split('?')[1]!, known)).toEqual({ pair, problems: [] });
      }),
      { numRuns: 300 },
    );
  });

  it('writes a link that reads back as the same pair', () => {
    expect(changesHref({ from: '2024-11', to: '2025-05' })).toBe('/changes?from=2024-11&to=2025-05');
  });
});

describe('movedSincePrevious and checkEditions', () => {
  it('counts status moves between the last two editions only; null with one', () => {
    const a = makeEdition('2024-11', [makePledge({ id: '1', status: 'ahead' }), makePledge({ id: '2', status: 'delayed' })]);
    const b = makeEdition('2025-05', [makePledge({ id: '1', status: 'on-track' }), makePledge({ id: '2', status: 'delayed' })]);
    const c = makeEdition('2025-11', [makePledge({ id: '1', status: 'on-track' }), makePledge({ id: '2', status: 'unreported' }), makePledge({ id: '3' })]);
    expect(movedSincePrevious([a])).toBeNull();
    expect(movedSincePrevious([a, b])).toMatchObject({ moved: 1, improved: 0, worsened: 1, unranked: 0 });
    expect(movedSincePrevious([a, b, c])).toMatchObject({ from: { asOf: '2025-05' }, to: { asOf: '2025-11' }, moved: 1, unranked: 1 });
  });

  it('names duplicate and out-of-order editions', () => {
    const e = (asOf: string) => makeEdition(asOf, []);
    expect(checkEditions([e('2024-11'), e('2025-05')])).toEqual([]);
    expect(checkEditions([e('2024-11'), e('2024-11'), e('2024-05')])).toEqual([
      { kind: 'duplicate', asOf: '2024-11' },
      { kind: 'out-of-order', asOf: '2024-05', after: '2024-11' },
    ]);
  });
});
