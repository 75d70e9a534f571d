// @vitest-environment node
/**
 * The dataset says what the source says: every value verbatim, every number printed where it is
 * said to be, every card and every word of it accounted for — for every edition, each against
 * the source text of its own report.
 */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseDataset } from '../../src/domain/validate-dataset';
import type { Pledge } from '../../src/domain/schema';
import { editionFile, editionIds, paths, plannedOutputs, reportSource, staleFiles } from '../../scripts/dataset/build';
import { splitCards } from '../../scripts/dataset/seed-cards';
import {
  cardLabels,
  numbersIn,
  policyMismatch,
  squash,
  statusMismatch,
  uncoveredWords,
  unfaithfulNumbers,
  unfaithfulTexts,
} from '../../scripts/dataset/fidelity';

const editions = editionIds().map((id) => {
  const result = parseDataset(readFileSync(editionFile(paths, id), 'utf8'));
  if (!result.ok) throw new Error(`data/editions/${id}.json is invalid: ${result.message}`);
  return { id, data: result.dataset, seed: reportSource(paths, id).text };
});
/** The report the first cards were read from: the checks that name its figures are about it. */
const first = editions.find((e) => e.id === '2024-11')!;
const seed = first.seed;
const data = first.data;
const byId = new Map(data.pledges.map((p) => [p.id, p]));

const EXPECTED_IDS = ['1', '2-1', '2-2', '3', '4-1', '4-2', '5', '6', '7', '8', '9', '10', '11', '12', '13-1', '13-2',
  '14', '15', '16', '17', '18', '19', '20', '21', '22', '23', '24', '25', '26'];

describe('the source file', () => {
  it('is the shared seed, byte for byte, where the seed is present', () => {
    const shared = resolve(paths.dir, '../../shared/seed/pledge-roadmap-2023-2027.txt');
    if (existsSync(shared)) expect(readFileSync(shared, 'utf8')).toBe(seed);
  });
  it('splits into the 29 cards the guide lists', () => {
    expect(splitCards(seed).map((c) => c.id)).toEqual(EXPECTED_IDS);
  });
});

describe('the editions', () => {
  it('are listed in data/editions.json, and the latest is data/pledges.json', () => {
    const index = JSON.parse(readFileSync(paths.index, 'utf8')) as { editions: { id: string; version: string }[] };
    expect(index.editions.map((e) => e.id)).toEqual(editions.map((e) => e.id));
    expect(readFileSync(paths.current, 'utf8')).toBe(readFileSync(editionFile(paths, editions.at(-1)!.id), 'utf8'));
    for (const [i, e] of editions.entries()) expect(index.editions[i]!.version).toBe(e.data.version);
  });
  it('are exactly what data/reports and data/meta.json build to (the latest), or as published (the rest)', () => {
    expect(staleFiles(plannedOutputs())).toEqual([]);
  });
});

describe.each(editions.map((e) => [e.id, e] as const))('edition %s', (_id, { data, seed }) => {
  it('holds every card of its source, in document order', () => {
    expect(data.pledges.map((p) => p.id)).toEqual(splitCards(seed).map((c) => c.id));
  });
  it('keeps each card\'s raw text and line range from its own source', () => {
    const lines = seed.split('\n');
    for (const p of data.pledges) {
      const { start, end } = p.source.lines;
      expect(p.source.text, p.id).toBe(lines.slice(start - 1, end).join('\n'));
      expect(p.source.text, p.id).toMatch(new RegExp(`番号\\n${p.id.replace('-', '\\-')}(\\s|$)`));
    }
  });
  it.each(data.pledges.map((p) => [p.id, p] as const))('pledge %s loses no word of its card', (_pid, p) => {
    expect(uncoveredWords(p, data)).toEqual([]);
  });
  it.each(data.pledges.map((p) => [p.id, p] as const))('pledge %s copies every Japanese value verbatim from its card', (_pid, p) => {
    expect(unfaithfulTexts(p)).toEqual([]);
  });
  it.each(data.pledges.map((p) => [p.id, p] as const))('pledge %s charts only numbers printed in their cells', (_pid, p) => {
    expect(unfaithfulNumbers(p)).toEqual([]);
  });
  it.each(data.pledges.map((p) => [p.id, p] as const))('pledge %s has the status and policy its card prints', (_pid, p) => {
    expect(statusMismatch(p, data)).toBeNull();
    expect(policyMismatch(p, data)).toBeNull();
  });
  /** Text printed on the same line right after a section label belongs to that section. */
  const labels = data.sectionLabels!;
  const INLINE: [string, (p: Pledge) => string[]][] = [
    [labels.challenges.ja, (p) => p.sections.challenges],
    [labels.nextSteps.ja, (p) => p.sections.nextSteps],
    [labels.sinceMeeting.ja, (p) => p.sections.sinceMeeting],
    [labels.budget.ja, (p) => p.sections.budget],
    ['進捗状況に関する理由・補足等', (p) => (p.statusReason ? [p.statusReason] : [])],
  ];
  it.each(data.pledges.map((p) => [p.id, p] as const))('pledge %s puts text printed after a section label into that section', (_id, p) => {
    for (const line of p.source.text.split('\n')) {
      for (const [label, field] of INLINE) {
        const at = line.indexOf(label);
        if (at < 0 || line.startsWith('【', at + label.length)) continue;
        let after = line.slice(at + label.length).trim();
        // stop at the next label printed on the same line
        for (const other of cardLabels(data)) {
          const cut = after.indexOf(other);
          if (cut >= 0) after = after.slice(0, cut).trim();
        }
        after = after.replace(/^・/, '');
        if (!after || /^[―ー－]$/.test(after)) continue;
        expect(squash(field(p).join('')), `${p.id} ${label}: ${after}`).toContain(squash(after));
      }
    }
  });
});

describe('completeness', () => {
  it('holds all 29 pledges in document order', () => {
    expect(data.pledges.map((p) => p.id)).toEqual(EXPECTED_IDS);
  });
  it('covers every basic policy', () => {
    expect([...new Set(data.pledges.map((p) => p.policy))].sort()).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    expect(data.policies.map((p) => p.id)).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
  });

});

describe('faithfulness', () => {
  it('marks English names as the app team\'s translations', () => {
    expect(data.translations.en.en).toMatch(/not official/i);
    for (const p of data.pledges) expect(p.title.en.trim().length, p.id).toBeGreaterThan(0);
  });
  it('reads the furusato-nozei KPI as printed: baseline 17.2億円, FY2023 23.6億円 against 20億円', () => {
    const pledge = byId.get('20');
    expect(pledge?.title.ja).toBe('ふるさと納税の倍増');
    const kpi = pledge!.kpis[0];
    expect(kpi.name).toBe('ふるさと美唄応援寄附金額');
    const series = kpi!.series[0];
    expect(series.unit).toBe('億円');
    expect(series.baseline?.value).toBe(17.2);
    expect(series.years[0]).toMatchObject({ fiscalYear: 2023, target: { value: 20 }, actual: { value: 23.6 } });
  });
  it('sums every total series from its parts where both are given', () => {
    for (const p of data.pledges)
      for (const k of p.kpis) {
        const total = k.series.find((s) => s.total);
        const parts = k.series.filter((s) => !s.total);
        if (!total || parts.length < 2) continue;
        total.years.forEach((y, i) => {
          for (const kind of ['target', 'actual'] as const) {
            const values = parts.map((s) => s.years[i][kind]?.value);
            if (y[kind] && values.every((x) => x !== undefined))
              expect(values.reduce((a, b) => a! + b!, 0), `${p.id} ${k.name} ${y.fiscalYear} ${kind}`).toBe(y[kind]!.value);
          }
        });
      }
  });
});

describe('reading notes', () => {
  it('point at fields that exist', () => {
    for (const p of data.pledges)
      for (const note of p.notes) {
        let at: unknown = p;
        for (const key of note.field.split(/[.[\]]+/).filter(Boolean)) {
          at = (at as Record<string, unknown> | undefined)?.[/^\d+$/.test(key) ? Number(key) : key];
        }
        expect(at, `${p.id} note on ${note.field}`).toBeDefined();
      }
  });
  it('are all listed in data/README.md', () => {
    const readme = readFileSync(paths.readme, 'utf8');
    for (const p of data.pledges.filter((x) => x.notes.length))
      expect(readme, `data/README.md lists the doubts of pledge ${p.id}`).toMatch(new RegExp(`\\| *${p.id} *\\|`));
  });
});

describe('numbersIn', () => {
  it('reads printed numbers the way a reader does', () => {
    expect(numbersIn('17.2億円')).toEqual([17.2]);
    expect(numbersIn('14,333千円')).toEqual([14333]);
    expect(numbersIn('②延３回、③10回')).toEqual([3, 10]);
    expect(numbersIn('無償化')).toEqual([]);
  });
});
