import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { namedFirst, parsePledgeNumber, queryPledgeIds, resolvePledgeNumber } from '../../src/domain/pledge-number';

/** The dataset's ids as of the November 2024 report. */
const IDS = ['1', '2-1', '2-2', '3', '4-1', '4-2', '5', '6', '7', '8', '9', '10', '11', '12', '13-1', '13-2', '14', '15', '16', '17', '18', '19', '20', '21', '22', '23', '24', '25', '26'];

describe('parsePledgeNumber', () => {
  it.each([
    ['13-2', '13-2'],
    ['１３－２', '13-2'],
    ['13の2', '13-2'],
    ['13ー2', '13-2'],
    ['13−2', '13-2'],
    ['13‐2', '13-2'],
    ['13–2', '13-2'],
    ['13—2', '13-2'],
    ['13―2', '13-2'],
    ['13ｰ2', '13-2'],
    ['公約13-2', '13-2'],
    ['公約番号13-2', '13-2'],
    ['公約 13-2', '13-2'],
    ['公約番号　１３－２', '13-2'],
    ['No.13-2', '13-2'],
    ['no13-2', '13-2'],
    ['No. 13-2', '13-2'],
    ['Ｎｏ．１３－２', '13-2'],
    ['№13-2', '13-2'],
    ['#13-2', '13-2'],
    ['＃13-2', '13-2'],
    ['# 13 - 2', '13-2'],
    ['20', '20'],
    ['２０', '20'],
    ['公約20', '20'],
    ['  20  ', '20'],
    ['05', '5'],
  ])('reads %s as %s', (typed, id) => {
    expect(parsePledgeNumber(typed)).toBe(id);
  });

  it.each(['', ' ', '公約', 'No.', '#', '0', '13-0', '13-10', '13--2', '13-2-1', '-2', '13-', '13 2', '1 3', 'ALT', '保育料', '13a', '十三', '13.2', '1234567', '13の', '第13'])(
    'refuses %j',
    (typed) => {
      expect(parsePledgeNumber(typed)).toBeNull();
    },
  );

  it('refuses long input without looking at it', () => {
    expect(parsePledgeNumber(`${' '.repeat(100)}20`)).toBeNull();
  });
});

describe('resolvePledgeNumber', () => {
  it('opens only an exact match', () => {
    expect(resolvePledgeNumber('１３－２', IDS)).toEqual({ kind: 'found', id: '13-2' });
    expect(resolvePledgeNumber('公約20', IDS)).toEqual({ kind: 'found', id: '20' });
  });

  it.each([
    ['133', '133'],
    ['13-3', '13-3'],
    ['2-3', '2-3'],
    ['27', '27'],
    ['1-1', '1-1'],
  ])('says %s is not in the dataset', (typed, id) => {
    expect(resolvePledgeNumber(typed, IDS)).toEqual({ kind: 'unknown', id });
  });

  it('offers the parts of a number that only exists with parts', () => {
    expect(resolvePledgeNumber('13', IDS)).toEqual({ kind: 'candidates', id: '13', candidates: ['13-1', '13-2'] });
    expect(resolvePledgeNumber('公約2', IDS)).toEqual({ kind: 'candidates', id: '2', candidates: ['2-1', '2-2'] });
    // `1` exists itself: `1` is not a prefix match for `13-1`.
    expect(resolvePledgeNumber('1', IDS)).toEqual({ kind: 'found', id: '1' });
  });

  it('says when input is not a number', () => {
    expect(resolvePledgeNumber('除雪', IDS)).toEqual({ kind: 'invalid' });
  });
});

describe('queryPledgeIds and namedFirst', () => {
  it('names the pledge a list query gives by number', () => {
    expect(queryPledgeIds('13-2', IDS)).toEqual(['13-2']);
    expect(queryPledgeIds('１３－２', IDS)).toEqual(['13-2']);
    expect(queryPledgeIds('公約20', IDS)).toEqual(['20']);
    expect(queryPledgeIds('13', IDS)).toEqual(['13-1', '13-2']);
    expect(queryPledgeIds('133', IDS)).toEqual([]);
    expect(queryPledgeIds('保育料 20', IDS)).toEqual([]);
  });

  it('puts named items first and keeps the others in order', () => {
    const items = ['1', '13-1', '20', '13-2', '5'];
    expect(namedFirst(items, ['13-1', '13-2'], (x) => x)).toEqual(['13-1', '13-2', '1', '20', '5']);
    expect(namedFirst(items, ['20'], (x) => x)).toEqual(['20', '1', '13-1', '13-2', '5']);
    expect(namedFirst(items, [], (x) => x)).toEqual(items);
    expect(namedFirst(items, ['99'], (x) => x)).toEqual(items);
  });
});

// Generated ids written the ways people type them.
const idArb = fc.record({ main: fc.integer({ min: 1, max: 999_999 }), sub: fc.option(fc.integer({ min: 1, max: 9 }), { nil: undefined }) });
const canonical = ({ main, sub }: { main: number; sub: number | undefined }) => (sub === undefined ? String(main) : `${main}-${sub}`);
const wide = (s: string) => s.replace(/[0-9]/g, (d) => String.fromCharCode(d.charCodeAt(0) + 0xfee0));
const typed = fc.record({
  id: idArb,
  prefix: fc.constantFrom('', '公約', '公約番号', '番号', 'No.', 'no', 'NO.', 'Ｎｏ．', '№', '#', '＃', '♯', '公約No.', '公約 #'),
  space: fc.constantFrom('', ' ', '　'),
  dash: fc.constantFrom('-', '－', 'の', 'ー', '−', '‐', '‑', '–', '—', '―', 'ｰ', '﹣', '─'),
  wideDigits: fc.boolean(),
  zeros: fc.constantFrom('', '0', '00'),
});

describe('parsePledgeNumber properties', () => {
  it('reads every typed variant of an id back as that id', () => {
    fc.assert(
      fc.property(typed, ({ id, prefix, space, dash, wideDigits, zeros }) => {
        const digits = (n: number) => (wideDigits ? wide(String(n)) : String(n));
        const text = `${space}${prefix}${space}${zeros}${digits(id.main)}${id.sub === undefined ? '' : `${space}${dash}${space}${digits(id.sub)}`}${space}`;
        expect(parsePledgeNumber(text)).toBe(canonical(id));
      }),
      { numRuns: 500 },
    );
  });

  it('never resolves to a pledge other than the one typed, whatever the input', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.string({ unit: fc.constantFrom(...'0123456789０１２３-－のー公約番号No.# ') })), (input) => {
        const r = resolvePledgeNumber(input, IDS);
        const parsed = parsePledgeNumber(input);
        if (r.kind === 'found') {
          expect(IDS).toContain(r.id);
          expect(r.id).toBe(parsed);
        }
        if (parsed !== null) expect(parsed).toMatch(/^[1-9]\d{0,5}(?:-[1-9])?$/);
      }),
      { numRuns: 1000 },
    );
  });
});
