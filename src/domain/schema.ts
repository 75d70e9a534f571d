/**
 * The one runtime schema of the pledge dataset (`data/pledges.json`).
 *
 * Valibot was chosen over Zod because it is modular: the app bundles only the validators it
 * uses (a few KB gzip), while still giving typed output and issue paths. The TypeScript types
 * below are derived from the schema, so the loader, the tests and the views cannot drift apart.
 *
 * Every object is strict: an unknown key (including `__proto__` or `constructor` smuggled in
 * through JSON) is an error, not something to ignore.
 */
import * as v from 'valibot';

/** Longest text value the dataset may hold; the longest real one is a few hundred chars. */
export const MAX_TEXT = 4000;
/** The raw text of one card is ~4 KB; anything far larger is not a card. */
export const MAX_SOURCE_TEXT = 20000;

import { STATUS_IDS } from './ids.ts';

export { SECTION_KEYS, STATUS_IDS, type SectionKey, type StatusId } from './ids.ts';

const text = (max = MAX_TEXT, type = 'expected a string') =>
  v.pipe(v.string(type), v.minLength(1, 'expected a non-empty string'), v.maxLength(max, `expected at most ${max} characters`));
/** Null stands for an empty or dashed cell, never for an empty string. */
const optionalText = (max = MAX_TEXT) => v.nullable(text(max, 'expected string or null'));

const Bilingual = v.strictObject({ ja: text(), en: text() });

const FiscalYear = v.pipe(v.number(), v.integer(), v.minValue(1989), v.maxValue(2100));

/** A number read from printed text, with the exact printed fragment it came from. */
const NumericPoint = v.strictObject({
  value: v.pipe(v.number(), v.finite()),
  text: text(200),
});

const SeriesYear = v.strictObject({
  fiscalYear: FiscalYear,
  target: v.nullable(NumericPoint),
  actual: v.nullable(NumericPoint),
});

/** One chartable line of a KPI: the whole KPI, or one part of a multi-part cell, or their total. */
const KpiSeries = v.strictObject({
  /** Part label as printed (e.g. `ピパの子保育園`, `中1`, `②`); null when the KPI has one part. */
  label: optionalText(200),
  /** Longer name of the part taken from elsewhere on the card, if the cell only gives a mark. */
  name: optionalText(200),
  /** True for the series that sums the parts, where the source prints a total. */
  total: v.boolean(),
  /** As printed in the cells (`億円`, `％`, `回`); null where the source prints bare numbers. */
  unit: optionalText(20),
  baseline: v.nullable(NumericPoint),
  years: v.array(SeriesYear),
});

const KpiYear = v.strictObject({
  fiscalYear: FiscalYear,
  /** As printed; null where the cell is empty or a dash. */
  target: optionalText(400),
  actual: optionalText(400),
});

const Kpi = v.strictObject({
  name: text(400),
  /** 現状値（指標設定時） as printed; null where empty or a dash. */
  baseline: optionalText(400),
  years: v.array(KpiYear),
  /** Numeric reading of the cells, one series per part; empty for qualitative KPIs. */
  series: v.array(KpiSeries),
});

const Department = v.strictObject({
  /** The department itself, e.g. `生活環境課` (also the `dept=` URL value). */
  name: text(100),
  /** A division prefix printed before it, e.g. `市民部`. */
  division: optionalText(100),
  /** Marked ◎ in the source: the lead department. */
  lead: v.boolean(),
});

const PlanStep = v.strictObject({
  /** As printed, with its mark: `①各施設の実態把握`. */
  text: text(400),
  /** Sub-items printed under the step (bullets removed). */
  details: v.array(text(400)),
});

const Note = v.strictObject({
  /** Path of the field the note is about, e.g. `kpis[0].years[2].target`. */
  field: text(200),
  ja: text(),
  en: text(),
});

/** The five narrative sections; each edition prints its own labels (`sectionLabels`). */
const Sections = v.strictObject({
  /** What was reported to the last management meeting (これまでの取組【第N回経営会議報告内容】). */
  reported: v.array(text()),
  /** Actions since that meeting (第N回経営会議以降の取組). */
  sinceMeeting: v.array(text()),
  /** Steps toward the next budget (R7年度予算編成に向けた取組). */
  budget: v.array(text()),
  /** 現状の課題 */
  challenges: v.array(text()),
  /** 今後の取組(予定) */
  nextSteps: v.array(text()),
});

// Up to six digits: Bibai's cards go to 26, but the same code must hold the benchmark's
// synthetic 10,000 and 100,000 pledges (ids from 1001, scripts/bench/synthetic.ts).
const PledgeId = v.pipe(v.string(), v.regex(/^[1-9]\d{0,5}(?:-[1-9])?$/, 'expected a pledge number such as "2" or "13-2"'));
const PolicyId = v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(8));
const StatusIdSchema = v.picklist(STATUS_IDS, `expected one of ${STATUS_IDS.join(', ')}`);

export const PledgeSchema = v.strictObject({
  id: PledgeId,
  policy: PolicyId,
  title: Bilingual,
  departments: v.pipe(v.array(Department), v.minLength(1)),
  summary: text(),
  relatedPrograms: v.array(text(400)),
  kpis: v.array(Kpi),
  plan: v.array(PlanStep),
  status: StatusIdSchema,
  /** 進捗状況に関する理由・補足等; null where the card leaves it empty. */
  statusReason: optionalText(),
  sections: Sections,
  /** Our reading of places where the scrambled source left a real doubt. */
  notes: v.array(Note),
  source: v.strictObject({
    /** 1-based, inclusive line range of the card in the source file. */
    lines: v.strictObject({
      start: v.pipe(v.number(), v.integer(), v.minValue(1)),
      end: v.pipe(v.number(), v.integer(), v.minValue(1)),
    }),
    text: text(MAX_SOURCE_TEXT),
  }),
});

/**
 * Format of the file: 1 is the single-report file of the app's first releases (still read from
 * the storage of devices that kept one); 2 is one edition of the report series, with its own
 * section labels (data/README.md).
 */
export const SCHEMA_VERSIONS = [1, 2] as const;
export const CURRENT_SCHEMA_VERSION = 2;

export const DatasetSchema = v.strictObject({
  schemaVersion: v.picklist(SCHEMA_VERSIONS, 'expected schemaVersion 1 or 2'),
  /** Changes whenever the content changes: `<asOf>.<hash of content>`. */
  version: text(100),
  title: Bilingual,
  municipality: Bilingual,
  term: v.strictObject({ startFiscalYear: FiscalYear, endFiscalYear: FiscalYear }),
  report: Bilingual,
  /** The report's as-of date: the latest month it reports something as done (planned dates do not count). */
  asOf: v.pipe(v.string(), v.regex(/^\d{4}-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?$/, 'expected YYYY-MM or YYYY-MM-DD')),
  source: v.strictObject({
    file: text(200),
    title: text(),
    publisher: Bilingual,
    license: Bilingual,
  }),
  /** The section headings as this edition prints them (ja) and our translation (en); schema 2 only. */
  sectionLabels: v.optional(
    v.strictObject({ reported: Bilingual, sinceMeeting: Bilingual, budget: Bilingual, challenges: Bilingual, nextSteps: Bilingual }),
  ),
  /** English fields are the app team's translations, not the city's. */
  translations: v.strictObject({ en: Bilingual }),
  policies: v.array(v.strictObject({ id: PolicyId, ja: text(200), en: text(200) })),
  departments: v.array(v.strictObject({ ja: text(100), en: text(200) })),
  statuses: v.array(v.strictObject({ id: StatusIdSchema, ja: optionalText(100), en: text(100) })),
  pledges: v.array(PledgeSchema),
});

export type Dataset = v.InferOutput<typeof DatasetSchema>;
export type Pledge = v.InferOutput<typeof PledgeSchema>;
export type Kpi = Pledge['kpis'][number];
export type KpiSeries = Kpi['series'][number];
export type NumericPoint = NonNullable<KpiSeries['baseline']>;
export type Department = Pledge['departments'][number];
export type Note = Pledge['notes'][number];
