/**
 * Checks that the dataset says what the source says, and nothing else. Shared by the unit tests
 * and `npm run data:check`, so an editor sees the same verdict the CI does.
 */
import type { Dataset, Kpi, Pledge } from '../../src/domain/schema';

/** The comparison ignores all whitespace (the PDF's line breaks fall anywhere), nothing else. */
export const squash = (s: string) => s.replace(/\s+/g, '');

/** Labels every card of the template prints, whatever the report; they are structure, not data. */
const TEMPLATE_LABELS = [
  '進捗状況に関する理由・補足等', '（指標設定時）', '関連事務事業', '重要業績', '成果指標', '進捗状況', '進捗管理',
  '実施内容', '[凡例]', '公約事業', '担当部署', '基本施策', '現状値', '目標値', '実績値', 'KPI', '内容', '番号', '公約',
  '計画', '年度',
];

/**
 * The labels an edition's cards print: the template's, the document's title, the fiscal-year
 * columns of the term, and the report's own section headings (a heading printed on two lines,
 * `これまでの取組` / `【第7回経営会議報告内容】`, counts in its parts too). Longest first, so a
 * label is cut before any shorter label inside it.
 */
export function cardLabels(dataset: Pick<Dataset, 'title' | 'term' | 'sectionLabels'>): string[] {
  const { startFiscalYear: first, endFiscalYear: last } = dataset.term;
  const years = Array.from({ length: last - first + 1 }, (_, i) => first + i).flatMap((y) => [`${y}年度（R${y - 2018}）`, `${y}年度`]);
  const sections = Object.values(dataset.sectionLabels ?? {}).flatMap(({ ja }) => {
    const at = ja.indexOf('【');
    return at > 0 ? [ja, ja.slice(0, at), ja.slice(at)] : [ja];
  });
  return [...new Set([dataset.title.ja, ...TEMPLATE_LABELS, ...years, ...sections])].sort((a, b) => b.length - a.length);
}

const DASHES = new Set(['―', 'ー', '－', '-', '‐', '—']);

/** Every string value of a pledge that must be copied from the source, with its path. */
export function sourceTexts(p: Pledge): { path: string; value: string }[] {
  const out: { path: string; value: string }[] = [];
  const add = (path: string, value: string | null) => {
    if (value !== null) out.push({ path, value });
  };
  add('title.ja', p.title.ja);
  p.departments.forEach((d, i) => {
    add(`departments[${i}].name`, d.name);
    add(`departments[${i}].division`, d.division);
    if (d.division) add(`departments[${i}].(division+name)`, d.division + d.name);
  });
  add('summary', p.summary);
  p.relatedPrograms.forEach((r, i) => add(`relatedPrograms[${i}]`, r));
  p.kpis.forEach((k, i) => {
    add(`kpis[${i}].name`, k.name);
    add(`kpis[${i}].baseline`, k.baseline);
    k.years.forEach((y, j) => {
      add(`kpis[${i}].years[${j}].target`, y.target);
      add(`kpis[${i}].years[${j}].actual`, y.actual);
    });
    k.series.forEach((s, j) => {
      add(`kpis[${i}].series[${j}].label`, s.label);
      add(`kpis[${i}].series[${j}].name`, s.name);
    });
  });
  p.plan.forEach((s, i) => {
    add(`plan[${i}].text`, s.text);
    s.details.forEach((d, j) => add(`plan[${i}].details[${j}]`, d));
  });
  add('statusReason', p.statusReason);
  for (const [key, items] of Object.entries(p.sections)) items.forEach((item, i) => add(`sections.${key}[${i}]`, item));
  return out;
}

/** Text values of the pledge not found verbatim (whitespace aside) in its own card. */
export function unfaithfulTexts(p: Pledge): string[] {
  const card = squash(p.source.text);
  return sourceTexts(p)
    .filter(({ value }) => !card.includes(squash(value)))
    .map(({ path, value }) => `${p.id} ${path}: ${JSON.stringify(value)} is not in the card's source text`);
}

/**
 * Numbers a printed fragment can mean: `1,000` → 1000, `１万円` → 1, `17.2億円` → 17.2.
 * Only full-width digits and separators are folded: NFKC would also turn the item marks ②③ into
 * digits and invent numbers the cell does not print.
 */
export function numbersIn(text: string): number[] {
  const ascii = text.replace(/[０-９．，]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));
  return (ascii.match(/\d[\d,]*(?:\.\d+)?/g) ?? []).map((n) => Number(n.replace(/,/g, '')));
}

/** Every charted number must be printed in the cell (or, for totals, on the card) it came from. */
export function unfaithfulNumbers(p: Pledge): string[] {
  const problems: string[] = [];
  const card = squash(p.source.text);
  p.kpis.forEach((k: Kpi, i) => {
    k.series.forEach((s, j) => {
      const at = `${p.id} kpis[${i}].series[${j}]`;
      const check = (path: string, point: { value: number; text: string } | null, cell: string | null) => {
        if (!point) return;
        if (!numbersIn(point.text).includes(point.value))
          problems.push(`${at}.${path}: ${point.value} is not a number printed in ${JSON.stringify(point.text)}`);
        const where = s.total ? card : squash(cell ?? '');
        if (!where.includes(squash(point.text)))
          problems.push(`${at}.${path}: ${JSON.stringify(point.text)} is not printed in ${s.total ? "the card" : JSON.stringify(cell)}`);
        // In a cell that names its parts, the fragment must carry the part's name, so that a
        // number cannot be credited to the wrong part.
        if (!s.total && s.label && cell && squash(cell).includes(squash(s.label)) && !squash(point.text).includes(squash(s.label)))
          problems.push(`${at}.${path}: ${JSON.stringify(point.text)} does not show the part ${JSON.stringify(s.label)} it is credited to`);
      };
      check('baseline', s.baseline, k.baseline);
      s.years.forEach((y, n) => {
        const cell = k.years.find((c) => c.fiscalYear === y.fiscalYear);
        check(`years[${n}].target`, y.target, cell?.target ?? null);
        check(`years[${n}].actual`, y.actual, cell?.actual ?? null);
      });
    });
  });
  return problems;
}

/**
 * Words of the card that no field of the pledge holds: what the dataset would lose.
 * Each line is cut at the template's labels and at spaces; every piece must be found in some
 * value (or be the policy, the status label or a dash).
 */
export function uncoveredWords(p: Pledge, dataset: Dataset): string[] {
  const policy = dataset.policies.find((x) => x.id === p.policy);
  const pool = [
    ...sourceTexts(p).map((t) => squash(t.value)),
    // a total row printed away from its breakdown is held by the total series alone
    ...p.kpis.flatMap((k) => k.series.filter((s) => s.total).flatMap((s) => [s.baseline, ...s.years.flatMap((y) => [y.target, y.actual])])).flatMap((pt) => (pt ? [squash(pt.text)] : [])),
    // 担当部署 is printed as one run (`◎こども未来課、都市建築住宅課`); the data splits it
    ...['、', '・'].map((sep) => p.departments.map((d) => `${d.lead ? '◎' : ''}${d.division ?? ''}${d.name}`).join(sep)),
    p.id,
    `${p.policy}`,
    squash(policy?.ja ?? ''),
    ...dataset.statuses.flatMap((s) => (s.ja ? [s.ja] : [])),
  ].join('\n');
  const missing: string[] = [];
  for (const line of p.source.text.split('\n')) {
    let rest = line;
    for (const label of cardLabels(dataset)) rest = rest.split(label).join(' ');
    for (const piece of rest.split(/[\s　]+/)) {
      const word = piece.replace(/^[・〇]+/, ''); // a bullet is list structure, not data
      if (!word || DASHES.has(word)) continue;
      if (!pool.includes(word)) missing.push(word);
    }
  }
  return missing;
}

/** The printed status must be the one the data says. */
export function statusMismatch(p: Pledge, dataset: Dataset): string | null {
  const card = p.source.text;
  const printed = dataset.statuses.filter((s) => s.ja && card.includes(`進捗状況 ${s.ja}`));
  const want = dataset.statuses.find((s) => s.id === p.status);
  if (p.status === 'unreported') return printed.length ? `${p.id}: status is unreported but the card prints ${printed[0].ja}` : null;
  if (!want?.ja || !card.includes(want.ja)) return `${p.id}: status ${p.status} (${want?.ja}) is not printed on the card`;
  return null;
}

/** The policy line `基本施策 N　名前` must match. */
export function policyMismatch(p: Pledge, dataset: Dataset): string | null {
  const policy = dataset.policies.find((x) => x.id === p.policy);
  const printed = p.source.text.match(/基本施策\s*(\d)\s+(\S+)/);
  if (!printed) return `${p.id}: no 基本施策 line on the card`;
  if (Number(printed[1]) !== p.policy || printed[2] !== policy?.ja)
    return `${p.id}: policy ${p.policy} ${policy?.ja} but the card prints ${printed[1]} ${printed[2]}`;
  return null;
}
