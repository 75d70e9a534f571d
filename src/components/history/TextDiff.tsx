import { For, Match, Switch } from 'solid-js';
import type { DiffSegment, ItemDiff } from '../../domain/text-diff';
import { lang, t } from '../../i18n';

/**
 * Added and removed text as <ins> and <del>, each also said in words (visually hidden), so the
 * change reads without colour or strike-through and a screen reader announces it.
 */
function Segments(props: { segments: readonly DiffSegment[] }) {
  return (
    <For each={props.segments}>
      {(s) => (
        <Switch fallback={s.text}>
          <Match when={s.kind === 'added'}>
            <ins>
              <span class="visually-hidden">{t('diff.addedMark')}</span>
              {s.text}
              <span class="visually-hidden">{t('diff.endMark')}</span>
            </ins>
          </Match>
          <Match when={s.kind === 'removed'}>
            <del>
              <span class="visually-hidden">{t('diff.removedMark')}</span>
              {s.text}
              <span class="visually-hidden">{t('diff.endMark')}</span>
            </del>
          </Match>
        </Switch>
      )}
    </For>
  );
}

/** A section's items between two reports: unchanged, added, removed, or reworded with the words marked. */
export function TextDiff(props: { items: readonly ItemDiff[] }) {
  return (
    <ul class="text-diff" lang="ja">
      <For each={props.items}>
        {(item) => (
          <Switch>
            <Match when={item.kind === 'same' && item}>{(i) => <li class="text-diff__same">{i().text}</li>}</Match>
            <Match when={item.kind === 'added' && item}>
              {(i) => (
                <li class="text-diff__added">
                  <span class="text-diff__tag" lang={lang()}>{t('diff.addedItem')}</span> <ins>{i().text}</ins>
                </li>
              )}
            </Match>
            <Match when={item.kind === 'removed' && item}>
              {(i) => (
                <li class="text-diff__removed">
                  <span class="text-diff__tag" lang={lang()}>{t('diff.removedItem')}</span> <del>{i().text}</del>
                </li>
              )}
            </Match>
            <Match when={item.kind === 'changed' && item}>
              {(i) => (
                <li class="text-diff__changed">
                  <span class="text-diff__tag" lang={lang()}>{t('diff.changedItem')}</span> <Segments segments={i().segments} />
                </li>
              )}
            </Match>
          </Switch>
        )}
      </For>
    </ul>
  );
}
