import { For } from 'solid-js';
import { segments, type Range } from '../domain/search';

/** Text with search matches wrapped in <mark>; rendered as text nodes, never as HTML. */
export function Highlighted(props: { text: string; ranges?: readonly Range[] }) {
  return (
    <For each={segments(props.text, props.ranges ?? [])}>
      {(s) => (s.mark ? <mark>{s.text}</mark> : s.text)}
    </For>
  );
}
