// @vitest-environment node
/** The loader refuses bad datasets as a whole and says where the first problems are. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseDataset, validateDataset, MAX_DATASET_BYTES } from '../../src/domain/validate-dataset';
import { paths } from '../../scripts/dataset/build';

const goodText = readFileSync(paths.current, 'utf8');
/** A fresh, mutable copy of the real dataset. */
const good = () => JSON.parse(goodText) as Record<string, any>;

function refused(input: unknown) {
  const r = typeof input === 'string' ? parseDataset(input) : validateDataset(input);
  if (r.ok) throw new Error('expected the dataset to be refused');
  return r;
}

describe('parseDataset', () => {
  it('accepts the real dataset', () => {
    const r = parseDataset(goodText);
    expect(r.ok).toBe(true);
  });

  it('reads a schema 1 file (a copy stored by an earlier app) without section labels, and needs them from schema 2', () => {
    const v1 = good();
    v1.schemaVersion = 1;
    delete v1.sectionLabels;
    expect(validateDataset(v1).ok).toBe(true);
    const v2 = good();
    delete v2.sectionLabels;
    expect(refused(v2).problems).toEqual([{ path: 'sectionLabels', message: 'schema 2 requires the section labels' }]);
    expect(refused({ ...good(), schemaVersion: 3 }).problems[0]?.path).toBe('schemaVersion');
  });

  it('refuses truncated JSON', () => {
    const r = refused(goodText.slice(0, goodText.length / 2));
    expect(r.message).toMatch(/^\(root\): not valid JSON/);
  });

  it('names the path of a wrong type', () => {
    const d = good();
    d.pledges[0].kpis[0].years[2].target = 5;
    const r = refused(d);
    expect(r.problems[0].path).toBe('pledges[0].kpis[0].years[2].target');
    expect(r.message).toMatch(/^pledges\[0\]\.kpis\[0\]\.years\[2\]\.target: .*string.*null/i);
  });

  it('refuses a missing field', () => {
    const d = good();
    delete d.pledges[0].summary;
    expect(refused(d).problems[0].path).toBe('pledges[0].summary');
  });

  it('refuses an extra field', () => {
    const d = good();
    d.pledges[0].sections.extra = [];
    expect(refused(d).problems[0].path).toBe('pledges[0].sections.extra');
  });

  it('refuses duplicate pledge ids', () => {
    const d = good();
    d.pledges.push(structuredClone(d.pledges[0]));
    const r = refused(d);
    expect(r.problems.some((p) => p.path === `pledges[${d.pledges.length - 1}]` && /duplicate/.test(p.message))).toBe(true);
  });

  it('refuses an unknown status', () => {
    const d = good();
    d.pledges[0].status = 'finished';
    expect(refused(d).problems[0].path).toBe('pledges[0].status');
  });

  it('refuses an unknown policy', () => {
    const d = good();
    d.pledges[0].policy = 9;
    expect(refused(d).problems[0].path).toBe('pledges[0].policy');
  });

  it('refuses a department missing from the department list', () => {
    const d = good();
    d.pledges[0].departments[0].name = '架空課';
    expect(refused(d).problems[0].path).toBe('pledges[0].departments[0].name');
  });

  it('refuses a KPI year outside the term', () => {
    const d = good();
    d.pledges[0].kpis[0].years[4].fiscalYear = 2031;
    const r = refused(d);
    expect(r.problems[0]).toEqual({ path: 'pledges[0].kpis[0].years[4].fiscalYear', message: 'year 2031 is outside the term 2023–2027' });
  });

  it('refuses a file of more than the size limit (a 10 MB string) before parsing it', () => {
    const d = good();
    d.pledges[0].summary = 'あ'.repeat(10_000_000);
    const r = refused(JSON.stringify(d));
    expect(r.message).toMatch(/too large/);
    expect(MAX_DATASET_BYTES).toBeLessThan(10_000_000);
  });

  it('refuses an overlong text value even in a small file', () => {
    const d = good();
    d.pledges[0].summary = 'x'.repeat(100_000);
    expect(refused(d).problems[0].path).toBe('pledges[0].summary');
  });

  it.each(['__proto__', 'constructor', 'prototype'])('refuses a %s key and pollutes nothing', (key) => {
    const text = goodText.replace('"summary":', `"${key}": {"polluted": true}, "summary":`);
    const r = refused(text);
    expect(r.problems[0].path).toBe(`pledges[0].${key}`);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('accepts HTML and script as plain text, unchanged', () => {
    const d = good();
    const html = '<script>alert(1)</script><img src=x onerror=alert(2)>';
    d.pledges[0].summary = html;
    const r = validateDataset(d);
    expect(r.ok).toBe(true);
    if (r.ok) expect(r.dataset.pledges[0].summary).toBe(html);
  });

  it('lists at most five problems and counts the rest', () => {
    const d = good();
    d.pledges[0].kpis[0].years.forEach((y: Record<string, unknown>) => (y.target = 1));
    d.pledges[0].title = 3;
    d.pledges[0].status = 'x';
    const r = refused(d);
    expect(r.problems.length).toBeGreaterThan(5);
    expect(r.message).toMatch(/\(\+\d+ more\)$/);
  });
});
