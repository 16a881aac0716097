import fs from 'node:fs';
import v8 from 'node:v8';
import vm from 'node:vm';

/**
 * Peak resident memory of a phase. Sampled on a timer and, because better-sqlite3 blocks the
 * event loop during big transactions, also wherever the caller calls `sample()` in its loops.
 */
export class PeakMemory {
  private peak = 0;
  private readonly timer: NodeJS.Timeout;
  constructor() {
    this.sample();
    this.timer = setInterval(() => this.sample(), 25);
    this.timer.unref();
  }
  sample(): void {
    const rss = process.memoryUsage.rss();
    if (rss > this.peak) this.peak = rss;
  }
  stop(): number {
    clearInterval(this.timer);
    this.sample();
    return this.peak;
  }
}

export const mb = (bytes: number) => `${(bytes / 1e6).toFixed(0)} MB`;

// A builder can hold the event loop for a second at a time, so a timer misses the real peak.
// Linux keeps the process's high-water mark itself (VmHWM) and resets it on request, which
// gives the exact peak of one phase; elsewhere the timer's samples have to do.

function resetHighWater(): boolean {
  try {
    fs.writeFileSync('/proc/self/clear_refs', '5');
    return true;
  } catch {
    return false;
  }
}

function highWater(): number | null {
  try {
    const match = /VmHWM:\s+(\d+) kB/.exec(fs.readFileSync('/proc/self/status', 'utf8'));
    return match ? Number(match[1]) * 1024 : null;
  } catch {
    return null;
  }
}

let gc: (() => void) | null | undefined;

/** Garbage of earlier phases collected, so it does not count against the next one. */
export function collectGarbage(): void {
  if (gc === undefined) {
    try {
      v8.setFlagsFromString('--expose-gc');
      gc = vm.runInNewContext('gc') as () => void;
    } catch {
      gc = null;
    }
  }
  gc?.();
}

export interface PhaseMemory<T> {
  value: T;
  /** RSS when the phase began. */
  before: number;
  /** Highest RSS during the phase. */
  peak: number;
  /** Whether `peak` is the kernel's exact high-water mark (else sampled every 25 ms). */
  exact: boolean;
}

export async function peakDuring<T>(work: () => Promise<T>): Promise<PhaseMemory<T>> {
  collectGarbage();
  const before = process.memoryUsage.rss();
  const exact = resetHighWater();
  const sampler = new PeakMemory();
  const value = await work();
  const sampled = sampler.stop();
  const kernel = exact ? highWater() : null;
  return { value, before, peak: Math.max(sampled, kernel ?? 0), exact: kernel !== null };
}
