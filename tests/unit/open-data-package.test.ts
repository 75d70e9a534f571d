import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import Ajv from 'ajv-draft-04';
import { openDataFiles } from '../../src/build/open-data/open-data-files';
import { creditLine } from '../../src/build/open-data/datapackage';
import { readPublished } from '../../src/build/published-data';
import { ROOT, SITE, readRepoFile, realDataset, tableProblems, type TableSchema } from './open-data-helpers';

/** The Frictionless profiles kept in the repo (their origin: tests/fixtures/frictionless/README.md). */
const profile = (name: string) => JSON.parse(readRepoFile(`tests/fixtures/frictionless/${name}.json`)) as object;

const ds = realDataset();
const published = readPublished(`${ROOT}/data`);
const files = new Map(openDataFiles({ published, embedCss: '', site: SITE }).map((f) => [f.fileName, f.source]));
const pkg = JSON.parse(files.get('data/datapackage.json')!) as {
  resources: { name: string; path: string; profile: string; schema?: TableSchema; bytes: number; hash: string }[];
  [key: string]: unknown;
};
/** Each resource's file, as the package's relative path finds it in the data folder or the build. */
const resourceText = (path: string) => (['pledges.json', 'editions.json'].includes(path) || path.startsWith('editions/') ? readRepoFile(`data/${path}`) : files.get(`data/${path}`)!);

function validator(schema: object) {
  // The profiles' formats: `textarea` is a hint for form builders, not a constraint.
  const isUrl = (s: string) => URL.canParse(s);
  const ajv = new Ajv({ allErrors: true, strict: false, formats: { uri: isUrl, email: /^[^@\s]+@[^@\s]+$/, 'date-time': (s: string) => !Number.isNaN(Date.parse(s)), textarea: true } });
  const validate = ajv.compile(schema);
  return (data: unknown) => (validate(data) ? [] : ajv.errorsText(validate.errors, { separator: '\n' }).split('\n'));
}

describe('datapackage.json', () => {
  it('is a valid Data Package', () => {
    expect(validator(profile('data-package'))(pkg)).toEqual([]);
  });

  it('describes each file with its own profile: the dataset, both CSVs as tabular resources, the index and every edition', () => {
    expect(pkg.resources.map((r) => [r.name, r.path, r.profile])).toEqual([
      ['dataset', 'pledges.json', 'data-resource'],
      ['pledges', 'pledges.csv', 'tabular-data-resource'],
      ['kpis', 'kpis.csv', 'tabular-data-resource'],
      ['editions', 'editions.json', 'data-resource'],
      ...published.editions.map((e) => [`edition-${e.entry.id}`, e.entry.file, 'data-resource']),
    ]);
    expect(published.editions.length).toBeGreaterThan(0);
    expect(pkg.description).toContain('both CSVs hold the current report');
    const asResource = { 'data-resource': validator(profile('data-resource')), 'tabular-data-resource': validator(profile('tabular-data-resource')) };
    for (const r of pkg.resources) expect(asResource[r.profile as keyof typeof asResource](r), r.name).toEqual([]);
    const asTableSchema = validator(profile('table-schema'));
    for (const r of pkg.resources.filter((x) => x.schema)) expect(asTableSchema(r.schema), r.name).toEqual([]);
  });

  it('gives the size and hash of each file, so a download can be checked', () => {
    for (const r of pkg.resources) {
      const text = resourceText(r.path);
      expect(r.bytes, r.name).toBe(Buffer.byteLength(text, 'utf8'));
      expect(r.hash, r.name).toBe(`sha256:${createHash('sha256').update(text, 'utf8').digest('hex')}`);
    }
  });

  it('carries the license, the credit line, the source and the as-of date', () => {
    expect(pkg.licenses).toEqual([expect.objectContaining({ name: 'CC-BY-4.0', path: 'https://creativecommons.org/licenses/by/4.0/' })]);
    expect(pkg.termsOfUse).toEqual(ds.source.license);
    expect(pkg.credit).toBe('出典：美唄市「市長公約事業のロードマップ（2023-2027）」を加工して作成');
    expect(pkg.credit).toBe(creditLine(ds));
    expect(pkg.sources).toEqual([{ title: expect.stringContaining(ds.source.title) }]);
    expect(pkg.asOf).toBe(ds.asOf);
    expect(pkg.version).toBe(ds.version);
    expect(pkg.homepage).toBe('https://pledges.example/bibai/');
  });

  it('has field descriptions in Japanese and English', () => {
    for (const r of pkg.resources.filter((x) => x.schema))
      for (const f of r.schema!.fields as unknown as { name: string; title: string; description: string }[]) {
        expect(f.title, f.name).toMatch(/[\u3040-\u30ff\u4e00-\u9fff].* \/ [A-Za-z]/);
        expect(f.description, f.name).toMatch(/[\u3040-\u30ff\u4e00-\u9fff].* \/ .*[A-Za-z]{3}/);
      }
  });
});

describe('each CSV against its Table Schema', () => {
  const csvs = Object.fromEntries(pkg.resources.filter((r) => r.schema).map((r) => [r.name, resourceText(r.path)]));

  for (const r of pkg.resources.filter((x) => x.schema))
    it(`${r.path}: field names and order, types, required cells, primary key, foreign keys`, () => {
      expect(tableProblems(csvs[r.name]!, r.schema!, csvs)).toEqual([]);
    });

  it('the checker itself finds a repeated key, a wrong type, an empty required cell and a dangling foreign key', () => {
    const kpis = pkg.resources.find((r) => r.name === 'kpis')!;
    const csv = csvs.kpis!;
    const lines = csv.split('\r\n');
    const broken = [lines[0], lines[1], lines[1], lines[2]!.replace(/^[^,]+/, '99'), lines[3]!.replace(/,2023,|,2024,|,2025,/, ',FY,'), ''].join('\r\n');
    const problems = tableProblems(broken, kpis.schema!, csvs).join('\n');
    expect(problems).toMatch(/primary key .* repeats/);
    expect(problems).toMatch(/not found in pledges/);
    expect(problems).toMatch(/fiscal_year: not an integer/);
    expect(tableProblems(csvs.pledges!.replace(/\r\n1,公約 1,/, '\r\n,公約 1,'), pkg.resources[1]!.schema!, csvs).join()).toMatch(/pledge_id: required but empty/);
  });
});
