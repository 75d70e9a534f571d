/** Dataset names (policy, department, status) in the current UI language. */
import type { Dataset, Pledge, SectionKey, StatusId } from '../domain/schema';
import type { TextKey } from '../domain/pledge-diff';
import { departmentName, policyName, statusName } from '../domain/dataset-names';
import { lang, t } from '../i18n';
import { useAppData } from './data';

export function useNames() {
  const { dataset } = useAppData();
  return {
    policy: (id: number) => policyName(dataset(), id, lang()),
    dept: (name: string) => departmentName(dataset(), name, lang()),
    status: (id: StatusId) => statusName(dataset(), id, lang(), t('status.unreported')),
    /**
     * A pledge's title where it stands alone (document title, link preview): the reader's language.
     * The page itself shows the printed Japanese title, with the English one under it.
     */
    title: (p: Pledge) => (lang() === 'en' ? p.title.en : p.title.ja),
    /**
     * A narrative section's heading as the report prints it (the meeting it refers to changes from
     * report to report); the app's generic heading for a file without labels.
     */
    section: (key: SectionKey, edition: Dataset = dataset()) => edition.sectionLabels?.[key][lang()] ?? t(`pledge.section.${key}`),
    /** A compared text (the status remark or a section) as `edition` heads it. */
    text: (key: TextKey, edition: Dataset = dataset()) =>
      key === 'statusReason' ? t('pledge.statusReason') : (edition.sectionLabels?.[key][lang()] ?? t(`pledge.section.${key}`)),
  };
}
