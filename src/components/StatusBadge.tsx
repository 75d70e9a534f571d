import type { StatusId } from '../domain/schema';

/** Status as words with a colour and a shape mark, so colour is never the only signal. */
export function StatusBadge(props: { status: StatusId; label: string }) {
  return (
    <span class={`badge badge--${props.status}`} data-testid="status-badge" data-status={props.status}>
      <span class="badge__mark" aria-hidden="true" />
      {props.label}
    </span>
  );
}
