/** English strings of the files the build writes for others; the same keys as ja-files.ts. */
import type { FileMessageKey } from './ja-files';

export const enFiles: Record<FileMessageKey, string> = {
  'feed.subtitle': "Progress of {{city}}'s {{count}} mayoral pledges (as of {{asOf}}): each pledge's latest status, and what changed with each report.",
  'feed.subtitle_one': "Progress of {{city}}'s {{count}} mayoral pledge (as of {{asOf}}): its latest status, and what changed with each report.",
  'feed.policySubtitle': 'Progress of the {{count}} pledges of basic policy {{id}}, "{{name}}" (as of {{asOf}}).',
  'feed.policySubtitle_one': 'Progress of the {{count}} pledge of basic policy {{id}}, "{{name}}" (as of {{asOf}}).',
  'feed.reportTitle': 'Report: {{report}} (as of {{asOf}})',
  'feed.reportFirst': 'Published the progress of {{count}} pledges.',
  'feed.reportFirst_one': 'Published the progress of {{count}} pledge.',
  'feed.reportChanges': '{{count}} changes since the previous report (as of {{from}})',
  'feed.reportChanges_one': '{{count}} change since the previous report (as of {{from}})',
  'embed.title': '{{pledge}} | {{site}}',
  'embed.newTab': '(opens in a new tab)',
  'embed.asOf': 'As of {{asOf}}',
  'embed.kpiLatest': '{{year}} {{subject}}actual: {{actual}} (target {{target}}, {{rate}} achieved)',
  'embed.kpiLatestNoRate': '{{year}} {{subject}}actual: {{actual}} (target {{target}})',
  'embed.kpiLatestNoTarget': '{{year}} {{subject}}actual: {{actual}} (no target for that year)',
  'embed.subjectPart': '{{part}} ',
  'embed.kpiNoActual': 'No actual reported yet (final target: {{target}} in {{year}})',
  'embed.kpiNoActualNoTarget': 'No actual reported yet',
  'embed.kpiNoValues': 'No target or actual printed',
  'embed.noNumericKpi': 'This pledge has no numeric KPI.',
};
