import { createUniqueId } from 'solid-js';
import { t } from '../i18n';

/**
 * The search box. While an IME is composing (Japanese input), the value is not pushed out, so
 * the URL update cannot interrupt the composition; the final text goes out on compositionend.
 */
export function SearchField(props: { value: string; onInput: (value: string) => void; hint?: boolean; name?: string }) {
  const id = createUniqueId();
  return (
    <div class="search">
      <label for={id} class="search__label">
        {t('list.search')}
      </label>
      <input
        id={id}
        type="search"
        name={props.name ?? 'q'}
        value={props.value}
        placeholder={t('list.searchPlaceholder')}
        aria-describedby={props.hint ? `${id}-hint` : undefined}
        autocomplete="off"
        enterkeyhint="search"
        onInput={(e) => {
          if (!e.isComposing) props.onInput(e.currentTarget.value);
        }}
        onCompositionEnd={(e) => props.onInput(e.currentTarget.value)}
      />
      {props.hint ? (
        <p id={`${id}-hint`} class="hint">
          {t('list.searchHint')}
        </p>
      ) : null}
    </div>
  );
}
