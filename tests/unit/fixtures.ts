/** Small hand-made datasets for unit tests, independent of how many cards data/ holds today. */
import type { Dataset, Pledge } from '../../src/domain/schema';

const years = (target: (string | null)[] = []) =>
  [2023, 2024, 2025, 2026, 2027].map((fiscalYear, i) => ({ fiscalYear, target: target[i] ?? null, actual: null }));

export function makePledge(over: Partial<Pledge> & Pick<Pledge, 'id'>): Pledge {
  return {
    policy: 1,
    title: { ja: `公約${over.id}`, en: `Pledge ${over.id}` },
    departments: [{ name: 'こども未来課', division: null, lead: false }],
    summary: '概要の文。',
    relatedPrograms: [],
    kpis: [],
    plan: [],
    status: 'on-track',
    statusReason: null,
    sections: { reported: [], sinceMeeting: [], budget: [], challenges: [], nextSteps: [] },
    notes: [],
    source: { lines: { start: 1, end: 2 }, text: '原文' },
    ...over,
  };
}

export const PLEDGES: Pledge[] = [
  makePledge({
    id: '1',
    title: { ja: '３歳未満児の保育料無償化', en: 'Free childcare fees for children under three' },
    summary: '国による無償化対象外の３歳未満児についても保育料無償化を実現するもの。',
    status: 'not-started',
    kpis: [{ name: '保育料の見直し', baseline: '90,700円', years: years([null, null, null, '無償化', '無償化']), series: [] }],
    sections: { reported: [], sinceMeeting: [], budget: [], challenges: ['民間施設についてどのように実施するかが課題。'], nextSteps: [] },
  }),
  makePledge({
    id: '2-1',
    policy: 2,
    title: { ja: 'ALTの増員', en: 'More assistant language teachers' },
    departments: [
      { name: '学務課', division: null, lead: true },
      { name: '指導室', division: '教育委員会', lead: false },
    ],
    summary: '英語教育の充実のため外国語指導助手を増やす。',
    status: 'delayed',
    relatedPrograms: ['外国語指導助手招致事業'],
  }),
  makePledge({
    id: '2-2',
    policy: 2,
    title: { ja: '給付金１万円の支給', en: 'A 10,000 yen benefit' },
    departments: [{ name: '学務課', division: null, lead: false }],
    summary: 'ｶﾞｽ代の負担を軽くする。',
    status: 'on-track',
    sections: { reported: [], sinceMeeting: ['ホームページで周知した。'], budget: [], challenges: [], nextSteps: [] },
  }),
  makePledge({
    id: '3',
    policy: 3,
    title: { ja: '高齢者の見守り', en: 'Watching over older people' },
    departments: [{ name: '地域包括ケア推進課', division: null, lead: false }],
    status: 'unreported',
  }),
];

export function makeDataset(pledges: Pledge[] = PLEDGES, version = '2024-11.test0001'): Dataset {
  return {
    schemaVersion: 2,
    version,
    title: { ja: '市長公約事業のロードマップ（2023-2027）', en: "Roadmap of the Mayor's Pledges" },
    municipality: { ja: '美唄市', en: 'Bibai City' },
    term: { startFiscalYear: 2023, endFiscalYear: 2027 },
    report: { ja: '報告', en: 'Report' },
    asOf: '2024-11',
    source: { file: 'src.txt', title: 'ロードマップ', publisher: { ja: '美唄市', en: 'Bibai City' }, license: { ja: 'CC BY 4.0', en: 'CC BY 4.0' } },
    sectionLabels: {
      reported: { ja: 'これまでの取組【第7回経営会議報告内容】', en: 'Actions so far (as reported to the 7th Management Meeting)' },
      sinceMeeting: { ja: '第7回経営会議以降の取組', en: 'Actions since the 7th Management Meeting' },
      budget: { ja: 'R7年度予算編成に向けた取組', en: 'Toward the FY2025 budget' },
      challenges: { ja: '現状の課題', en: 'Current challenges' },
      nextSteps: { ja: '今後の取組(予定)', en: 'Next steps (planned)' },
    },
    translations: { en: { ja: '訳', en: 'Translation' } },
    policies: [1, 2, 3, 4, 5, 6, 7, 8].map((id) => ({ id, ja: `施策${id}`, en: `Policy ${id}` })),
    departments: [
      { ja: 'こども未来課', en: "Children's Future Division" },
      { ja: '学務課', en: 'School Affairs Division' },
      { ja: '指導室', en: 'Education Guidance Office' },
      { ja: '地域包括ケア推進課', en: 'Community-based Care Division' },
    ],
    statuses: [
      { id: 'ahead', ja: '計画よりも進んでいる', en: 'Ahead of plan' },
      { id: 'on-track', ja: '計画通りに進んでいる', en: 'On track' },
      { id: 'delayed', ja: '計画よりも遅れている', en: 'Behind plan' },
      { id: 'not-started', ja: '取り組めていない', en: 'Not started' },
      { id: 'unreported', ja: null, en: 'No status reported' },
    ],
    pledges,
  };
}

export const DEPARTMENTS = makeDataset().departments.map((d) => d.ja);
