import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  BACKUP_TEXT_SIZES,
  MAX_BACKUP_CHARS,
  backupFileName,
  mergeBackup,
  parseBackup,
  serializeBackup,
  type BackupData,
  type BackupFile,
} from '../../src/domain/backup';
import { serializeExport } from '../../src/domain/bookmarks-file';
import { MAX_VERSIONS, noteHash, type NoteRow } from '../../src/domain/note-write';
import { TEXT_SIZES } from '../../src/app/text-size';

/** Property tests run hundreds of cases; the machine's CPU is shared. */
const PROPERTY_TIMEOUT = 30_000;
const T0 = Date.parse('2025-01-01T00:00:00.000Z');
const note = (pledgeId: string, text: string, over: Partial<NoteRow> = {}): NoteRow => ({
  pledgeId,
  text,
  revision: 1,
  createdAt: T0,
  updatedAt: T0 + 1000,
  versions: [],
  ancestors: [],
  ...over,
});
const DATA: BackupData = {
  bookmarks: [
    { pledgeId: '1', addedAt: T0 },
    { pledgeId: '13-2', addedAt: T0 + 5 },
  ],
  notes: [
    note('13-2', '公約番号：13-2\n質問する', { revision: 3, versions: [{ writer: 'tab-b', text: '別の案', savedAt: T0 + 2000 }], ancestors: [noteHash('古い')] }),
    note('20', ''),
  ],
  preferences: { lang: 'en', textSize: 'large' },
};
const file = (data: BackupData = DATA, now = T0 + 9000) => serializeBackup(data, now);
const json = (over: Record<string, unknown>) => JSON.stringify({ ...JSON.parse(file()), ...over });
const refusedWith = (text: unknown) => {
  const r = parseBackup(text);
  if (r.ok) throw new Error('accepted');
  return r;
};

describe('parseBackup: accepting', () => {
  it('reads back what serializeBackup wrote', () => {
    expect(parseBackup(file())).toEqual({ ok: true, file: { ...DATA, kind: 'backup', exportedAt: T0 + 9000 } });
    expect(JSON.parse(file())).toMatchObject({ format: 'bibai-pledge-backup', version: 1, exportedAt: '2025-01-01T00:00:09.000Z' });
  });

  it('imports today’s bookmarks-only files', () => {
    const text = serializeExport([{ pledgeId: '2-1', addedAt: T0 }], T0);
    expect(parseBackup(text)).toEqual({ ok: true, file: { kind: 'bookmarks', exportedAt: null, bookmarks: [{ pledgeId: '2-1', addedAt: T0 }], notes: [], preferences: {} } });
    // Written by hand without exportedAt, as the bookmarks tests do.
    expect(parseBackup(JSON.stringify({ format: 'bibai-pledge-bookmarks', version: 1, bookmarks: [] })).ok).toBe(true);
  });

  it('accepts settings a later app adds, and drops them', () => {
    const r = parseBackup(json({ preferences: { lang: 'ja', highContrast: true, fontScale: 1.5, theme: null } }));
    expect(r.ok && r.file.preferences).toEqual({ lang: 'ja' });
  });

  it('knows the same text sizes as the app', () => {
    expect([...BACKUP_TEXT_SIZES]).toEqual([...TEXT_SIZES]);
  });

  it('names the file by the export date', () => {
    expect(backupFileName(T0)).toBe('bibai-backup-2025-01-01.json');
  });
});

describe('parseBackup: refusing', () => {
  it.each([
    ['a file too large', 'x'.repeat(MAX_BACKUP_CHARS + 1), 'tooLarge', ''],
    ['text that is not JSON', 'not json', 'notJson', ''],
    ['a truncated file', file().slice(0, 200), 'notJson', ''],
    ['a list', '[]', 'notBackup', ''],
    ['a number', '3', 'notBackup', ''],
    ['another format', JSON.stringify({ format: 'other', version: 1 }), 'notBackup', 'format'],
    ['no format', JSON.stringify({ version: 1 }), 'notBackup', 'format'],
    ['a newer version', json({ version: 2 }), 'newerVersion', 'version'],
    ['version 0', json({ version: 0 }), 'notBackup', 'version'],
    ['a missing list', json({ notes: undefined }), 'notBackup', 'notes'],
    ['an unknown top-level key', json({ extra: 1 }), 'notBackup', 'extra'],
    ['a bad pledge id', json({ bookmarks: [{ pledgeId: '<img src=x>', addedAt: '2025-01-01' }] }), 'invalidEntry', 'bookmarks.0.pledgeId'],
    ['a bad date', json({ bookmarks: [{ pledgeId: '1', addedAt: 'yesterday' }] }), 'invalidEntry', 'bookmarks.0.addedAt'],
    ['a note too long', json({ notes: [{ ...JSON.parse(file()).notes[0], text: 'あ'.repeat(20_001) }] }), 'invalidEntry', 'notes.0.text'],
    ['a note with a bad revision', json({ notes: [{ ...JSON.parse(file()).notes[0], revision: 1.5 }] }), 'invalidEntry', 'notes.0.revision'],
    ['two notes on one pledge', json({ notes: [JSON.parse(file()).notes[0], JSON.parse(file()).notes[0]] }), 'invalidEntry', 'notes.1.pledgeId'],
    ['a bad text size', json({ preferences: { textSize: 'huge' } }), 'invalidEntry', 'preferences.textSize'],
    ['a setting holding an object', json({ preferences: { later: { a: 1 } } }), 'invalidEntry', 'preferences'],
    ['too many bookmarks', json({ bookmarks: Array.from({ length: 1001 }, () => ({ pledgeId: '1', addedAt: '2025-01-01' })) }), 'tooLarge', 'bookmarks'],
  ])('refuses %s', (_, text, reason, path) => {
    const r = refusedWith(text);
    expect(r.reason).toBe(reason);
    expect(r.path).toBe(path);
    expect(r.message.length).toBeGreaterThan(0);
    if (path) expect(r.message).toContain(path);
  });

  it('refuses hostile keys anywhere, by their path, and pollutes nothing', () => {
    const withNotes = JSON.parse(file());
    const hostile = [
      [`{"__proto__":{"polluted":1},${file().trim().slice(1)}`, '__proto__'],
      [json({ notes: [{ ...withNotes.notes[0], constructor: { prototype: { polluted: 1 } } }] }), 'notes.0.constructor'],
      [file().replace('"preferences": {', '"preferences": {"__proto__": {"polluted": 1},'), 'preferences.__proto__'],
      [file().replace('"bookmarks": [', '"bookmarks": [{"prototype": 1},'), 'bookmarks.0.prototype'],
    ] as const;
    for (const [text, path] of hostile) {
      const r = refusedWith(text);
      expect([r.reason, r.path]).toEqual(['invalidEntry', path]);
    }
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('refuses a file nested deeper than the format', () => {
    const deep = '['.repeat(5000) + ']'.repeat(5000);
    expect(refusedWith(file().replace('"preferences": {', `"preferences": {"x": ${deep},`)).reason).toBe('invalidEntry');
    expect(refusedWith(`{"a":${'{"a":'.repeat(100)}1${'}'.repeat(101)}`).reason).toBe('invalidEntry');
  });

  it('refuses what is not text', () => {
    expect(refusedWith(undefined).reason).toBe('notJson');
    expect(refusedWith(42).reason).toBe('notJson');
  });
});

const REASONS = ['tooLarge', 'notJson', 'notBackup', 'newerVersion', 'invalidEntry'];

describe('parseBackup properties', () => {
  it('never throws on random text or random JSON, and only answers with known reasons', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.jsonValue().map((x) => JSON.stringify(x))), (text) => {
        const r = parseBackup(text);
        if (!r.ok) expect(REASONS).toContain(r.reason);
      }),
      { numRuns: 1000 },
    );
  }, PROPERTY_TIMEOUT);

  it('refuses every truncation of a valid file', () => {
    const text = file();
    fc.assert(
      fc.property(fc.integer({ min: 0, max: text.length - 2 }), (cut) => {
        expect(parseBackup(text.slice(0, cut)).ok).toBe(false);
      }),
      { numRuns: 500 },
    );
  }, PROPERTY_TIMEOUT);

  it('never throws on a corrupted valid file, and never accepts a corruption that breaks the rules', () => {
    const text = file();
    fc.assert(
      fc.property(fc.integer({ min: 0, max: text.length - 1 }), fc.string({ minLength: 1, maxLength: 3 }), (at, junk) => {
        const r = parseBackup(text.slice(0, at) + junk + text.slice(at + 1));
        if (r.ok) {
          // Whatever got through still satisfies the format's rules.
          expect(serializeBackup(r.file, 0).length).toBeLessThan(MAX_BACKUP_CHARS);
          for (const n of r.file.notes) expect(n.versions.length).toBeLessThanOrEqual(MAX_VERSIONS);
        } else expect(REASONS).toContain(r.reason);
      }),
      { numRuns: 1000 },
    );
  }, PROPERTY_TIMEOUT);

  it('refuses a hostile key put into any object of a valid file', () => {
    const base = JSON.parse(file());
    const objects = (x: unknown, out: Record<string, unknown>[] = []): Record<string, unknown>[] => {
      if (x && typeof x === 'object') {
        if (!Array.isArray(x)) out.push(x as Record<string, unknown>);
        for (const v of Object.values(x)) objects(v, out);
      }
      return out;
    };
    const count = objects(base).length;
    fc.assert(
      fc.property(fc.integer({ min: 0, max: count - 1 }), fc.constantFrom('__proto__', 'constructor', 'prototype'), (i, key) => {
        const copy = JSON.parse(file());
        const target = objects(copy)[i]!;
        Object.defineProperty(target, key, { value: { polluted: true }, enumerable: true, configurable: true, writable: true });
        const r = parseBackup(JSON.stringify(copy));
        expect(r.ok).toBe(false);
        expect(({} as Record<string, unknown>).polluted).toBeUndefined();
      }),
      { numRuns: 200 },
    );
  }, PROPERTY_TIMEOUT);
});

// ---------------------------------------------------------------------------------------------

const asFile = (data: BackupData, exportedAt = T0 + 9000): BackupFile => ({ ...data, kind: 'backup', exportedAt });
const none: BackupData = { bookmarks: [], notes: [], preferences: {} };

describe('mergeBackup', () => {
  it('adds new bookmarks and notes, keeps existing bookmarks with their own date', () => {
    const local: BackupData = { ...none, bookmarks: [{ pledgeId: '1', addedAt: 5 }] };
    const r = mergeBackup(local, asFile(DATA));
    expect(r).toMatchObject({ ok: true, bookmarks: [{ pledgeId: '13-2', addedAt: T0 + 5 }], notes: DATA.notes });
    expect(r.ok && r.summary).toEqual({ bookmarksAdded: 1, bookmarksKept: 1, notesAdded: 2, notesUpdated: 0, notesKept: 0, notesWithTwoVersions: 0, preferencesChanged: ['lang', 'textSize'] });
  });

  it('replaces a note whose file text was edited from this device’s text', () => {
    const local: BackupData = { ...none, notes: [note('5', '元の文', { revision: 4 })] };
    const incoming = asFile({ ...none, notes: [note('5', '元の文に追記', { revision: 2, updatedAt: T0 + 7000, ancestors: [noteHash('元の文')] })] });
    const r = mergeBackup(local, incoming);
    if (!r.ok) throw new Error();
    expect(r.summary.notesUpdated).toBe(1);
    expect(r.notes).toEqual([note('5', '元の文に追記', { revision: 5, updatedAt: T0 + 7000, ancestors: [noteHash('元の文')] })]);
  });

  it('keeps this device’s note when the file holds an older text of it', () => {
    const local: BackupData = { ...none, notes: [note('5', '新しい文', { ancestors: [noteHash('古い文')] })] };
    const r = mergeBackup(local, asFile({ ...none, notes: [note('5', '古い文')] }));
    expect(r.ok && [r.summary.notesKept, r.notes]).toEqual([1, []]);
  });

  it('keeps both texts of a note edited on both devices, and says so', () => {
    const local: BackupData = { ...none, notes: [note('5', 'この端末の文')] };
    const r = mergeBackup(local, asFile({ ...none, notes: [note('5', 'もう一台の文', { updatedAt: T0 + 3000 })] }));
    if (!r.ok) throw new Error();
    expect(r.summary.notesWithTwoVersions).toBe(1);
    expect(r.notes).toEqual([note('5', 'この端末の文', { versions: [{ writer: 'backup:2025-01-01T00:00:09.000Z', text: 'もう一台の文', savedAt: T0 + 3000 }] })]);
  });

  it('changes nothing when the same file is imported twice', () => {
    const local: BackupData = { ...none, notes: [note('5', 'この端末の文')], bookmarks: [{ pledgeId: '2', addedAt: 1 }] };
    const incoming = asFile({ ...DATA, notes: [...DATA.notes, note('5', 'もう一台の文')] });
    const first = mergeBackup(local, incoming);
    if (!first.ok) throw new Error();
    const merged = { bookmarks: [...local.bookmarks, ...first.bookmarks], notes: apply(local.notes, first.notes), preferences: first.preferences };
    const again = mergeBackup(merged, incoming);
    expect(again.ok && [again.bookmarks, again.notes, again.summary]).toEqual([
      [],
      [],
      { bookmarksAdded: 0, bookmarksKept: 2, notesAdded: 0, notesUpdated: 0, notesKept: 3, notesWithTwoVersions: 0, preferencesChanged: [] },
    ]);
  });

  it('refuses to merge when a note would hold too many versions', () => {
    const versions = Array.from({ length: MAX_VERSIONS }, (_, i) => ({ writer: `w${i}`, text: `v${i}`, savedAt: i }));
    const local: BackupData = { ...none, notes: [note('5', '本文', { versions })] };
    expect(mergeBackup(local, asFile({ ...none, notes: [note('5', '別の本文')] }))).toEqual({ ok: false, reason: 'tooManyVersions', pledgeId: '5' });
  });
});

/** Local notes with the merge's rows written over them. */
function apply(local: readonly NoteRow[], written: readonly NoteRow[]): NoteRow[] {
  const m = new Map(local.map((n) => [n.pledgeId, n]));
  for (const n of written) m.set(n.pledgeId, n);
  return [...m.values()];
}

describe('mergeBackup properties', () => {
  const ids = fc.constantFrom('1', '2-1', '5', '13-2', '20');
  const text = fc.constantFrom('', 'a', 'b', 'c', 'ab', 'メモ', '公約');
  const noteArb = (ancestorPool: string[]) =>
    fc.record({
      pledgeId: ids,
      text,
      revision: fc.integer({ min: 1, max: 5 }),
      createdAt: fc.integer({ min: 0, max: 10 }),
      updatedAt: fc.integer({ min: 10, max: 20 }),
      versions: fc.uniqueArray(fc.record({ writer: fc.constantFrom('x', 'y', 'z'), text, savedAt: fc.integer({ min: 0, max: 20 }) }), { maxLength: 3, selector: (v) => v.writer }),
      ancestors: fc.subarray(ancestorPool),
    });
  // Ancestors drawn from the same texts, so "edited from" and "older than" both happen.
  const pool = ['', 'a', 'b', 'c', 'ab', 'メモ', '公約'].map(noteHash);
  const side = fc.record({
    bookmarks: fc.uniqueArray(fc.record({ pledgeId: ids, addedAt: fc.integer({ min: 0, max: 100 }) }), { selector: (b) => b.pledgeId }),
    notes: fc.uniqueArray(noteArb(pool), { selector: (n) => n.pledgeId }),
    preferences: fc.record({ lang: fc.constantFrom('ja' as const, 'en' as const), textSize: fc.constantFrom(...BACKUP_TEXT_SIZES) }, { requiredKeys: [] }),
  });

  it('never loses a bookmark or a note text from either side', () => {
    fc.assert(
      fc.property(side, side, (local, incoming) => {
        const r = mergeBackup(local, asFile(incoming));
        if (!r.ok) return;
        const bookmarks = [...local.bookmarks, ...r.bookmarks];
        for (const b of [...local.bookmarks, ...incoming.bookmarks]) expect(bookmarks.map((x) => x.pledgeId)).toContain(b.pledgeId);
        // A device's bookmark keeps its date: the merge never rewrites one.
        for (const b of r.bookmarks) expect(local.bookmarks.map((x) => x.pledgeId)).not.toContain(b.pledgeId);

        const merged = new Map(apply(local.notes, r.notes).map((n) => [n.pledgeId, n]));
        const texts = (id: string) => [merged.get(id)!.text, ...merged.get(id)!.versions.map((v) => v.text)];
        const localById = new Map(local.notes.map((n) => [n.pledgeId, n]));
        const fileById = new Map(incoming.notes.map((n) => [n.pledgeId, n]));
        for (const n of local.notes) {
          const other = fileById.get(n.pledgeId);
          for (const t of [n.text, ...n.versions.map((v) => v.text)]) {
            // Only a text the other device says it edited from (or a blank one) may be replaced.
            const superseded = t.trim() === '' || (other?.ancestors.includes(noteHash(t)) ?? false);
            if (!superseded) expect(texts(n.pledgeId)).toContain(t);
          }
        }
        for (const n of incoming.notes) {
          const mine = localById.get(n.pledgeId);
          for (const t of [n.text, ...n.versions.map((v) => v.text)]) {
            const superseded = mine?.ancestors.includes(noteHash(t)) ?? false;
            if (!superseded) expect(texts(n.pledgeId)).toContain(t);
          }
        }
      }),
      { numRuns: 300 },
    );
  }, PROPERTY_TIMEOUT);

  it('is idempotent: the same file a second time writes nothing', () => {
    fc.assert(
      fc.property(side, side, (local, incoming) => {
        const first = mergeBackup(local, asFile(incoming));
        if (!first.ok) return;
        const after: BackupData = { bookmarks: [...local.bookmarks, ...first.bookmarks], notes: apply(local.notes, first.notes), preferences: first.preferences };
        const again = mergeBackup(after, asFile(incoming));
        expect(again.ok && [again.bookmarks, again.notes, again.summary.preferencesChanged]).toEqual([[], [], []]);
      }),
      { numRuns: 500 },
    );
  }, PROPERTY_TIMEOUT);

  it('round-trips every valid device state through the file', () => {
    fc.assert(
      fc.property(side, fc.integer({ min: 0, max: 4_000_000_000_000 }), (data, now) => {
        expect(parseBackup(serializeBackup(data, now))).toEqual({ ok: true, file: { ...data, kind: 'backup', exportedAt: now } });
      }),
      { numRuns: 300 },
    );
  }, PROPERTY_TIMEOUT);
});
