import type { KeyboardEvent, RefObject } from 'react';

/** Ctrl/Cmd+Enter submits the form from any field, multi-line ones included (as the findings form). */
export const saveShortcut =
  (formRef: RefObject<HTMLFormElement | null>) => (event: KeyboardEvent<HTMLFormElement>) => {
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      formRef.current?.requestSubmit();
    }
  };
