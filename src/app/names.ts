/** Dataset names (policy, department, status) in the current UI language. */
import type { Pledge, StatusId } from '../domain/schema';
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
  };
}
