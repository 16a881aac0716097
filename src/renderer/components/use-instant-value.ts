import { useCallback, useState } from 'react';

/**
 * The value a controlled checkbox, radio or switch shows: the user's choice from the very event
 * that made it, until the saved value changes (the optimistic cache update, a rollback, a new
 * read) or `release` is called.
 *
 * Why not the cache alone: TanStack Query tells React about a cache change in a later task
 * (setTimeout 0), and a controlled input whose value did not change during its own event is
 * put back by React at once. On a busy machine the box then shows the old state until that
 * task runs, so "click, then look" sees no change.
 */
export function useInstantValue<T>(saved: T): {
  value: T;
  show: (value: T) => void;
  release: () => void;
} {
  const [chosen, setChosen] = useState<{ value: T } | null>(null);
  const [seen, setSeen] = useState(saved);
  if (!Object.is(seen, saved)) {
    // Adjusting state while rendering (React's pattern for "reset when a prop changes").
    setSeen(saved);
    setChosen(null);
  }
  const show = useCallback((value: T) => setChosen({ value }), []);
  const release = useCallback(() => setChosen(null), []);
  return { value: chosen && Object.is(seen, saved) ? chosen.value : saved, show, release };
}
