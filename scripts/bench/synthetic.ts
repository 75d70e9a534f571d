/**
 * A synthetic dataset of N pledges made deterministically from the real ones, to see how the
 * same code behaves at 10,000 and 100,000 pledges. Pure (no Node APIs) so the bench page can
 * generate the 100,000 set in the browser instead of downloading ~600 MB of JSON.
 *
 * Pledge `i` is a copy of real pledge `i mod 29` with the id `1001 + i`, a district name and
 * that id in its titles and summary (so titles are unique and searches hit a realistic
 * mix), and a status drawn from a seeded generator (so facet counts are not just 29 repeats).
 * The long texts (sections, KPIs, source text) stay as in the real card: they are what search
 * scans, and real cards are that long.
 */
import type { Dataset, Pledge, StatusId } from '../../src/domain/schema.ts';
import { STATUS_IDS } from '../../src/domain/schema.ts';

/** First synthetic id: above every real pledge number, so the two never collide. */
export const FIRST_SYNTHETIC_ID = 1001;

/**
 * Place names, so a search for one finds some pledges and not others. They are the bench's own
 * input, paired with its queries (scripts/bench/scale.ts searches 峰延 and 光珠内), not a fact of
 * the dataset: a dataset names no districts to derive them from, and data/ holds only what the
 * app publishes. They work on any municipality's dataset: what matters is that each is a short
 * word its real cards do not print.
 */
const DISTRICTS: readonly { ja: string; en: string }[] = [
  { ja: '東明', en: 'Tomei' },
  { ja: '光珠内', en: 'Koshunai' },
  { ja: '茶志内', en: 'Chashinai' },
  { ja: '峰延', en: 'Minenobu' },
  { ja: '盤の沢', en: 'Bannosawa' },
  { ja: '我路', en: 'Garo' },
  { ja: '南美唄', en: 'Minami-Bibai' },
  { ja: '中央', en: 'Chuo' },
  { ja: '沼の内', en: 'Numanouchi' },
  { ja: '豊葦', en: 'Toyoashi' },
];

/** mulberry32: tiny, fast and the same on every engine. */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Real status mix is mostly on-track; keep that shape so facet counts look like real ones. */
const STATUS_WEIGHTS: Record<StatusId, number> = { ahead: 0.05, 'on-track': 0.6, delayed: 0.15, 'not-started': 0.12, unreported: 0.08 };

function pickStatus(r: number): StatusId {
  let acc = 0;
  for (const s of STATUS_IDS) {
    acc += STATUS_WEIGHTS[s];
    if (r < acc) return s;
  }
  return 'on-track';
}

/** The synthetic pledge number `index` (0-based), made from `real`. */
export function syntheticPledge(real: readonly Pledge[], index: number): Pledge {
  const base = real[index % real.length]!;
  const random = rng(index * 2654435761 + 7);
  const district = DISTRICTS[Math.floor(random() * DISTRICTS.length)]!;
  const id = String(FIRST_SYNTHETIC_ID + index);
  const status = pickStatus(random());
  return {
    ...base,
    id,
    // The id in the title keeps titles unique even where two real cards share a title.
    title: {
      ja: `${base.title.ja}（${district.ja}地区・${id}）`,
      en: `${base.title.en} (${district.en} district, ${id})`,
    },
    summary: `【${district.ja}地区】${base.summary}`,
    status,
    // Statuses other than the real one have no reason printed for them.
    statusReason: status === base.status ? base.statusReason : null,
  };
}

/** The real dataset with its pledges replaced by `count` synthetic ones. */
export function syntheticDataset(real: Dataset, count: number): Dataset {
  const pledges: Pledge[] = new Array<Pledge>(count);
  for (let i = 0; i < count; i++) pledges[i] = syntheticPledge(real.pledges, i);
  return { ...real, version: `${real.asOf}.synthetic-${count}`, pledges };
}

/**
 * The same dataset as JSON text, written piece by piece: at 10,000 pledges one
 * `JSON.stringify` of the whole is ~60 MB, fine, but building it in parts keeps peak memory low.
 */
export function* syntheticJsonChunks(real: Dataset, count: number): Generator<string> {
  const { pledges: _unused, ...meta } = real;
  const head = JSON.stringify({ ...meta, version: `${real.asOf}.synthetic-${count}` });
  yield `${head.slice(0, -1)},"pledges":[`;
  for (let i = 0; i < count; i++) yield (i ? ',' : '') + JSON.stringify(syntheticPledge(real.pledges, i));
  yield ']}';
}
