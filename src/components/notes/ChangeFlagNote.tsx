import { For, Show, createEffect, createMemo, onCleanup } from 'solid-js';
import { A } from '@solidjs/router';
import { useAppData } from '../../app/data';
import { useNames } from '../../app/names';
import { formatAsOf, formatFiscalYear } from '../../domain/dates';
import type { ChangeFlag } from '../../storage/flags';
import { changesHref } from '../../domain/changes-href';
import { lang, t } from '../../i18n';
import { StatusBadge } from '../StatusBadge';

/**
 * 変更あり: what a dataset update changed in a pledge the member bookmarked or wrote on — the old
 * and new status, new actuals, the texts that changed — in words, with a way to dismiss it.
 */
export function ChangeFlagNote(props: { flag: ChangeFlag; dismiss?: boolean }) {
  const data = useAppData();
  const names = useNames();
  const f = () => props.flag;
  return (
    <div class="change-flag" data-testid="change-flag">
      <p>
        <strong class="tag tag--changed">{t('flag.changed')}</strong>{' '}
        {t('flag.between', { from: formatAsOf(f().fromAsOf, lang()), to: formatAsOf(f().toAsOf, lang()) })}
      </p>
      <ul>
        <Show when={f().status}>
          {(s) => (
            <li>
              {t('flag.status')} <StatusBadge status={s().from} label={names.status(s().from)} /> → <StatusBadge status={s().to} label={names.status(s().to)} />
            </li>
          )}
        </Show>
        <For each={f().actuals}>
          {(a) => (
            <li>
              {t('flag.actual', { kpi: a.kpi, year: formatFiscalYear(a.fiscalYear, lang()), actual: a.actual })}
              <Show when={a.previous}>{(p) => ` ${t('flag.previous', { previous: p() })}`}</Show>
            </li>
          )}
        </For>
        <Show when={f().texts.length > 0}>
          <li>{t('flag.texts', { list: f().texts.map((k) => names.text(k)).join(lang() === 'ja' ? '、' : ', ') })}</li>
        </Show>
      </ul>
      <p>
        <Show when={f().fromAsOf !== f().toAsOf}>
          <A href={changesHref({ from: f().fromAsOf, to: f().toAsOf })}>{t('flag.compare')}</A>{' '}
        </Show>
        <Show when={props.dismiss}>
          <button type="button" class="btn btn--small" onClick={() => {
              const id = f().pledgeId;
              void data.flagStore().then((s) => s.clear(id));
            }}>
            {t('flag.dismiss')}
          </button>
        </Show>
      </p>
    </div>
  );
}

/**
 * On the pledge page: the flag, shown for this visit and then cleared (opening the pledge is
 * seeing what changed). Kept on screen until the member leaves the page.
 */
export function PledgeChangeFlag(props: { pledgeId: string }) {
  const data = useAppData();
  // The first flag seen stays on screen after it is cleared from storage (for this pledge: the
  // pager moves to another in the same page).
  const flag = createMemo<ChangeFlag | undefined>((shown) => (shown?.pledgeId === props.pledgeId ? shown : data.flagFor(props.pledgeId)));
  createEffect(() => {
    const f = flag();
    if (!f) return;
    // Shown, then cleared: a moment later, so a flag is not gone before the page had it on screen.
    const timer = setTimeout(() => void data.flagStore().then((s) => s.clear(f.pledgeId)), 1000);
    onCleanup(() => clearTimeout(timer));
  });
  return <Show when={flag()}>{(f) => <ChangeFlagNote flag={f()} />}</Show>;
}
