import { For, Show } from 'solid-js';
import type { FilterState } from '../domain/filter';
import { useNames } from '../app/names';
import { t } from '../i18n';

interface Chip {
  label: string;
  remove: (s: FilterState) => FilterState;
}

/** The applied filters as buttons; each removes its own filter ("clear one"). */
export function ActiveFilters(props: { state: FilterState; onChange: (next: FilterState) => void }) {
  const names = useNames();
  const chips = (): Chip[] => [
    ...props.state.policy.map((p) => ({ label: names.policy(p), remove: (s: FilterState) => ({ ...s, policy: s.policy.filter((x) => x !== p) }) })),
    ...props.state.dept.map((d) => ({ label: names.dept(d), remove: (s: FilterState) => ({ ...s, dept: s.dept.filter((x) => x !== d) }) })),
    ...props.state.status.map((st) => ({ label: names.status(st), remove: (s: FilterState) => ({ ...s, status: s.status.filter((x) => x !== st) }) })),
    ...(props.state.q.trim() ? [{ label: t('list.queryChip', { q: props.state.q.trim() }), remove: (s: FilterState) => ({ ...s, q: '' }) }] : []),
  ];
  return (
    <Show when={chips().length > 0}>
      <ul class="chips" aria-label={t('list.activeFilters')}>
        <For each={chips()}>
          {(c) => (
            <li>
              <button type="button" class="chip" aria-label={t('list.clearOne', { label: c.label })} onClick={() => props.onChange(c.remove(props.state))}>
                {c.label} <span aria-hidden="true">×</span>
              </button>
            </li>
          )}
        </For>
      </ul>
    </Show>
  );
}
