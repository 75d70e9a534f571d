/**
 * Japanese strings of the files the build writes for others (the Atom feeds, the embed cards):
 * no page shows them, so they are in neither of the app's bundles. en-files.ts has the same keys.
 */
export const jaFiles = {
  'feed.subtitle': '{{city}}の市長公約{{count}}件の進捗状況（{{asOf}}時点）。公約ごとの最新の状況と、報告ごとの変更点です。',
  'feed.subtitle_one': '{{city}}の市長公約{{count}}件の進捗状況（{{asOf}}時点）。公約ごとの最新の状況と、報告ごとの変更点です。',
  'feed.policySubtitle': '基本施策 {{id}}「{{name}}」の公約{{count}}件の進捗状況（{{asOf}}時点）。',
  'feed.policySubtitle_one': '基本施策 {{id}}「{{name}}」の公約{{count}}件の進捗状況（{{asOf}}時点）。',
  'feed.reportTitle': '報告：{{report}}（{{asOf}}時点）',
  'feed.reportFirst': '{{count}}件の公約の進捗状況を掲載しました。',
  'feed.reportFirst_one': '{{count}}件の公約の進捗状況を掲載しました。',
  'feed.reportChanges': '前回の報告（{{from}}時点）からの変更点：{{count}}件',
  'feed.reportChanges_one': '前回の報告（{{from}}時点）からの変更点：{{count}}件',
  'embed.title': '{{pledge}} | {{site}}',
  'embed.newTab': '（新しいタブで開きます）',
  'embed.asOf': '{{asOf}}時点',
  'embed.kpiLatest': '{{year}}の{{subject}}実績 {{actual}}（目標 {{target}}、達成率 {{rate}}）',
  'embed.kpiLatestNoRate': '{{year}}の{{subject}}実績 {{actual}}（目標 {{target}}）',
  'embed.kpiLatestNoTarget': '{{year}}の{{subject}}実績 {{actual}}（この年度の目標値はありません）',
  'embed.subjectPart': '{{part}}の',
  'embed.kpiNoActual': '実績はまだ報告されていません（最終目標：{{year}}に{{target}}）',
  'embed.kpiNoActualNoTarget': '実績はまだ報告されていません',
  'embed.kpiNoValues': '目標値・実績値の記載はありません',
  'embed.noNumericKpi': 'この公約には数値のKPIがありません。',
} as const;

export type FileMessageKey = keyof typeof jaFiles;
