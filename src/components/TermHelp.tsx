import { Index, Show, Suspense, createSignal, createUniqueId, type JSX } from 'solid-js';
import type { StatusId } from '../domain/ids';
import type { TermId } from '../domain/glossary';
import { lazyWithStrings, t } from '../i18n';

/** The definitions are feature strings: they load (precached, so offline too) when first asked for. */
const TermDefinition = lazyWithStrings(() => import('./TermDefinition'));

function Definition(props: { id: string; term: TermId; status?: StatusId }) {
  return (
    <Suspense fallback={<p id={props.id} class="hint">{t('loading')}</p>}>
      <TermDefinition id={props.id} term={props.term} status={props.status} />
    </Suspense>
  );
}


/**
 * A section heading with a button that explains its term. The button sits beside the heading,
 * not in it (a heading's name stays the heading's text), and the definition opens below it.
 */
export function TermHeading(props: { id: string; term: TermId; status?: StatusId; level?: 2 | 3; children: JSX.Element; label: string }) {
  const panel = `term-${createUniqueId()}`;
  const [open, setOpen] = createSignal(false);
  const heading = () =>
    props.level === 3 ? <h3 id={props.id}>{props.children}</h3> : <h2 id={props.id}>{props.children}</h2>;
  return (
    <>
      <div class="term-heading">
        {heading()}
        <button type="button" class="btn btn--small term-btn" aria-expanded={open() ? 'true' : 'false'} aria-controls={panel} aria-label={t('term.explainTerm', { term: props.label })} onClick={() => setOpen(!open())}>
          {t('term.explain')}
        </button>
      </div>
      <Show when={open()}>
        <Definition id={panel} term={props.term} status={props.status} />
      </Show>
    </>
  );
}

/** A row of terms (the KPI table's words, say), each a button that opens its definition below. */
export function TermList(props: { terms: { term: TermId; label: string; status?: StatusId }[] }) {
  const panel = `term-${createUniqueId()}`;
  const [open, setOpen] = createSignal<TermId | null>(null);
  return (
    <div class="term-list">
      <span class="term-list__label">{t('term.terms')}</span>
      {/* By position: a page that passes a new array of the same terms keeps its buttons (hydration adopts them). */}
      <Index each={props.terms}>
        {(item) => (
          <button
            type="button"
            class="btn btn--small term-btn"
            aria-expanded={open() === item().term ? 'true' : 'false'}
            aria-controls={panel}
            aria-label={t('term.explainTerm', { term: item().label })}
            onClick={() => setOpen(open() === item().term ? null : item().term)}
          >
            {item().label}
          </button>
        )}
      </Index>
      <Show when={open()}>{(term) => <Definition id={panel} term={term()} status={props.terms.find((x) => x.term === term())?.status} />}</Show>
    </div>
  );
}
