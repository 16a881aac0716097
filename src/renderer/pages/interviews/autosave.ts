// Autosave for one editor, free of React and the DOM so it can be tested with fake timers.
// Rules: a change is sent at most `debounceMs` after typing stops; saves never overlap and never
// go out of order (while one is in flight only the newest content is remembered, and sent when
// the first returns); a failed save keeps its content and is retried with back-off; "saved" is
// reported only after the core said ok for the newest content.

export type SaveState = 'idle' | 'dirty' | 'saving' | 'saved' | 'failed';

export interface AutosaverOptions<T> {
  /** Resolves when the content is durable; rejects (or throws) when it is not. */
  save(content: T): Promise<void>;
  debounceMs?: number;
  /** Waits before each retry after a failure; the last one repeats. */
  retryDelaysMs?: readonly number[];
  onStateChange?(state: SaveState): void;
}

export const DEFAULT_DEBOUNCE_MS = 600;
export const DEFAULT_RETRY_DELAYS_MS = [1_000, 2_000, 5_000, 10_000] as const;

export class Autosaver<T> {
  private readonly options: Required<Omit<AutosaverOptions<T>, 'onStateChange'>> &
    Pick<AutosaverOptions<T>, 'onStateChange'>;
  /** Newest content not yet handed to `save`. `undefined` = nothing waiting. */
  private pending: T | undefined;
  private inFlight = false;
  private failures = 0;
  private debounceTimer: ReturnType<typeof setTimeout> | undefined;
  private retryTimer: ReturnType<typeof setTimeout> | undefined;
  private currentState: SaveState = 'idle';
  private settledWaiters: (() => void)[] = [];
  private disposed = false;

  constructor(options: AutosaverOptions<T>) {
    this.options = {
      debounceMs: DEFAULT_DEBOUNCE_MS,
      retryDelaysMs: DEFAULT_RETRY_DELAYS_MS,
      ...options,
    };
  }

  get state(): SaveState {
    return this.currentState;
  }

  /** True while something typed is not yet known to be durable. */
  get hasUnsaved(): boolean {
    return this.pending !== undefined || this.inFlight;
  }

  /** The editor changed: remember the newest content and (re)start the quiet-period timer. */
  change(content: T): void {
    if (this.disposed) return;
    this.pending = content;
    this.clearDebounce();
    this.debounceTimer = setTimeout(() => {
      this.debounceTimer = undefined;
      this.sendIfIdle();
    }, this.options.debounceMs);
    this.updateState();
  }

  /**
   * Send what is waiting now (blur, leaving the page, hiding the window). Resolves when nothing
   * is waiting or in flight any more, or when a save failed (the retry carries on).
   */
  flush(): Promise<void> {
    this.clearDebounce();
    if (this.pending !== undefined && !this.inFlight) {
      // A flush is the user leaving: do not sit out the back-off of an earlier failure.
      this.clearRetry();
      this.sendIfIdle();
    }
    if (!this.hasUnsaved) return Promise.resolve();
    return new Promise((resolve) => this.settledWaiters.push(resolve));
  }

  /** Stops the timers. Content still waiting is dropped: flush first when it matters. */
  dispose(): void {
    this.disposed = true;
    this.clearDebounce();
    this.clearRetry();
    this.resolveWaiters();
  }

  private sendIfIdle(): void {
    if (this.inFlight || this.pending === undefined) return;
    const content = this.pending;
    this.pending = undefined;
    this.inFlight = true;
    this.clearRetry();
    this.updateState();
    // Wrapped so a save that throws synchronously counts as a failure, not an escape.
    void Promise.resolve()
      .then(() => this.options.save(content))
      .then(
        () => this.afterSave(content, true),
        () => this.afterSave(content, false),
      );
  }

  private afterSave(content: T, ok: boolean): void {
    this.inFlight = false;
    if (ok) {
      this.failures = 0;
    } else {
      this.failures += 1;
      // Newer typing wins; otherwise the failed content waits for the retry.
      if (this.pending === undefined) this.pending = content;
      if (!this.disposed) this.scheduleRetry();
    }
    if (this.disposed) {
      this.resolveWaiters();
      return;
    }
    // Typed while the save was out: send now unless the user is still typing (the debounce
    // timer will send it) or we are backing off after a failure.
    if (ok && this.pending !== undefined && this.debounceTimer === undefined) this.sendIfIdle();
    this.updateState();
    if (!ok || !this.hasUnsaved) this.resolveWaiters();
  }

  private scheduleRetry(): void {
    this.clearRetry();
    const delays = this.options.retryDelaysMs;
    const delay = delays[Math.min(this.failures - 1, delays.length - 1)] ?? 1_000;
    this.retryTimer = setTimeout(() => {
      this.retryTimer = undefined;
      this.sendIfIdle();
    }, delay);
  }

  private updateState(): void {
    let next: SaveState;
    if (this.failures > 0 && !this.inFlight) next = 'failed';
    else if (this.inFlight) next = 'saving';
    else if (this.pending !== undefined) next = 'dirty';
    else next = this.currentState === 'idle' ? 'idle' : 'saved';
    // "saved" only ever follows a save that the core acknowledged.
    if (next === 'saved' && this.currentState !== 'saving') next = this.currentState;
    if (next !== this.currentState) {
      this.currentState = next;
      this.options.onStateChange?.(next);
    }
  }

  private resolveWaiters(): void {
    const waiters = this.settledWaiters;
    this.settledWaiters = [];
    for (const resolve of waiters) resolve();
  }

  private clearDebounce(): void {
    if (this.debounceTimer !== undefined) clearTimeout(this.debounceTimer);
    this.debounceTimer = undefined;
  }

  private clearRetry(): void {
    if (this.retryTimer !== undefined) clearTimeout(this.retryTimer);
    this.retryTimer = undefined;
  }
}

/** The worst state of several editors: what one indicator for a whole interview shows. */
export function combineStates(states: Iterable<SaveState>): SaveState {
  const order: SaveState[] = ['failed', 'saving', 'dirty', 'saved', 'idle'];
  let worst = order.length - 1;
  for (const state of states) worst = Math.min(worst, order.indexOf(state));
  return order[worst] ?? 'idle';
}
