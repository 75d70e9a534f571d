/**
 * The open data of a data folder with two published reports (tests/fixtures/second-edition.ts):
 * the feeds get every edition, the Data Package lists each edition file, the /data page's list
 * has them all with their sizes; a folder whose files disagree fails with the file named.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readPublished } from '../../src/build/published-data';
import { openDataFiles } from '../../src/build/open-data/open-data-files';
import { downloadList } from '../../src/build/plugins/open-data';
import { FIXTURE_AS_OF, FIXTURE_REPORT, makeSecondEdition, type SecondEdition } from '../fixtures/second-edition';
import { SITE } from './open-data-helpers';

let second: SecondEdition;
beforeAll(() => {
  second = makeSecondEdition();
}, 60_000);
afterAll(() => second?.remove());

const made = () => {
  const published = readPublished(second.dataDir);
  return { published, files: openDataFiles({ published, embedCss: '', site: SITE }) };
};
const file = (files: { fileName: string; source: string }[], name: string) => files.find((f) => f.fileName === name)!.source;

describe('open data from every published edition', () => {
  it('the feeds hold one entry per report, the newest first, saying what changed', () => {
    const { files } = made();
    const xml = file(files, 'feed.xml');
    const reports = [...xml.matchAll(/<id>(tag:[^<]*\/reports\/[^<]*)<\/id>/g)].map((m) => m[1]);
    expect(reports).toEqual([`tag:pledges.example,2026:/bibai/ja/reports/${FIXTURE_AS_OF}`, 'tag:pledges.example,2026:/bibai/ja/reports/2024-11']);
    expect(xml).toContain(FIXTURE_REPORT.ja);
    expect(xml).toContain('前回の報告（2024年11月時点）からの変更点');
  });

  it('the CSVs and the Data Package describe the current report and list every edition file', () => {
    const { files, published } = made();
    const pkg = JSON.parse(file(files, 'data/datapackage.json')) as { asOf: string; resources: { name: string; path: string; bytes: number }[] };
    expect(pkg.asOf).toBe(FIXTURE_AS_OF);
    expect(pkg.resources.filter((r) => r.name.startsWith('edition-')).map((r) => [r.path, r.bytes])).toEqual([
      ['editions/2024-11.json', Buffer.byteLength(second.files['editions/2024-11.json'])],
      [`editions/${FIXTURE_AS_OF}.json`, Buffer.byteLength(second.files[`editions/${FIXTURE_AS_OF}.json`])],
    ]);
    expect(file(files, 'data/pledges.csv')).not.toMatch(/^11,/m);
    expect(published.current.asOf).toBe(FIXTURE_AS_OF);
  });

  it('the /data page’s list has each file with its size, the editions oldest first', () => {
    const index = downloadList(made(), 'https://pledges.example', '/bibai/');
    expect(index.baseUrl).toBe('https://pledges.example/bibai/');
    expect(index.files.map((f) => f.path)).toEqual([
      'data/pledges.json',
      'data/pledges.csv',
      'data/kpis.csv',
      'data/datapackage.json',
      'data/editions.json',
      'data/editions/2024-11.json',
      `data/editions/${FIXTURE_AS_OF}.json`,
    ]);
    const { files } = made();
    expect(index.files.find((f) => f.kind === 'pledgesCsv')!.bytes).toBe(Buffer.byteLength(file(files, 'data/pledges.csv')));
    expect(index.files.find((f) => f.kind === 'dataset')!.bytes).toBe(Buffer.byteLength(second.files['pledges.json']));
    expect(index.files.filter((f) => f.kind === 'edition').map((f) => f.asOf)).toEqual(['2024-11', FIXTURE_AS_OF]);
  });

  it('refuses a folder whose files disagree, naming the file', () => {
    const path = join(second.dataDir, 'editions', '2024-11.json');
    const original = readFileSync(path, 'utf8');
    try {
      writeFileSync(path, original.replace(/"version": "[^"]+"/, '"version": "2024-11.000000000000"'));
      expect(() => readPublished(second.dataDir)).toThrow(/editions\/2024-11\.json is not the version .*editions\.json lists/);
      writeFileSync(path, '{"schemaVersion": 2}');
      expect(() => readPublished(second.dataDir)).toThrow(/editions\/2024-11\.json is invalid: /);
    } finally {
      writeFileSync(path, original);
    }
    const current = join(second.dataDir, 'pledges.json');
    writeFileSync(current, second.files['editions/2024-11.json']);
    try {
      expect(() => readPublished(second.dataDir)).toThrow(/pledges\.json is not the latest edition/);
    } finally {
      writeFileSync(current, second.files['pledges.json']);
    }
  });
});
