import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { screen, within } from '@solidjs/testing-library';
import downloads from 'virtual:open-data-index';
import OpenData from '../../../src/pages/OpenData';
import { parseDataset } from '../../../src/domain/validate-dataset';
import { formatFileSize } from '../../../src/domain/file-size';
import { inLang, renderInApp } from './harness';
import { makeDataset } from '../fixtures';

const parsed = parseDataset(readFileSync(resolve(import.meta.dirname, '../../../data/pledges.json'), 'utf8'));
if (!parsed.ok) throw new Error(parsed.message);
const real = parsed.dataset;

describe('the /data page', () => {
  it('lists every download with its link, what it holds, format, size and the Excel, Python and R lines', () => {
    renderInApp(OpenData, { dataset: real });
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('オープンデータ');
    const list = screen.getAllByRole('list')[0]!;
    const items = within(list).getAllByRole('listitem');
    expect(items.map((li) => within(li).getByRole('heading', { level: 3 }).textContent)).toEqual(['pledges.json', 'pledges.csv', 'kpis.csv', 'datapackage.json', 'editions.json']);
    for (const [i, li] of items.entries()) {
      const file = downloads.files[i]!;
      const link = within(li).getByRole('link');
      expect(link.getAttribute('href')).toBe(`/${file.path}`);
      // A file, not a route: the router leaves links with a target alone.
      expect(link.getAttribute('target')).toBe('_self');
      expect(li.textContent).toContain(formatFileSize(file.bytes));
      expect(li.textContent).toContain('Excel では');
      expect(within(li).getAllByText(new RegExp(`"${downloads.baseUrl}${file.path}"`)).length).toBe(2);
    }
    expect(items[1]!.textContent).toContain('CSV（UTF-8・BOM付き、CRLF）');
    expect(items[1]!.textContent).toContain('pandas.read_csv(');
    expect(screen.queryByRole('status')).toBeNull();
  });

  it('lists each report’s file, newest first, with its report name and size', () => {
    renderInApp(OpenData, { dataset: real });
    const heading = screen.getByRole('heading', { name: '報告ごとのファイル' });
    const list = heading.nextElementSibling!.nextElementSibling as HTMLElement;
    const editions = downloads.files.filter((f) => f.kind === 'edition').reverse();
    expect(within(list).getAllByRole('link').map((a) => a.getAttribute('href'))).toEqual(editions.map((f) => `/${f.path}`));
    expect(list.textContent).toContain(`${real.report.ja}（2024年11月時点）`);
  });

  it('lists the feeds of the page’s language, one per basic policy, and the other language’s', () => {
    renderInApp(OpenData, { dataset: real });
    const section = screen.getByRole('region', { name: 'フィード（Atom）' });
    const hrefs = within(section).getAllByRole('link').map((a) => a.getAttribute('href'));
    expect(hrefs).toEqual(['/feed.xml', ...real.policies.map((p) => `/pledges/policy/${p.id}/feed.xml`), '/en/feed.xml']);
    for (const a of within(section).getAllByRole('link')) expect(a.getAttribute('type')).toBe('application/atom+xml');
  });

  it('says how to cite, with the credit line and the license', () => {
    renderInApp(OpenData, { dataset: real });
    const section = screen.getByRole('region', { name: '引用のしかた' });
    expect(section.textContent).toContain('出典：美唄市「市長公約事業のロードマップ（2023-2027）」を加工して作成');
    expect(section.textContent).toContain(real.source.license.ja);
    expect(section.textContent).toContain(`${downloads.baseUrl}data/`);
  });

  it('in English, and with a note when the device holds a newer report than the files', () => {
    inLang('en');
    renderInApp(OpenData, { dataset: makeDataset() });
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Open data');
    expect(screen.getByRole('status').textContent).toMatch(/^This device holds a newer report/);
    expect(within(screen.getByRole('region', { name: 'Feeds (Atom)' })).getAllByRole('link')[0]!.getAttribute('href')).toBe('/en/feed.xml');
  });
});
