import { useEffect, useRef, useState } from 'react';
import { Autosaver, type SaveState } from '../interviews/autosave';

/**
 * One Autosaver (the interview notes' rules: debounced, in order, retried, "saved" only once the
 * core said ok) for a field or a group of fields. What waits is sent when the component goes
 * (leaving the page) and when the window is hidden. `save` is the first render's: it must name
 * only what stays the same for the component's life (the record's id, the cache).
 */
export function useAutosave<T>(save: (content: T) => Promise<unknown>, debounceMs = 500) {
  const [state, setState] = useState<SaveState>('idle');
  const [error, setError] = useState('');
  const disposed = useRef(false);
  const [saver] = useState(
    () =>
      new Autosaver<T>({
        debounceMs,
        save: async (content) => {
          try {
            await save(content);
            setError('');
          } catch (failure) {
            setError(failure instanceof Error ? failure.message : String(failure));
            throw failure;
          }
        },
        onStateChange: setState,
      }),
  );
  useEffect(() => {
    const onHide = () => void saver.flush();
    window.addEventListener('pagehide', onHide);
    document.addEventListener('visibilitychange', onHide);
    return () => {
      window.removeEventListener('pagehide', onHide);
      document.removeEventListener('visibilitychange', onHide);
      // Leaving: send what waits; the Autosaver keeps going until it is acknowledged.
      if (!disposed.current) void saver.flush();
    };
  }, [saver]);
  /** The record is gone: drop what waits, and send nothing more. */
  const dispose = () => {
    disposed.current = true;
    saver.dispose();
  };
  return { saver, state, error, dispose };
}
