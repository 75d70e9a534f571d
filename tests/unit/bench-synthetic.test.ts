/** The bench's synthetic dataset (scripts/bench/synthetic.ts) is deterministic and schema-valid. */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { syntheticDataset, syntheticJsonChunks, FIRST_SYNTHETIC_ID } from '../../scripts/bench/synthetic';
import { parseDataset, validateDataset } from '../../src/domain/validate-dataset';
import type { Dataset } from '../../src/domain/schema';

const real = JSON.parse(readFileSync(resolve(import.meta.dirname, '../../data/pledges.json'), 'utf8')) as Dataset;

describe('synthetic dataset', () => {
  it('is the same on every run', () => {
    expect(syntheticDataset(real, 300)).toEqual(syntheticDataset(real, 300));
  });

  it('passes the app schema and invariants, with unique ids from 1001', () => {
    const d = syntheticDataset(real, 1000);
    const result = validateDataset(d);
    expect(result.ok ? 'ok' : result.message).toBe('ok');
    expect(d.pledges[0]!.id).toBe(String(FIRST_SYNTHETIC_ID));
    expect(new Set(d.pledges.map((p) => p.id)).size).toBe(1000);
    expect(new Set(d.pledges.map((p) => p.title.ja)).size).toBe(1000);
  });

  it('varies statuses but keeps the real mix of policies', () => {
    const d = syntheticDataset(real, 2900);
    expect(new Set(d.pledges.map((p) => p.status)).size).toBe(5);
    expect(d.pledges.filter((p) => p.policy === real.pledges[0]!.policy).length).toBe(100 * real.pledges.filter((p) => p.policy === real.pledges[0]!.policy).length);
  });

  it('writes the same dataset as JSON text', () => {
    const text = [...syntheticJsonChunks(real, 200)].join('');
    const parsed = parseDataset(text);
    expect(parsed.ok).toBe(true);
    expect(JSON.parse(text)).toEqual(JSON.parse(JSON.stringify(syntheticDataset(real, 200))));
  });
});
