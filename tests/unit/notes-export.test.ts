import { afterEach, describe, expect, it } from 'vitest';
import { inDocumentOrder, noteAsText, notesDocument, notesFileName } from '../../src/domain/notes-export';
import type { NoteRow } from '../../src/domain/note-write';
import { showLang, t } from '../../src/i18n';
import { PLEDGES, makeDataset } from './fixtures';

const row = (pledgeId: string, text: string, over: Partial<NoteRow> = {}): NoteRow => ({
  pledgeId,
  text,
  revision: 1,
  createdAt: 0,
  updatedAt: 1000,
  versions: [],
  ancestors: [],
  ...over,
});
const date = (ms: number) => `T${ms}`;
const doc = (notes: NoteRow[], lang: 'ja' | 'en' = 'ja') =>
  notesDocument({ notes, dataset: makeDataset(), label: t, lang, formatDate: date, exportedAt: 5000, appName: '美唄市 公約ロードマップ' });

afterEach(() => showLang('ja'));

describe('notesDocument', () => {
  it('groups notes by pledge in document order, with number, title, status and last edit', () => {
    const facts = '公約番号：2-1　公約事業：ALTの増員\n進捗状況：計画よりも遅れている';
    const text = doc([row('3', '見守りの件', { updatedAt: 3000 }), row('2-1', `${facts}\n\n質問：# 人数は？\n`, { updatedAt: 2000 })]);
    expect(text).toBe(
      [
        '# 公約メモ（美唄市 公約ロードマップ）',
        '',
        '書き出した日時：T5000',
        'メモ 2件',
        '',
        '## 公約2-1　ALTの増員',
        '',
        '- 進捗状況：計画よりも遅れている',
        '- 最終更新：T2000',
        '',
        `${facts}\n\n質問：# 人数は？`,
        '',
        '## 公約3　高齢者の見守り',
        '',
        // Pledge 3 is unreported: the dataset prints no status name.
        '- 進捗状況：記載なし',
        '- 最終更新：T3000',
        '',
        '見守りの件',
        '',
      ].join('\n'),
    );
  });

  it('keeps notes on pledges the dataset no longer has, and every other version', () => {
    const text = doc([row('99', '消えた公約'), row('1', '本文', { versions: [{ writer: 'tab-b', text: '別の文', savedAt: 4000 }] })]);
    expect(text.indexOf('## 公約1　')).toBeLessThan(text.indexOf('## 公約99（現在のデータにはありません）'));
    expect(text).toContain('本文\n\n### 別の版（T4000に保存、どちらを残すか未決定）');
    expect(text).toContain('\n別の文\n');
    expect(text).toContain('\n消えた公約\n');
  });

  it('leaves out blank notes and says when there is none', () => {
    expect(doc([row('1', '   ')])).toContain('メモ 0件\n\nメモはまだありません。\n');
  });

  it('writes every note text verbatim, markup and placeholders included', () => {
    const hostile = '<script>alert(1)</script> {{date}} $t(site.name)';
    expect(doc([row('1', hostile)])).toContain(`\n${hostile}\n`);
  });

  it('labels in English', () => {
    showLang('en');
    const text = doc([row('2-1', 'note')], 'en');
    expect(text).toContain('# Pledge notes (美唄市 公約ロードマップ)\n');
    expect(text).toContain('\n1 note\n');
    expect(text).toContain('## Pledge 2-1: ALTの増員\n\n- Status: Behind plan\n- Last edited: T1000\n');
  });
});

describe('noteAsText and helpers', () => {
  it('copies one note with its pledge line', () => {
    expect(noteAsText(row('2-1', '本文\n二行目'), PLEDGES[1], t)).toBe('公約2-1　ALTの増員\n\n本文\n二行目');
    expect(noteAsText(row('99', 'x'), undefined, t)).toBe('公約99（現在のデータにはありません）\n\nx');
  });

  it('orders notes by the dataset, unknown ids last', () => {
    expect(inDocumentOrder([row('99', ''), row('3', ''), row('1', ''), row('100', '')], PLEDGES).map((r) => r.pledgeId)).toEqual(['1', '3', '100', '99']);
  });

  it('names the file by the date of the export', () => {
    expect(notesFileName(Date.parse('2025-01-31T10:00:00Z'))).toBe('bibai-notes-2025-01-31.md');
  });
});
