/**
 * Assembles the dataset from the hand-read cards (`data/cards/<id>.json`) and the metadata
 * (`data/meta.json`), adding what must never be typed by hand: each card's line range and raw
 * text from the source file, and a content-derived `version`. `npm run data:build` writes it.
 */
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { splitCards } from './seed-cards';

const root = resolve(import.meta.dirname, '../..');
export const paths = {
  meta: join(root, 'data/meta.json'),
  cards: join(root, 'data/cards'),
  out: join(root, 'data/pledges.json'),
  seed: join(root, 'data/source/pledge-roadmap-2023-2027.txt'),
  readme: join(root, 'data/README.md'),
};

const NOTES = /(<!-- notes:start[^>]*-->\n)[\s\S]*?(<!-- notes:end -->)/;

/** data/README.md with its table of reading notes rewritten from the cards. */
export function readmeWithNotes(readme: string, pledges: Record<string, unknown>[]): string {
  const cell = (s: string) => s.replace(/\|/g, '\\|').replace(/\n/g, ' ');
  const rows = pledges.flatMap((p) =>
    (p.notes as { field: string; ja: string; en: string }[]).map(
      (n) => `| ${String(p.id)} | \`${n.field}\` | ${cell(n.ja)}<br>${cell(n.en)} |`,
    ),
  );
  const table = ['| pledge | field | our reading |', '|---|---|---|', ...rows].join('\n') + '\n';
  if (!NOTES.test(readme)) throw new Error('data/README.md has no notes:start/notes:end markers');
  return readme.replace(NOTES, (_m, start: string, end: string) => start + table + end);
}

const readJson = (file: string) => JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;

/** Field order of a pledge in the output, so diffs between reports stay readable. */
const PLEDGE_KEYS = ['id', 'policy', 'title', 'departments', 'summary', 'relatedPrograms', 'kpis', 'plan', 'status', 'statusReason', 'sections', 'notes'];

export function buildDataset(): Record<string, unknown> {
  const meta = readJson(paths.meta);
  const seedCards = splitCards(readFileSync(paths.seed, 'utf8'));
  const files = new Map(
    readdirSync(paths.cards)
      .filter((f) => f.endsWith('.json'))
      .map((f) => [f.replace(/\.json$/, ''), join(paths.cards, f)]),
  );
  const unknown = [...files.keys()].filter((id) => !seedCards.some((c) => c.id === id));
  if (unknown.length) throw new Error(`cards with no matching card in the source: ${unknown.join(', ')}`);

  const pledges = seedCards.flatMap((seed) => {
    const file = files.get(seed.id);
    if (!file) return [];
    const card = readJson(file);
    if (card.id !== seed.id) throw new Error(`${file}: id ${String(card.id)} does not match the file name`);
    const ordered: Record<string, unknown> = {};
    for (const key of PLEDGE_KEYS) if (key in card) ordered[key] = card[key];
    for (const key of Object.keys(card)) if (!(key in ordered)) ordered[key] = card[key]; // let validation name it
    ordered.source = { lines: { start: seed.start, end: seed.end }, text: seed.text };
    return [ordered];
  });

  const content = { ...meta, pledges };
  const hash = createHash('sha256').update(JSON.stringify(content)).digest('hex').slice(0, 12);
  // `version` goes second, after `schemaVersion`, where a reader of the file looks for it
  const { schemaVersion, ...rest } = content as typeof content & { schemaVersion?: unknown };
  return { schemaVersion, version: `${String(meta.asOf)}.${hash}`, ...rest };
}
