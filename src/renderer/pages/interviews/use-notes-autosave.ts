import { useEffect, useState, useSyncExternalStore } from 'react';
import { callCore } from '../../api/core-hooks';
import type { SaveState } from './autosave';
import { NotesSaveRegistry } from './notes-save-registry';

export interface NotesAutosave {
  registry: NotesSaveRegistry;
  state: SaveState;
  errorMessage: string;
}

/**
 * Autosave for all notes of one interview. Besides the per-editor debounce and blur, everything
 * waiting is sent when the page is left: another route (unmount), the window hidden, the tab
 * or app closed.
 */
export function useNotesAutosave(engagementId: string, interviewId: string): NotesAutosave {
  const [registry] = useState(
    () =>
      new NotesSaveRegistry(async (questionId, notes) => {
        await callCore('interview:saveNotes', { engagementId, interviewId, questionId, notes });
      }),
  );

  useEffect(() => {
    const flush = () => void registry.flushAll();
    const onVisibility = () => {
      if (document.visibilityState === 'hidden') flush();
    };
    const onBeforeUnload = (event: BeforeUnloadEvent) => {
      flush();
      // Browser mode only: ask before leaving while a save is still out. In Electron the
      // flush above reaches the core over IPC, and a blocked unload would keep the window open.
      if (!window.koers && registry.hasUnsaved) event.preventDefault();
    };
    document.addEventListener('visibilitychange', onVisibility);
    window.addEventListener('pagehide', flush);
    window.addEventListener('beforeunload', onBeforeUnload);
    return () => {
      document.removeEventListener('visibilitychange', onVisibility);
      window.removeEventListener('pagehide', flush);
      window.removeEventListener('beforeunload', onBeforeUnload);
      // Leaving the interview: send what is waiting. Failed saves keep retrying on their own.
      flush();
    };
  }, [registry]);

  const state = useSyncExternalStore(registry.subscribe, registry.getState);
  return { registry, state, errorMessage: registry.getErrorMessage() };
}
