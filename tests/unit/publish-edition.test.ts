// @vitest-environment node
/**
 * Publishing the next report adds an edition and never rewrites an older one; the new edition
 * passes the same fidelity checks against its own source text. The report is made up
 * (tests/fixtures/second-edition.ts) in a temporary copy of data/.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { dataPaths, editionFile, paths, reportSource } from '../../scripts/dataset/build';
import { publishEdition, startReport } from '../../scripts/dataset/editions';
import { policyMismatch, statusMismatch, unfaithfulNumbers, unfaithfulTexts, uncoveredWords } from '../../scripts/dataset/fidelity';
import { splitCards } from '../../scripts/dataset/seed-cards';
import { parseDataset } from '../../src/domain/validate-dataset';
import { parseEditionIndex } from '../../src/domain/edition-index';
import { ADDED_TITLE, FIXTURE_AS_OF, makeSecondEdition } from '../fixtures/second-edition';

const second = makeSecondEdition();
afterAll(() => second.remove());
const p = dataPaths(second.dataDir);

describe('publishing a new report', () => {
  it('leaves the older edition byte for byte as published', () => {
    expect(readFileSync(editionFile(p, '2024-11'))).toEqual(readFileSync(editionFile(paths, '2024-11')));
  });

  it('lists both editions, oldest first, and makes the new one current', () => {
    const index = parseEditionIndex(second.files['editions.json']);
    if (!index.ok) throw new Error(index.message);
    expect(index.index.editions.map((e) => e.id)).toEqual(['2024-11', FIXTURE_AS_OF]);
    expect(second.files['pledges.json']).toBe(second.files['editions/2025-05.json']);
    const current = parseDataset(second.files['pledges.json']);
    expect(current.ok && current.dataset.asOf).toBe(FIXTURE_AS_OF);
    expect(index.index.editions[1]!.bytes).toBe(Buffer.byteLength(second.files['pledges.json']));
  });

  it('checks the new edition against its own source text, as every edition is', () => {
    const parsed = parseDataset(second.files['editions/2025-05.json']);
    if (!parsed.ok) throw new Error(parsed.message);
    const data = parsed.dataset;
    const source = reportSource(p, FIXTURE_AS_OF).text;
    expect(data.pledges.map((x) => x.id)).toEqual(splitCards(source).map((c) => c.id));
    expect(data.pledges.map((x) => x.id)).not.toContain('11');
    expect(data.pledges.find((x) => x.id === '27')?.title.ja).toBe(ADDED_TITLE);
    for (const pledge of data.pledges) {
      expect([...unfaithfulTexts(pledge), ...unfaithfulNumbers(pledge), ...uncoveredWords(pledge, data)], pledge.id).toEqual([]);
      expect(statusMismatch(pledge, data), pledge.id).toBeNull();
      expect(policyMismatch(pledge, data), pledge.id).toBeNull();
    }
    expect(data.sectionLabels?.sinceMeeting.ja).toBe('第8回経営会議以降の取組');
  });

  it('publishing the same report again writes nothing; an older report is never rebuilt', () => {
    expect(publishEdition(p, FIXTURE_AS_OF)).toEqual([]);
    expect(() => publishEdition(p, '2024-11')).toThrow(/older editions are never rewritten/);
    expect(readFileSync(editionFile(p, '2024-11'))).toEqual(readFileSync(editionFile(paths, '2024-11')));
  });

  it('starts a report only after the latest one, from its own new source file', () => {
    const source = join(second.dataDir, 'source', 'pledge-roadmap-2023-2027.txt');
    expect(() => startReport(p, '2025-01', source)).toThrow(/not after the latest report 2025-05/);
    expect(() => startReport(p, '2025-13', source)).toThrow(/not an as-of date/);
    expect(() => startReport(p, '2025-09', source)).toThrow(/exists already/);
  });
});
