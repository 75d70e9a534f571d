import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { pledgeTable } from '../../src/build/open-data/pledge-table';
import { kpiTable } from '../../src/build/open-data/kpi-table';
import { LIST_SEPARATOR, plainNumber, tableCsv, type Column, type Table } from '../../src/build/open-data/table';
import { pageUrl } from '../../src/build/open-data/site';
import { achievementRate } from '../../src/domain/kpi-series';
import type { Pledge } from '../../src/domain/schema';
import { makePledge, makeDataset } from './fixtures';
import { SITE, csvRecords, parseCsv, realDataset } from './open-data-helpers';

const ds = realDataset();
const pledgesCsv = tableCsv(pledgeTable(ds, SITE));
const kpisCsv = tableCsv(kpiTable(ds));

const list = (cell: string) => (cell === '' ? [] : cell.split(LIST_SEPARATOR));
const orNull = (cell: string) => (cell === '' ? null : cell);
const num = (cell: string) => (cell === '' ? null : Number(cell));

describe.each([
  ['pledges.csv', pledgesCsv],
  ['kpis.csv', kpisCsv],
])('%s as a file', (_, csv) => {
  it('is UTF-8 with a byte order mark and CRLF between records', () => {
    expect(csv.startsWith('\ufeff')).toBe(true);
    expect(csv.endsWith('\r\n')).toBe(true);
    // Outside quoted cells every line break is CRLF: drop the quoted cells and look.
    const unquoted = csv.replace(/"(?:[^"]|"")*"/g, '');
    expect(unquoted).not.toMatch(/[^\r]\n|\r(?!\n)/);
  });

  it('parses with a strict RFC 4180 reader into rows of equal length', () => {
    const rows = parseCsv(csv);
    expect(rows.length).toBeGreaterThan(1);
    for (const row of rows) expect(row.length).toBe(rows[0]!.length);
  });
});

describe('pledges.csv', () => {
  const rows = csvRecords(pledgesCsv);

  it('has one row per pledge, in document order', () => {
    expect(rows.map((r) => r.pledge_id)).toEqual(ds.pledges.map((p) => p.id));
  });

  it('holds every value of the dataset it names', () => {
    ds.pledges.forEach((p, i) => {
      const r = rows[i]!;
      const plan: Pledge['plan'] = [];
      for (const item of list(r.plan!)) {
        if (item.startsWith('・')) plan[plan.length - 1]!.details.push(item.slice(1));
        else plan.push({ text: item, details: [] });
      }
      expect({
        id: r.pledge_id,
        label: r.pledge_label,
        policy: Number(r.policy),
        policyName: r.policy_name,
        policyNameEn: r.policy_name_en,
        title: { ja: r.title, en: r.title_en },
        departments: list(r.departments!),
        status: r.status,
        statusLabel: orNull(r.status_label!),
        statusReason: orNull(r.status_reason!),
        summary: r.summary,
        relatedPrograms: list(r.related_programs!),
        plan,
        sections: { reported: list(r.reported!), sinceMeeting: list(r.since_meeting!), budget: list(r.budget!), challenges: list(r.challenges!), nextSteps: list(r.next_steps!) },
        url: r.url,
        urlEn: r.url_en,
      }).toEqual({
        id: p.id,
        label: `公約 ${p.id}`,
        policy: p.policy,
        policyName: ds.policies.find((x) => x.id === p.policy)!.ja,
        policyNameEn: ds.policies.find((x) => x.id === p.policy)!.en,
        title: p.title,
        departments: p.departments.map((d) => `${d.lead ? '◎' : ''}${d.division ?? ''}${d.name}`),
        status: p.status,
        statusLabel: ds.statuses.find((s) => s.id === p.status)!.ja,
        statusReason: p.statusReason,
        summary: p.summary,
        relatedPrograms: p.relatedPrograms,
        plan: p.plan,
        sections: p.sections,
        url: `https://pledges.example/bibai/pledges/${p.id}/`,
        urlEn: `https://pledges.example/bibai/en/pledges/${p.id}/`,
      });
    });
  });

  it('marks the lead department and keeps the division, as printed', () => {
    const byId = new Map(rows.map((r) => [r.pledge_id, r]));
    expect(byId.get('7')!.departments).toBe('◎広報情報推進課');
    expect(byId.get('8')!.departments).toBe('市民部生活環境課');
    expect(byId.get('14')!.departments).toBe('総務課 | 経済観光課 | 生涯学習課');
  });
});

describe('kpis.csv', () => {
  const rows = csvRecords(kpisCsv);
  const key = (r: Record<string, string>) => `${r.pledge_id}/${r.kpi_no}/${r.part_no}/${r.fiscal_year}`;
  const byKey = new Map(rows.map((r) => [key(r), r]));

  it('has one row per pledge × KPI × part × fiscal year, and no other', () => {
    const expected = ds.pledges.flatMap((p) =>
      p.kpis.flatMap((k, ki) => Array.from({ length: Math.max(1, k.series.length) }, (_, si) => k.years.map((y) => `${p.id}/${ki + 1}/${si + 1}/${y.fiscalYear}`)).flat()),
    );
    expect(rows.map(key)).toEqual(expected);
  });

  it('holds every printed text and number of the KPIs, numbers as plain numbers', () => {
    let numbers = 0;
    for (const p of ds.pledges)
      p.kpis.forEach((k, ki) => {
        for (const y of k.years) {
          const parts = k.series.length > 0 ? k.series : [null];
          parts.forEach((s, si) => {
            const r = byKey.get(`${p.id}/${ki + 1}/${si + 1}/${y.fiscalYear}`)!;
            const point = s?.years.find((sy) => sy.fiscalYear === y.fiscalYear);
            expect(r.kpi_name).toBe(k.name);
            expect(r.pledge_label).toBe(`公約 ${p.id}`);
            expect([orNull(r.part_label!), orNull(r.part_name!), r.is_total, orNull(r.unit!)]).toEqual([s?.label ?? null, s?.name ?? null, String(s?.total ?? false), s?.unit ?? null]);
            expect([orNull(r.baseline_text!), num(r.baseline_value!)]).toEqual([s?.baseline?.text ?? null, s?.baseline?.value ?? null]);
            expect([orNull(r.target_text!), num(r.target_value!)]).toEqual([point?.target?.text ?? null, point?.target?.value ?? null]);
            expect([orNull(r.actual_text!), num(r.actual_value!)]).toEqual([point?.actual?.text ?? null, point?.actual?.value ?? null]);
            expect([orNull(r.baseline_cell!), orNull(r.target_cell!), orNull(r.actual_cell!)]).toEqual([k.baseline, y.target, y.actual]);
            const rate = achievementRate(point?.actual?.value, point?.target?.value);
            if (rate === null) expect(r.achievement_rate).toBe('');
            else expect(Number(r.achievement_rate)).toBeCloseTo(rate, 4);
            for (const cell of [r.baseline_value, r.target_value, r.actual_value, r.achievement_rate]) {
              if (cell) numbers++;
              expect(cell).toMatch(/^(-?\d+(\.\d+)?)?$/);
            }
          });
        }
      });
    expect(numbers).toBeGreaterThan(50);
  });

  it('puts pledge 20 in a spreadsheet as the card prints it', () => {
    const r = byKey.get('20/1/1/2023')!;
    expect([r.actual_text, r.actual_value, r.target_text, r.target_value, r.achievement_rate, r.unit]).toEqual(['23.6億円', '23.6', '20億円', '20', '1.18', '億円']);
  });
});

describe('the CSV writer', () => {
  const textTable = (rows: string[][]): Table<string[]> => ({
    name: 't',
    path: 't.csv',
    title: { ja: 't', en: 't' },
    description: { ja: 't', en: 't' },
    columns: [0, 1, 2].map((i): Column<string[]> => ({ name: `c${i}`, type: 'string', title: { ja: '', en: '' }, description: { ja: '', en: '' }, value: (r) => r[i]! })),
    rows,
    primaryKey: ['c0'],
  });
  // Text a spreadsheet would not run as a formula: anything, quotes, commas and line breaks included.
  const cell = fc.string({ unit: fc.oneof(fc.constantFrom('"', ',', '\n', '\r', ' ', '保', 'a', '|', '\r\n'), fc.string({ unit: 'grapheme', minLength: 1, maxLength: 1 })) }).filter((s) => !/^[=+\-@\t\r]/.test(s));

  it('writes any text so that a strict reader gets it back exactly', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(cell, cell, cell), { minLength: 1, maxLength: 8 }), (rows) => {
        const parsed = parseCsv(tableCsv(textTable(rows)));
        expect(parsed.slice(1)).toEqual(rows);
      }),
    );
  });

  it('refuses a text a spreadsheet would run as a formula, naming where it is', () => {
    for (const bad of ['=1+1', '+81', '-x', '@SUM(A1)'])
      expect(() => tableCsv(textTable([['ok', bad, 'ok']]))).toThrow(/t\.csv row 1, c1: text starts with/);
  });

  it('refuses a list item holding the separator, and an empty required cell', () => {
    const ds1 = makeDataset([makePledge({ id: '1', relatedPrograms: ['a | b'] })]);
    expect(() => tableCsv(pledgeTable(ds1, SITE))).toThrow(/related_programs: an item contains the list separator/);
    const t = textTable([['', 'x', 'y']]);
    expect(() => tableCsv({ ...t, columns: t.columns.map((c, i) => (i === 0 ? { ...c, required: true } : c)) })).toThrow(/c0: required but empty/);
  });

  it('writes numbers plainly: no exponent, no grouping, read back as the same number', () => {
    expect(plainNumber(0.0000001)).toBe('0.0000001');
    expect(plainNumber(14333)).toBe('14333');
    expect(() => plainNumber(Number.NaN)).toThrow();
    fc.assert(
      fc.property(fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e20, max: 1e20 }), (n) => {
        const s = plainNumber(n);
        expect(s).toMatch(/^-?\d+(\.\d+)?$/);
        expect(Number(s)).toBeCloseTo(n, 10);
      }),
    );
  });
});

it('links each pledge to its page in both languages', () => {
  expect(pageUrl(SITE, 'en', '/pledges/2-1')).toBe('https://pledges.example/bibai/en/pledges/2-1/');
});
