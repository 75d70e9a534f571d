import { For, Match, Switch } from 'solid-js';
import { A } from '@solidjs/router';
import type { PledgeLookup } from '../domain/pledge-number';
import { t } from '../i18n';

export type JumpMissKind = Exclude<PledgeLookup, { kind: 'found' }>;

/**
 * Why a typed number opened nothing, with the way on: the numbered pledges it could mean, the
 * list, or a search for the words. Loaded with the number rules on the first Enter (PledgeJump).
 */
export default function JumpMiss(props: { miss: JumpMissKind; searchHref: string }) {
  return (
    <Switch>
      <Match when={props.miss.kind === 'candidates' && (props.miss as { candidates: string[]; id: string })}>
        {(c) => (
          <>
            {t('jump.candidates', { id: c().id })}{' '}
            <For each={c().candidates}>
              {(x) => (
                <>
                  <A href={`/pledges/${x}`}>{t('changes.pledge', { id: x })}</A>{' '}
                </>
              )}
            </For>
          </>
        )}
      </Match>
      <Match when={props.miss.kind === 'unknown' && (props.miss as { id: string })}>
        {(u) => (
          <>
            {t('jump.unknown', { id: u().id })} <A href="/pledges">{t('jump.toList')}</A>
          </>
        )}
      </Match>
      <Match when={props.miss.kind === 'invalid'}>
        {t('jump.invalid')} <A href={props.searchHref}>{t('jump.search')}</A>
      </Match>
    </Switch>
  );
}
