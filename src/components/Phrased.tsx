import { createMemo } from 'solid-js';
import breaks from 'virtual:phrase-breaks';
import { splitAtBreaks } from '../domain/phrase-breaks';

/**
 * A Japanese title whose lines break between phrases: `<wbr>` at BudouX's boundaries with
 * `word-break: keep-all` (styles), and CSS `word-break: auto-phrase` where the browser has it.
 * The text itself is unchanged (copying it gives it back without marks).
 */
export function Phrased(props: { text: string }) {
  // Equal parts are the same parts: a view that recomputes with the same title keeps its nodes.
  const parts = createMemo(() => splitAtBreaks(props.text, breaks), [], { equals: (a, b) => a.join('\n') === b.join('\n') });
  return <>{parts().flatMap((part, i) => (i > 0 ? [<wbr />, part] : [part]))}</>;
}
