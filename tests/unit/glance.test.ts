import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { firstSentence } from '../../src/domain/first-sentence';
import { glance } from '../../src/domain/glance';
import type { Dataset } from '../../src/domain/schema';
import { makePledge } from './fixtures';

const real = JSON.parse(readFileSync(resolve(import.meta.dirname, '../../data/pledges.json'), 'utf8')) as Dataset;
const byId = (id: string) => real.pledges.find((p) => p.id === id)!;

describe('firstSentence', () => {
  it('keeps the text up to and including the first 。', () => {
    expect(firstSentence('一つ目。二つ目。')).toBe('一つ目。');
    expect(firstSentence('句点のない文')).toBe('句点のない文');
  });
  it('stops at the end of the first line when that comes first', () => {
    expect(firstSentence('①特になし\n②次の文。')).toBe('①特になし');
  });
  it('has nothing to say of empty text', () => {
    expect(firstSentence(null)).toBeNull();
    expect(firstSentence('  ')).toBeNull();
  });
  it('always returns a prefix of the trimmed text (property)', () => {
    fc.assert(
      fc.property(fc.string(), (s) => {
        const r = firstSentence(s);
        if (r == null) return s.trim() === '';
        return s.trim().startsWith(r) && r.length > 0;
      }),
    );
  });
});

describe('glance', () => {
  it('pledge 20: the reason’s first sentence, the reported actual and the first next step', () => {
    const p = byId('20');
    const g = glance(p);
    expect(p.statusReason!.startsWith(g.reason!)).toBe(true);
    expect(g.reason!.endsWith('。')).toBe(true);
    expect(g.kpi.kind).toBe('numeric');
    if (g.kpi.kind === 'numeric') {
      expect(g.kpi.view.name).toBe(p.kpis[0].name);
      expect(g.kpi.view.latest?.fiscalYear).toBe(2023);
    }
    expect(p.sections.nextSteps[0].startsWith(g.next!)).toBe(true);
  });

  it('pledge 1: a KPI printed as words gives its next milestone', () => {
    const g = glance(byId('1'));
    expect(g.kpi.kind).toBe('milestone');
    if (g.kpi.kind === 'milestone') expect(g.kpi.milestone).toEqual({ fiscalYear: 2026, target: '無償化', actual: null });
  });

  it('pledge 5 prefers a reported actual over a part without one', () => {
    const g = glance(byId('5'));
    expect(g.kpi.kind).toBe('numeric');
    if (g.kpi.kind === 'numeric') expect(g.kpi.view.latest).not.toBeNull();
  });

  it('a pledge without KPIs says so; one with several counts the others', () => {
    expect(glance(byId('13-2')).kpi).toEqual({ kind: 'none' });
    expect(glance(byId('26')).otherKpis).toBe(1);
  });

  it('every answer is quoted from its own card', () => {
    for (const p of real.pledges) {
      const g = glance(p);
      if (g.reason) expect(p.statusReason).toContain(g.reason);
      if (g.next) expect(p.sections.nextSteps.some((s) => s.includes(g.next!))).toBe(true);
    }
  });

  it('empty sections give nothing rather than an empty string', () => {
    const g = glance(makePledge({ id: '9', statusReason: '', sections: { reported: [], sinceMeeting: [], budget: [], challenges: [], nextSteps: ['', ' '] } }));
    expect(g).toMatchObject({ reason: null, next: null, kpi: { kind: 'none' }, otherKpis: 0 });
  });
});
