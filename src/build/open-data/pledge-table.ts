/** `pledges.csv`: one row per pledge, every field of the card a reader looks for. */
import type { Dataset, Department, Pledge } from '../../domain/schema.ts';
import { policyName } from '../../domain/dataset-names.ts';
import { pageUrl, type Site } from './site.ts';
import { translator } from './messages.ts';
import type { Column, Table } from './table.ts';

/** A department as the card prints it: `◎` for the lead, then the division prefix, then the name. */
export const printedDepartment = (d: Department): string => `${d.lead ? '◎' : ''}${d.division ?? ''}${d.name}`;

/** Plan steps in order, each followed by the lines printed under it, marked `・` as on the card. */
export const planItems = (p: Pledge): string[] => p.plan.flatMap((step) => [step.text, ...step.details.map((d) => `・${d}`)]);

export function pledgeTable(ds: Dataset, site: Site): Table<Pledge> {
  const t = translator('ja', site.texts.ja);
  const tEn = translator('en', site.texts.en);
  const status = (p: Pledge) => ds.statuses.find((s) => s.id === p.status);
  const columns: Column<Pledge>[] = [
    {
      name: 'pledge_id',
      type: 'string',
      required: true,
      title: { ja: '公約番号', en: 'Pledge number' },
      description: {
        ja: '印刷どおりの公約番号（1、2-1、13-2 など）。アプリのURL（/pledges/2-1）と kpis.csv の pledge_id でも使う。Excel は 2-1 を日付と読むため、表で見るときは pledge_label を使う',
        en: 'The pledge number as printed (1, 2-1, 13-2 …), also in the app URL (/pledges/2-1) and in kpis.csv. Excel reads 2-1 as a date: read pledge_label there',
      },
      value: (p) => p.id,
    },
    {
      name: 'pledge_label',
      type: 'string',
      required: true,
      title: { ja: '公約（表示用）', en: 'Pledge (label)' },
      description: { ja: '「公約 2-1」の形の公約番号。表計算ソフトが日付や数値に変えない', en: 'The number as "公約 2-1", which spreadsheets keep as text' },
      value: (p) => t('pledge.number', { id: p.id }),
    },
    {
      name: 'policy',
      type: 'integer',
      required: true,
      title: { ja: '基本施策番号', en: 'Basic policy number' },
      description: { ja: '基本施策の番号（1〜8）', en: 'Number of the basic policy (基本施策), 1–8' },
      value: (p) => p.policy,
    },
    {
      name: 'policy_name',
      type: 'string',
      required: true,
      title: { ja: '基本施策', en: 'Basic policy' },
      description: { ja: '基本施策の名称', en: 'Name of the basic policy, in Japanese' },
      value: (p) => policyName(ds, p.policy, 'ja'),
    },
    {
      name: 'policy_name_en',
      type: 'string',
      required: true,
      title: { ja: '基本施策（英訳）', en: 'Basic policy (English)' },
      description: { ja: '基本施策の名称の英訳（アプリ開発チームによる翻訳）', en: "The basic policy's name in English (the app team's translation)" },
      value: (p) => policyName(ds, p.policy, 'en'),
    },
    {
      name: 'title',
      type: 'string',
      required: true,
      title: { ja: '公約事業', en: 'Title' },
      description: { ja: '公約事業の名称', en: 'The pledge as printed (公約事業), in Japanese' },
      value: (p) => p.title.ja,
    },
    {
      name: 'title_en',
      type: 'string',
      required: true,
      title: { ja: '公約事業（英訳）', en: 'Title (English)' },
      description: { ja: `公約事業の英訳（アプリ開発チームによる翻訳。${ds.municipality.ja}の公式訳ではない）`, en: `The title in English: the app team's translation, not an official one by ${ds.municipality.en}` },
      value: (p) => p.title.en,
    },
    {
      name: 'departments',
      type: 'string',
      required: true,
      list: true,
      title: { ja: '担当部署', en: 'Departments' },
      description: {
        ja: '担当部署を印刷どおりに。◎は主担当、部署名の前に部の名称がつくことがある（市民部生活環境課）',
        en: 'Departments as printed: ◎ marks the lead; a division may precede the name (市民部生活環境課)',
      },
      value: (p) => p.departments.map(printedDepartment),
    },
    {
      name: 'status',
      type: 'string',
      required: true,
      title: { ja: '進捗状況ID', en: 'Status id' },
      description: {
        ja: `進捗状況の区分：${ds.statuses.map((s) => `${s.id}（${s.ja ?? t('status.unreported')}）`).join('、')}`,
        en: `Progress status: ${ds.statuses.map((s) => `${s.id} (${s.en})`).join(', ')}`,
      },
      value: (p) => p.status,
    },
    {
      name: 'status_label',
      type: 'string',
      title: { ja: '進捗状況', en: 'Status (Japanese)' },
      description: { ja: '進捗状況の印刷どおりの表記。記載のない公約（unreported）は空', en: 'The status as printed, in Japanese; empty where the card prints none (unreported)' },
      value: (p) => status(p)?.ja ?? null,
    },
    {
      name: 'status_reason',
      type: 'string',
      title: { ja: '進捗状況に関する理由・補足等', en: 'Reason for the status' },
      description: { ja: '進捗状況に関する理由・補足等。記載がなければ空', en: 'The reason or remark given for the status; empty where none is printed' },
      value: (p) => p.statusReason,
    },
    {
      name: 'summary',
      type: 'string',
      required: true,
      title: { ja: '内容', en: 'Summary' },
      description: { ja: '公約の内容', en: 'What the pledge is (内容), in Japanese' },
      value: (p) => p.summary,
    },
    {
      name: 'related_programs',
      type: 'string',
      list: true,
      title: { ja: '関連事務事業', en: 'Related programs' },
      description: { ja: '関連事務事業。なければ空', en: 'Related administrative programs (関連事務事業); empty where none' },
      value: (p) => p.relatedPrograms,
    },
    {
      name: 'plan',
      type: 'string',
      list: true,
      title: { ja: '実施内容', en: 'Plan steps' },
      description: {
        ja: '実施内容の工程を順に。工程の下に印刷された項目は「・」で始まり、直前の工程に属する',
        en: 'The plan steps (実施内容) in order; an item starting with "・" is printed under the step before it',
      },
      value: planItems,
    },
    ...(
      [
        ['reported', 'reported'],
        ['since_meeting', 'sinceMeeting'],
        ['budget', 'budget'],
        ['challenges', 'challenges'],
        ['next_steps', 'nextSteps'],
      ] as const
    ).map(([name, key]): Column<Pledge> => {
      // The headings as this report prints them (the meeting and the budget year change from
      // report to report); the app's generic ones for a file that has none.
      const label = ds.sectionLabels?.[key] ?? { ja: t(`pledge.section.${key}`), en: tEn(`pledge.section.${key}`) };
      return {
        name,
        type: 'string',
        list: true,
        title: label,
        description: { ja: `「${label.ja}」の欄の各項目。記載がなければ空`, en: `${label.en}: each item of the section, in Japanese; empty where the card prints none` },
        value: (p) => p.sections[key],
      };
    }),
    {
      name: 'url',
      type: 'string',
      uri: true,
      required: true,
      title: { ja: 'ページ', en: 'Page' },
      description: { ja: 'アプリの公約のページ（日本語）', en: "The pledge's page in the app, in Japanese" },
      value: (p) => pageUrl(site, 'ja', `/pledges/${p.id}`),
    },
    {
      name: 'url_en',
      type: 'string',
      uri: true,
      required: true,
      title: { ja: 'ページ（英語）', en: 'Page (English)' },
      description: { ja: 'アプリの公約のページ（英語）', en: "The pledge's page in the app, in English" },
      value: (p) => pageUrl(site, 'en', `/pledges/${p.id}`),
    },
  ];
  return {
    name: 'pledges',
    path: 'pledges.csv',
    title: { ja: '公約の一覧', en: 'Pledges' },
    description: { ja: '公約1件につき1行', en: 'One row per pledge' },
    columns,
    rows: ds.pledges,
    primaryKey: ['pledge_id'],
  };
}
