import type { RichText } from '../../../shared/domain/interview';
import { Autosaver, combineStates, type SaveState } from './autosave';

/** Saves one editor's notes; rejects with an Error whose message can be shown. */
export type SaveNotes = (questionId: string | null, notes: RichText) => Promise<void>;

const FREE = 'free';

/**
 * One autosaver per editor of an interview (each question, the free notes), and the combined
 * state the interview's single save indicator shows. Framework-free; the hook wraps it.
 */
export class NotesSaveRegistry {
  private readonly savers = new Map<string, Autosaver<RichText>>();
  private readonly listeners = new Set<() => void>();
  private combined: SaveState = 'idle';
  private errorMessage = '';

  constructor(private readonly saveNotes: SaveNotes) {}

  change(questionId: string | null, notes: RichText): void {
    this.saverFor(questionId).change(notes);
  }

  flush(questionId: string | null): Promise<void> {
    return this.savers.get(questionId ?? FREE)?.flush() ?? Promise.resolve();
  }

  flushAll(): Promise<void> {
    return Promise.all([...this.savers.values()].map((saver) => saver.flush())).then(
      () => undefined,
    );
  }

  /** A question was removed: whatever it still had waiting has nowhere to go. */
  forget(questionId: string): void {
    this.savers.get(questionId)?.dispose();
    this.savers.delete(questionId);
    this.update();
  }

  /** The interview is gone: stop every timer and drop what was waiting. */
  disposeAll(): void {
    for (const saver of this.savers.values()) saver.dispose();
    this.savers.clear();
    this.update();
  }

  get hasUnsaved(): boolean {
    return [...this.savers.values()].some((saver) => saver.hasUnsaved);
  }

  readonly subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  readonly getState = (): SaveState => this.combined;

  /** The message of the last failed save, for the indicator's hint. */
  readonly getErrorMessage = (): string => this.errorMessage;

  private saverFor(questionId: string | null): Autosaver<RichText> {
    const key = questionId ?? FREE;
    let saver = this.savers.get(key);
    if (!saver) {
      saver = new Autosaver<RichText>({
        save: async (notes) => {
          try {
            await this.saveNotes(questionId, notes);
          } catch (error) {
            this.errorMessage = error instanceof Error ? error.message : String(error);
            throw error;
          }
        },
        onStateChange: () => this.update(),
      });
      this.savers.set(key, saver);
    }
    return saver;
  }

  private update(): void {
    const next = combineStates([...this.savers.values()].map((saver) => saver.state));
    if (next === this.combined) return;
    this.combined = next;
    for (const listener of this.listeners) listener();
  }
}
