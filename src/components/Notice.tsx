import type { ParentProps } from 'solid-js';

/** A visible, non-blocking message (a warning that something was ignored or degraded). */
export function Notice(props: ParentProps<{ tone?: 'info' | 'warning' | 'error'; role?: 'status' | 'alert' }>) {
  return (
    <div class={`notice notice--${props.tone ?? 'info'}`} role={props.role}>
      {props.children}
    </div>
  );
}
