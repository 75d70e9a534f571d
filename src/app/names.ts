/** Dataset names (policy, department, status) in the current UI language. */
import type { StatusId } from '../domain/schema';
import { departmentName, policyName, statusName } from '../domain/format';
import { lang, t } from '../i18n';
import { useAppData } from './data';

export function useNames() {
  const { dataset } = useAppData();
  return {
    policy: (id: number) => policyName(dataset(), id, lang()),
    dept: (name: string) => departmentName(dataset(), name, lang()),
    status: (id: StatusId) => statusName(dataset(), id, lang(), t('status.unreported')),
  };
}
