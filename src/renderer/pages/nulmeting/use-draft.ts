import { useState } from 'react';

/**
 * What a field shows while the consultant types in it: the typed text until the stored value
 * changes (the core's answer, an undo, a proposal) after typing stopped, then the stored one.
 * Keeping the typed text until then avoids a blink back to the old value while the save runs.
 */
export function useDraft(stored: string): {
  value: string;
  typing: boolean;
  edit(text: string): void;
  /** Typing stopped; the text stays until the stored value changes. */
  settle(text?: string): void;
  /** Show the stored value again (Escape). */
  reset(): void;
} {
  const [draft, setDraft] = useState<string | null>(null);
  const [typing, setTyping] = useState(false);
  const [seen, setSeen] = useState(stored);
  if (seen !== stored) {
    // Adjusting state while rendering (React's pattern for "reset when a prop changes").
    setSeen(stored);
    if (!typing) setDraft(null);
  }
  return {
    value: draft ?? stored,
    typing,
    edit: (text) => {
      setTyping(true);
      setDraft(text);
    },
    settle: (text) => {
      setTyping(false);
      if (text !== undefined) setDraft(text);
    },
    reset: () => {
      setTyping(false);
      setDraft(null);
    },
  };
}
