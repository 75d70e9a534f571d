import { For } from 'solid-js';
import { t } from '../i18n';

export interface FacetOption<V> {
  value: V;
  label: string;
  count: number;
  checked: boolean;
}

/** One facet: a fieldset of checkboxes, each label holding the name and its count. */
export function FacetGroup<V extends string | number>(props: {
  legend: string;
  name: string;
  options: FacetOption<V>[];
  onToggle: (value: V) => void;
}) {
  return (
    <fieldset class="facet">
      <legend>{props.legend}</legend>
      <For each={props.options}>
        {(o) => (
          <label class="facet__option" classList={{ 'facet__option--zero': o.count === 0 && !o.checked }}>
            <input type="checkbox" name={props.name} value={String(o.value)} checked={o.checked} onChange={() => props.onToggle(o.value)} />
            <span class="facet__label">{o.label}</span>
            <span class="facet__count">{t('list.count', { count: o.count })}</span>
          </label>
        )}
      </For>
    </fieldset>
  );
}
