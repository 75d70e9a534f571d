import { Show } from 'solid-js';
import { A } from '@solidjs/router';
import type { ShownView } from '../domain/pledge-view';
import type { Dataset } from '../domain/schema';
import { formatAsOf } from '../domain/dates';
import { Notice } from './Notice';
import { lang, t } from '../i18n';

/**
 * What a pledge page says about the printing it shows when that is not simply the current
 * report: an earlier report asked for by `?edition=`, a pledge the current report no longer
 * lists, or an `?edition=` that names no report on the device. Its own chunk: most pages never
 * need it.
 */
export default function EditionNotice(props: { view: ShownView }) {
  const report = (e: Dataset) => t('history.report', { asOf: formatAsOf(e.asOf, lang()), report: e.report[lang()] });
  const other = () => (props.view.kind === 'current' ? undefined : props.view);
  const problem = () => (props.view.kind === 'older' ? undefined : props.view.problem);
  return (
    <>
      <Show when={other()}>
        {(v) => (
          <Notice tone="warning" role="status">
            <Show when={v().kind === 'older'} fallback={t('edition.notListed', { current: report(v().current), report: report(v().edition) })}>
              {t('edition.older', { report: report(v().edition) })}{' '}
              <A href={`/pledges/${v().pledge.id}`}>{t('edition.toCurrent', { asOf: formatAsOf(v().current.asOf, lang()) })}</A>
            </Show>
          </Notice>
        )}
      </Show>
      <Show when={problem()}>
        {(p) => {
          const text = () => {
            const x = p();
            return x.kind === 'unknownEdition' ? t('edition.unknown', { value: x.value }) : t('edition.notInEdition', { report: report(x.edition) });
          };
          return (
            <Notice tone="warning" role="status">
              {text()}
            </Notice>
          );
        }}
      </Show>
    </>
  );
}
