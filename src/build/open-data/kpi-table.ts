/**
 * `kpis.csv`: the KPI tables in long format, one row per pledge × KPI × part × fiscal year.
 * A part is one numeric series of the KPI (a nursery school, a school grade, a kind of event,
 * the total); a KPI read only as text (無償化) has one part without numbers. Every row also
 * carries the KPI's cells as printed, so text that no number was read from is not lost.
 */
import type { Dataset, Kpi, KpiSeries, NumericPoint, Pledge } from '../../domain/schema.ts';
import { achievementRate } from '../../domain/kpi-series.ts';
import { translator } from './messages.ts';
import type { Column, Table } from './table.ts';

export interface KpiRow {
  pledge: Pledge;
  kpiNo: number;
  kpi: Kpi;
  partNo: number;
  /** Null for a KPI without numeric series. */
  series: KpiSeries | null;
  fiscalYear: number;
  cells: Kpi['years'][number];
  points: KpiSeries['years'][number] | null;
}

/** Rates are written rounded: 0.01 percentage point is more than the printed figures carry. */
export const RATE_DECIMALS = 4;

export function kpiRows(ds: Dataset): KpiRow[] {
  return ds.pledges.flatMap((pledge) =>
    pledge.kpis.flatMap((kpi, k) => {
      const parts: (KpiSeries | null)[] = kpi.series.length > 0 ? kpi.series : [null];
      return parts.flatMap((series, s) =>
        kpi.years.map((cells) => ({
          pledge,
          kpiNo: k + 1,
          kpi,
          partNo: s + 1,
          series,
          fiscalYear: cells.fiscalYear,
          cells,
          points: series?.years.find((y) => y.fiscalYear === cells.fiscalYear) ?? null,
        })),
      );
    }),
  );
}

const text = (p: NumericPoint | null | undefined) => p?.text ?? null;
const value = (p: NumericPoint | null | undefined) => p?.value ?? null;

function rate(row: KpiRow): number | null {
  const r = achievementRate(value(row.points?.actual), value(row.points?.target));
  return r === null ? null : Number(r.toFixed(RATE_DECIMALS));
}

export function kpiTable(ds: Dataset): Table<KpiRow> {
  const t = translator('ja');
  const pair = (
    name: 'baseline' | 'target' | 'actual',
    ja: string,
    en: string,
    point: (r: KpiRow) => NumericPoint | null | undefined,
  ): Column<KpiRow>[] => [
    {
      name: `${name}_text`,
      type: 'string',
      title: { ja: `${ja}（読み取った箇所）`, en: `${en} (text read)` },
      description: { ja: `${ja}の数値を読み取った、印刷どおりの文字列（例：17.2億円、ピパの子保育園\u300060名）`, en: `The printed fragment the ${en.toLowerCase()} number was read from (17.2億円)` },
      value: (r) => text(point(r)),
    },
    {
      name: `${name}_value`,
      type: 'number',
      title: { ja: `${ja}（数値）`, en: `${en} (number)` },
      description: { ja: `${ja}の数値。単位は unit のまま換算しない（17.2億円 → 17.2）`, en: `The ${en.toLowerCase()} as a plain number in the printed unit, never converted (17.2億円 → 17.2)` },
      value: (r) => value(point(r)),
    },
  ];
  const cell = (name: string, ja: string, en: string, get: (r: KpiRow) => string | null): Column<KpiRow> => ({
    name,
    type: 'string',
    title: { ja: `${ja}（欄の全体）`, en: `${en} (whole cell)` },
    description: {
      ja: `KPIの${ja}の欄の全体を印刷どおりに。同じKPI・年度のすべての部分で同じ`,
      en: `The KPI's whole ${en.toLowerCase()} cell as printed, the same on every part of that KPI and year`,
    },
    value: get,
  });
  const columns: Column<KpiRow>[] = [
    {
      name: 'pledge_id',
      type: 'string',
      required: true,
      title: { ja: '公約番号', en: 'Pledge number' },
      description: { ja: 'pledges.csv の pledge_id', en: 'The pledge_id in pledges.csv' },
      value: (r) => r.pledge.id,
    },
    {
      name: 'pledge_label',
      type: 'string',
      required: true,
      title: { ja: '公約（表示用）', en: 'Pledge (label)' },
      description: { ja: '「公約 2-1」の形の公約番号', en: 'The number as "公約 2-1", which spreadsheets keep as text' },
      value: (r) => t('pledge.number', { id: r.pledge.id }),
    },
    {
      name: 'kpi_no',
      type: 'integer',
      required: true,
      title: { ja: 'KPI番号', en: 'KPI number' },
      description: { ja: '公約の中でのKPIの順番（1から）', en: 'Position of the KPI within its pledge, from 1' },
      value: (r) => r.kpiNo,
    },
    {
      name: 'kpi_name',
      type: 'string',
      required: true,
      title: { ja: '重要業績成果指標', en: 'KPI' },
      description: { ja: '重要業績成果指標（KPI）の名称', en: 'The KPI (重要業績成果指標) as printed' },
      value: (r) => r.kpi.name,
    },
    {
      name: 'part_no',
      type: 'integer',
      required: true,
      title: { ja: '部分番号', en: 'Part number' },
      description: {
        ja: 'KPIの中での部分（数値の系列）の順番（1から）。数値のないKPIは1つの部分だけ',
        en: 'Position of the part (numeric series) within the KPI, from 1; a KPI without numbers has one part',
      },
      value: (r) => r.partNo,
    },
    {
      name: 'part_label',
      type: 'string',
      title: { ja: '部分', en: 'Part label' },
      description: {
        ja: '部分の印刷どおりの名称（ピパの子保育園、小6、②）。部分が1つのKPIと合計は空',
        en: 'The part as printed (ピパの子保育園, 小6, ②); empty for a single-part KPI and for the total',
      },
      value: (r) => r.series?.label ?? null,
    },
    {
      name: 'part_name',
      type: 'string',
      title: { ja: '部分の名称', en: 'Part name' },
      description: { ja: '印が①②だけのとき、カードの別の箇所にある部分の名称', en: 'A longer name of the part from elsewhere on the card, where the label is only a mark' },
      value: (r) => r.series?.name ?? null,
    },
    {
      name: 'is_total',
      type: 'boolean',
      required: true,
      title: { ja: '合計', en: 'Total' },
      description: { ja: 'true：カードに印刷された、部分の合計の系列', en: 'true: the series that sums the parts, as printed on the card' },
      value: (r) => r.series?.total ?? false,
    },
    {
      name: 'unit',
      type: 'string',
      title: { ja: '単位', en: 'Unit' },
      description: { ja: '印刷どおりの単位（億円、％、回 など）。印刷されていなければ空', en: 'The unit as printed (億円, ％, 回 …); empty where the source prints bare numbers' },
      value: (r) => r.series?.unit ?? null,
    },
    ...pair('baseline', '現状値', 'Baseline', (r) => r.series?.baseline),
    {
      name: 'fiscal_year',
      type: 'integer',
      required: true,
      title: { ja: '年度', en: 'Fiscal year' },
      description: { ja: '年度（西暦。2023 = 令和5年度、4月始まり）', en: 'Japanese fiscal year, starting in April (2023 = 令和5年度 = R5)' },
      value: (r) => r.fiscalYear,
    },
    ...pair('target', '目標値', 'Target', (r) => r.points?.target),
    ...pair('actual', '実績値', 'Actual', (r) => r.points?.actual),
    {
      name: 'achievement_rate',
      type: 'number',
      title: { ja: '達成率', en: 'Achievement rate' },
      description: {
        ja: `実績値 ÷ 目標値（1.18 = 118%）、小数第${RATE_DECIMALS}位まで。どちらかがないか目標値が0なら空`,
        en: `actual_value ÷ target_value as a ratio (1.18 = 118%), to ${RATE_DECIMALS} decimals; empty where either is missing or the target is 0`,
      },
      value: rate,
    },
    cell('baseline_cell', '現状値', 'Baseline', (r) => r.kpi.baseline),
    cell('target_cell', '目標値', 'Target', (r) => r.cells.target),
    cell('actual_cell', '実績値', 'Actual', (r) => r.cells.actual),
  ];
  return {
    name: 'kpis',
    path: 'kpis.csv',
    title: { ja: 'KPIの目標値と実績値', en: 'KPI targets and actuals' },
    description: {
      ja: '公約 × KPI × 部分 × 年度ごとに1行（縦持ち）。数値は単位もカンマもない数で、印刷どおりの文字列と並べている',
      en: 'Long format: one row per pledge × KPI × part × fiscal year. Numbers are plain (no unit, no grouping), next to the printed text',
    },
    columns,
    rows: kpiRows(ds),
    primaryKey: ['pledge_id', 'kpi_no', 'part_no', 'fiscal_year'],
    foreignKeys: [{ fields: ['pledge_id'], reference: { resource: 'pledges', fields: ['pledge_id'] } }],
  };
}
