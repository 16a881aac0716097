import type { KeyboardEvent } from 'react';

/** Ctrl/Cmd+Enter submits the form from any field, multi-line ones included (as the findings form). */
export function submitOnCtrlEnter(event: KeyboardEvent<HTMLFormElement>): void {
  if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
    event.preventDefault();
    event.currentTarget.requestSubmit();
  }
}
