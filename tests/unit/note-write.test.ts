import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  MAX_ANCESTORS,
  MAX_NOTE_CHARS,
  MAX_VERSIONS,
  applyResolution,
  applyWrite,
  canDelete,
  hasOtherVersions,
  isBlankNote,
  noteHash,
  withAncestors,
  type NoteRow,
  type NoteWrite,
} from '../../src/domain/note-write';

const write = (over: Partial<NoteWrite>): NoteWrite => ({ pledgeId: '13-2', text: 'メモ', baseRevision: 0, writer: 'tab-a', at: 1000, ...over });
const rowOf = (o: ReturnType<typeof applyWrite>): NoteRow => {
  if (o.kind === 'refused') throw new Error(`refused: ${o.reason}`);
  return o.row;
};

describe('applyWrite', () => {
  it('starts a note at revision 1', () => {
    expect(applyWrite(undefined, write({ text: '最初' }))).toEqual({
      kind: 'saved',
      row: { pledgeId: '13-2', text: '最初', revision: 1, createdAt: 1000, updatedAt: 1000, versions: [], ancestors: [] },
    });
  });

  it('replaces the text when the write started from the stored revision', () => {
    const first = rowOf(applyWrite(undefined, write({ text: '最初' })));
    const o = applyWrite(first, write({ text: '二番目', baseRevision: 1, at: 2000 }));
    expect(o.kind).toBe('saved');
    expect(rowOf(o)).toMatchObject({ text: '二番目', revision: 2, createdAt: 1000, updatedAt: 2000, versions: [], ancestors: [noteHash('最初')] });
  });

  it('keeps both texts when the write started from an older revision', () => {
    const v1 = rowOf(applyWrite(undefined, write({ text: '共通' })));
    const v2 = rowOf(applyWrite(v1, write({ text: 'タブAの文', baseRevision: 1, at: 2000 })));
    // Tab B still shows revision 1.
    const o = applyWrite(v2, write({ text: 'タブBの文', baseRevision: 1, writer: 'tab-b', at: 3000 }));
    expect(o.kind).toBe('conflict');
    expect(rowOf(o)).toMatchObject({ text: 'タブAの文', revision: 2, updatedAt: 2000, versions: [{ writer: 'tab-b', text: 'タブBの文', savedAt: 3000 }] });
    expect(hasOtherVersions(rowOf(o))).toBe(true);
  });

  it('updates a tab’s own other version as it keeps typing, instead of piling them up', () => {
    let row = rowOf(applyWrite(undefined, write({ text: 'A' })));
    row = rowOf(applyWrite(row, write({ text: 'AA', baseRevision: 1 })));
    row = rowOf(applyWrite(row, write({ text: 'B', baseRevision: 1, writer: 'tab-b', at: 2 })));
    row = rowOf(applyWrite(row, write({ text: 'BB', baseRevision: 1, writer: 'tab-b', at: 3 })));
    expect(row.versions).toEqual([{ writer: 'tab-b', text: 'BB', savedAt: 3 }]);
    // Tab B types its way to the stored text: its other version is no longer needed.
    const same = applyWrite(row, write({ text: 'AA', baseRevision: 1, writer: 'tab-b', at: 4 }));
    expect(same.kind).toBe('unchanged');
    expect(rowOf(same).versions).toEqual([]);
  });

  it('treats the stored text written again as unchanged, whatever its base', () => {
    const row = rowOf(applyWrite(undefined, write({ text: '同じ' })));
    expect(applyWrite(row, write({ text: '同じ', baseRevision: 0 }))).toEqual({ kind: 'unchanged', row });
  });

  it('keeps the text of a note deleted meanwhile in another tab', () => {
    expect(rowOf(applyWrite(undefined, write({ text: '残す', baseRevision: 7 })))).toMatchObject({ text: '残す', revision: 1 });
  });

  it('refuses a text too long to export, and an endless number of versions', () => {
    expect(applyWrite(undefined, write({ text: 'あ'.repeat(MAX_NOTE_CHARS + 1) }))).toEqual({ kind: 'refused', reason: 'tooLong' });
    let row = rowOf(applyWrite(undefined, write({ text: 'x' })));
    row = rowOf(applyWrite(row, write({ text: 'y', baseRevision: 1 })));
    for (let i = 0; i < MAX_VERSIONS; i++) row = rowOf(applyWrite(row, write({ text: `v${i}`, baseRevision: 1, writer: `w${i}` })));
    expect(applyWrite(row, write({ text: 'one more', baseRevision: 1, writer: 'late' }))).toEqual({ kind: 'refused', reason: 'tooManyVersions' });
    // An existing writer may still update its own version.
    expect(applyWrite(row, write({ text: 'v0 again', baseRevision: 1, writer: 'w0' })).kind).toBe('conflict');
  });
});

describe('applyResolution', () => {
  const conflicted = () => {
    let row = rowOf(applyWrite(undefined, write({ text: '元' })));
    row = rowOf(applyWrite(row, write({ text: 'A案', baseRevision: 1, at: 2 })));
    return rowOf(applyWrite(row, write({ text: 'B案', baseRevision: 1, writer: 'tab-b', at: 3 })));
  };

  it('settles the versions shown with the chosen text; the set-aside texts become ancestors', () => {
    const row = conflicted();
    const o = applyResolution(row, { pledgeId: '13-2', text: 'A案とB案', baseRevision: 2, settled: [{ writer: 'tab-b', savedAt: 3 }], writer: 'tab-a', at: 9 });
    expect(o.kind).toBe('saved');
    expect(rowOf(o)).toMatchObject({ text: 'A案とB案', revision: 3, updatedAt: 9, versions: [] });
    expect(rowOf(o).ancestors).toEqual(expect.arrayContaining([noteHash('A案'), noteHash('B案')]));
  });

  it('keeping the stored text drops the version without a new revision', () => {
    const row = conflicted();
    const kept = rowOf(applyResolution(row, { pledgeId: '13-2', text: 'A案', baseRevision: 2, settled: [{ writer: 'tab-b', savedAt: 3 }], writer: 'tab-a', at: 9 }));
    expect(kept).toMatchObject({ text: 'A案', revision: 2, versions: [] });
    expect(kept.ancestors).toContain(noteHash('B案'));
  });

  it('leaves a version that changed after it was shown', () => {
    const row = rowOf(applyWrite(conflicted(), write({ text: 'B案改', baseRevision: 1, writer: 'tab-b', at: 4 })));
    const o = rowOf(applyResolution(row, { pledgeId: '13-2', text: 'A案', baseRevision: 2, settled: [{ writer: 'tab-b', savedAt: 3 }], writer: 'tab-a', at: 9 }));
    expect(o.versions).toEqual([{ writer: 'tab-b', text: 'B案改', savedAt: 4 }]);
  });

  it('a resolution from an older revision is kept as another version', () => {
    const row = rowOf(applyWrite(conflicted(), write({ text: 'A案2', baseRevision: 2, at: 5 })));
    const o = applyResolution(row, { pledgeId: '13-2', text: '決定', baseRevision: 2, settled: [{ writer: 'tab-b', savedAt: 3 }], writer: 'tab-c', at: 9 });
    expect(o.kind).toBe('conflict');
    expect(rowOf(o)).toMatchObject({ text: 'A案2', revision: 3 });
    expect(rowOf(o).versions.map((v) => v.text)).toEqual(['B案', '決定']);
  });
});

describe('helpers', () => {
  it('canDelete only what the member saw', () => {
    const row = rowOf(applyWrite(undefined, write({ text: 'x' })));
    expect(canDelete(undefined, { revision: 0, versions: [] })).toBe(true);
    expect(canDelete(row, { revision: 1, versions: [] })).toBe(true);
    expect(canDelete(row, { revision: 0, versions: [] })).toBe(false);
    const withVersion = rowOf(applyWrite(row, write({ text: 'y', baseRevision: 0, writer: 'b', at: 5 })));
    expect(canDelete(withVersion, { revision: 1, versions: [] })).toBe(false);
    expect(canDelete(withVersion, { revision: 1, versions: [{ writer: 'b', savedAt: 5 }] })).toBe(true);
  });

  it('keeps ancestors unique, newest last, and bounded', () => {
    expect(withAncestors(['a', 'b'], ['a', 'c'])).toEqual(['b', 'a', 'c']);
    const many = Array.from({ length: MAX_ANCESTORS + 5 }, (_, i) => `h${i}`);
    expect(withAncestors([], many)).toEqual(many.slice(5));
  });

  it('hashes texts to 14 hex digits, differently for different texts', () => {
    expect(noteHash('メモ')).toMatch(/^[0-9a-f]{14}$/);
    expect(noteHash('メモ')).toBe(noteHash('メモ'));
    expect(noteHash('メモ')).not.toBe(noteHash('メモ '));
    expect(noteHash('')).not.toBe(noteHash('\u0000'));
  });

  it('knows a blank note', () => {
    expect(isBlankNote(rowOf(applyWrite(undefined, write({ text: '  \n' }))))).toBe(true);
    expect(isBlankNote(rowOf(applyWrite(undefined, write({ text: 'x' }))))).toBe(false);
  });
});

describe('two-tab rule, property', () => {
  it('never loses a writer’s latest text unless a writer who had seen it replaced it', () => {
    // Writers edit from whatever revision they last saw; now and then one adopts the stored text.
    const step = fc.record({ writer: fc.constantFrom('a', 'b', 'c'), text: fc.string({ maxLength: 8 }), refresh: fc.boolean() });
    fc.assert(
      fc.property(fc.array(step, { minLength: 1, maxLength: 30 }), (steps) => {
        let row: NoteRow | undefined;
        const seen = new Map<string, number>();
        const latest = new Map<string, string>();
        // The text stored at each revision, and the revisions that a save started from.
        const storedAt = new Map<number, string>();
        const replacedFrom = new Set<number>();
        steps.forEach((s, i) => {
          if (s.refresh && row) seen.set(s.writer, row.revision);
          const base = seen.get(s.writer) ?? 0;
          const o = applyWrite(row, { pledgeId: '1', text: s.text, baseRevision: base, writer: s.writer, at: i });
          expect(o.kind).not.toBe('refused');
          if (o.kind === 'refused') return;
          if (o.kind === 'saved') {
            if (row) replacedFrom.add(base);
            seen.set(s.writer, o.row.revision);
            storedAt.set(o.row.revision, o.row.text);
          }
          row = o.row;
          latest.set(s.writer, s.text);
        });
        const texts = [row!.text, ...row!.versions.map((v) => v.text)];
        for (const text of latest.values()) {
          const knowinglyReplaced = [...storedAt].some(([rev, t]) => t === text && replacedFrom.has(rev));
          if (!knowinglyReplaced) expect(texts).toContain(text);
        }
        // One other version per writer at most.
        expect(new Set(row!.versions.map((v) => v.writer)).size).toBe(row!.versions.length);
      }),
      { numRuns: 500 },
    );
  });
});
