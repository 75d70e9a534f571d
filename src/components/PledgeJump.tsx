import { Show, createSignal, createUniqueId, type Component } from 'solid-js';
import { useNavigate } from '@solidjs/router';
import { useAppData } from '../app/data';
import { LANG_PREFIX } from '../domain/lang-path';
import { lang, loadMoreStrings, t } from '../i18n';
import type { JumpMissKind } from './JumpMiss';

/**
 * "Open by number": what a member types when the chair names 公約番号13-2. Only an exact number
 * opens a pledge; anything else says why, with the way on (the candidates, the list, a search).
 * With JavaScript off the form is a search of the list. The number rules and the words for a
 * miss load on the first Enter (every page has this field; few readers use it on a given page).
 */
export function PledgeJump() {
  const data = useAppData();
  const navigate = useNavigate();
  const id = createUniqueId();
  const [value, setValue] = createSignal('');
  const [miss, setMiss] = createSignal<JumpMissKind | null>(null);
  const [MissView, setMissView] = createSignal<Component<{ miss: JumpMissKind; searchHref: string }>>();
  const [searchHref, setSearchHref] = createSignal('/pledges');
  const open = async (e: SubmitEvent) => {
    e.preventDefault();
    const typed = value().trim();
    if (!typed) return;
    const [{ resolvePledgeNumber }, { listHref }, view] = await Promise.all([
      import('../domain/pledge-number'),
      import('../domain/url-state'),
      import('./JumpMiss'),
      loadMoreStrings(lang()),
    ]);
    setMissView(() => view.default);
    const found = resolvePledgeNumber(typed, data.dataset().pledges.map((p) => p.id));
    setSearchHref(listHref({ q: typed }));
    if (found.kind === 'found') {
      setMiss(null);
      setValue('');
      navigate(`/pledges/${found.id}`);
    } else setMiss(found);
  };
  return (
    <form class="jump" role="search" aria-labelledby={`${id}-label`} action={`${import.meta.env.BASE_URL.replace(/\/$/, '')}${LANG_PREFIX[lang()]}/pledges`} method="get" onSubmit={(e) => void open(e)}>
      <label id={`${id}-label`} for={id} class="jump__label">
        {t('jump.label')}
      </label>
      <input
        id={id}
        class="jump__input"
        name="q"
        type="text"
        inputmode="text"
        autocomplete="off"
        enterkeyhint="go"
        placeholder={t('jump.placeholder')}
        value={value()}
        onInput={(e) => {
          setValue(e.currentTarget.value);
          setMiss(null);
        }}
        aria-describedby={`${id}-msg`}
      />
      <button type="submit" class="btn btn--small">
        {t('jump.open')}
      </button>
      <p id={`${id}-msg`} class="jump__msg" role="status">
        <Show when={miss()}>
          {(m) => {
            const View = MissView();
            return View ? <View miss={m()} searchHref={searchHref()} /> : null;
          }}
        </Show>
      </p>
    </form>
  );
}
