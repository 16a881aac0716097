import type { SqliteHandle } from '../store/sqlite-connection.js';
import { changesSince, checkpointOpenFile } from '../store/engagement-file.js';
import type { OpenEngagements } from './open-engagements.js';

/** How long the files must be quiet before the WAL is folded into the main file. */
export const IDLE_CHECKPOINT_MS = 1000;
/** Saves every half second (notes while typing) still get a complete file this often. */
export const MAX_CHECKPOINT_DELAY_MS = 5000;

/**
 * Keeps the `.koers` file complete while an engagement is open. With WAL the newest saves sit in
 * the -wal until a checkpoint; a copy of the main file made then misses them, yet is a valid
 * SQLite file that passes integrity_check. So after the last save a checkpoint follows about a
 * second later, never sooner (a burst of saves pays for one checkpoint, not one each).
 *
 * `afterTask` is called at the end of every task on the core's queue. It notices writes by
 * SQLite's total_changes() per connection (a file just opened, created or migrated counts as
 * written). The checkpoint itself is handed to `enqueue`, the core's queue, so it never runs in
 * the middle of another task's transaction. The timer is unref'd: it never keeps a CLI alive.
 */
export class IdleCheckpoint {
  private timer: NodeJS.Timeout | undefined;
  private dueAt: number | undefined;
  private firstUnfoldedAt: number | undefined;
  private readonly seen = new WeakMap<SqliteHandle, number>();
  private stopped = false;

  constructor(
    private readonly open: OpenEngagements,
    private readonly enqueue: (work: () => Promise<void>) => void,
    private readonly log: (error: unknown) => void,
    private readonly idleMs = IDLE_CHECKPOINT_MS,
    private readonly maxDelayMs = MAX_CHECKPOINT_DELAY_MS,
  ) {}

  afterTask(): void {
    if (this.stopped) return;
    let wrote = false;
    for (const { file } of this.open.all()) {
      if (!file.sqlite.open) continue;
      const changes = changesSince(file.sqlite);
      if (this.seen.get(file.sqlite) !== changes) {
        this.seen.set(file.sqlite, changes);
        wrote = true;
      }
    }
    if (wrote) this.schedule();
  }

  /** Runs on the core's queue: no other task, and so no transaction, is running. */
  checkpointNow(): void {
    this.clearTimer();
    this.firstUnfoldedAt = undefined;
    let retry = false;
    for (const { file } of this.open.all()) {
      try {
        if (!checkpointOpenFile(file.sqlite) && file.sqlite.open) retry = true;
      } catch (error) {
        // A full disk or a failing stick: the saves are safe in the -wal, and closing the
        // engagement folds them in (or reports the error). Retrying every second helps nobody.
        this.log(error);
      }
    }
    if (retry) this.schedule();
  }

  stop(): void {
    this.stopped = true;
    this.clearTimer();
  }

  /**
   * Each save pushes the checkpoint back to `idleMs` after it, but never past `maxDelayMs` after
   * the first save not yet folded in. A timer already due by then is kept, not replaced: a save
   * that arrives before the timer could fire must not cancel an overdue checkpoint.
   */
  private schedule(): void {
    const now = Date.now();
    this.firstUnfoldedAt ??= now;
    const due = Math.min(now + this.idleMs, this.firstUnfoldedAt + this.maxDelayMs);
    if (this.timer && this.dueAt !== undefined && due <= this.dueAt) return;
    this.clearTimer();
    this.dueAt = due;
    this.timer = setTimeout(
      () => {
        this.timer = undefined;
        this.dueAt = undefined;
        if (!this.stopped) this.enqueue(async () => this.checkpointNow());
      },
      Math.max(0, due - now),
    );
    this.timer.unref();
  }

  private clearTimer(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = undefined;
    this.dueAt = undefined;
  }
}
