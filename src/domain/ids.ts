/**
 * The dataset's fixed vocabularies, apart from the valibot schema (schema.ts) so that views can
 * use them without pulling the validator into the first-load JavaScript.
 */
export const STATUS_IDS = ['ahead', 'on-track', 'delayed', 'not-started', 'unreported'] as const;
export type StatusId = (typeof STATUS_IDS)[number];

export const SECTION_KEYS = ['reported', 'sinceMeeting', 'budget', 'challenges', 'nextSteps'] as const;
export type SectionKey = (typeof SECTION_KEYS)[number];
