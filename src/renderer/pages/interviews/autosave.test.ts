import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { Autosaver, combineStates, type SaveState } from './autosave.js';

/** A save function whose calls the test answers by hand, one at a time. */
function manualSave() {
  const calls: { content: string; resolve(): void; reject(): void }[] = [];
  const save = (content: string) =>
    new Promise<void>((resolve, reject) => {
      calls.push({ content, resolve, reject: () => reject(new Error('offline')) });
    });
  return { calls, save };
}

/** Lets the promise chains inside the autosaver run. */
const settle = () => vi.advanceTimersByTimeAsync(0);

describe('Autosaver', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('saves once, 600 ms after typing stops, and says "saved" only when the save answered', async () => {
    const { calls, save } = manualSave();
    const states: SaveState[] = [];
    const saver = new Autosaver({ save, onStateChange: (s) => states.push(s) });

    saver.change('a');
    await vi.advanceTimersByTimeAsync(400);
    saver.change('ab');
    await vi.advanceTimersByTimeAsync(400);
    saver.change('abc');
    await vi.advanceTimersByTimeAsync(599);
    expect(calls).toHaveLength(0);
    expect(saver.state).toBe('dirty');

    await vi.advanceTimersByTimeAsync(1);
    await settle();
    expect(calls.map((c) => c.content)).toEqual(['abc']);
    expect(saver.state).toBe('saving');

    calls[0]?.resolve();
    await settle();
    expect(saver.state).toBe('saved');
    expect(states).toEqual(['dirty', 'saving', 'saved']);
    expect(saver.hasUnsaved).toBe(false);
  });

  it('never overlaps saves: typing during a save sends only the newest text, after it', async () => {
    const { calls, save } = manualSave();
    const saver = new Autosaver({ save, debounceMs: 100 });

    saver.change('one');
    await vi.advanceTimersByTimeAsync(100);
    await settle();
    expect(calls).toHaveLength(1);

    saver.change('two');
    await vi.advanceTimersByTimeAsync(100);
    saver.change('three');
    await vi.advanceTimersByTimeAsync(500);
    // Still one call out: the newer text waits for the first answer.
    expect(calls).toHaveLength(1);
    expect(saver.state).toBe('saving');

    calls[0]?.resolve();
    await settle();
    expect(calls.map((c) => c.content)).toEqual(['one', 'three']);
    expect(saver.state).toBe('saving');

    calls[1]?.resolve();
    await settle();
    expect(saver.state).toBe('saved');
    expect(calls).toHaveLength(2);
  });

  it('keeps failed content, shows the failure and retries with back-off until it lands', async () => {
    const { calls, save } = manualSave();
    const saver = new Autosaver({ save, debounceMs: 100, retryDelaysMs: [1_000, 3_000] });

    saver.change('notes');
    await vi.advanceTimersByTimeAsync(100);
    await settle();
    calls[0]?.reject();
    await settle();
    expect(saver.state).toBe('failed');
    expect(saver.hasUnsaved).toBe(true);

    await vi.advanceTimersByTimeAsync(999);
    expect(calls).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(1);
    await settle();
    expect(calls.map((c) => c.content)).toEqual(['notes', 'notes']);

    calls[1]?.reject();
    await settle();
    await vi.advanceTimersByTimeAsync(2_999);
    expect(calls).toHaveLength(2);
    await vi.advanceTimersByTimeAsync(1);
    await settle();
    expect(calls).toHaveLength(3);
    expect(calls[2]?.content).toBe('notes');

    calls[2]?.resolve();
    await settle();
    expect(saver.state).toBe('saved');
    expect(saver.hasUnsaved).toBe(false);
  });

  it('newer typing replaces failed content instead of resending the old text', async () => {
    const { calls, save } = manualSave();
    const saver = new Autosaver({ save, debounceMs: 100, retryDelaysMs: [5_000] });

    saver.change('old');
    await vi.advanceTimersByTimeAsync(100);
    saver.change('new');
    calls[0]?.reject();
    await settle();
    expect(saver.state).toBe('failed');
    await vi.advanceTimersByTimeAsync(100);
    await settle();
    expect(calls.map((c) => c.content)).toEqual(['old', 'new']);
    calls[1]?.resolve();
    await settle();
    expect(saver.state).toBe('saved');
  });

  it('flush sends at once and resolves when the newest content is durable', async () => {
    const { calls, save } = manualSave();
    const saver = new Autosaver({ save });
    let flushed = false;

    saver.change('typed just before closing');
    void saver.flush().then(() => {
      flushed = true;
    });
    await settle();
    expect(calls.map((c) => c.content)).toEqual(['typed just before closing']);
    expect(flushed).toBe(false);

    calls[0]?.resolve();
    await settle();
    expect(flushed).toBe(true);
    // Nothing is sent twice when the debounce timer would have fired.
    await vi.advanceTimersByTimeAsync(5_000);
    expect(calls).toHaveLength(1);
  });

  it('flush during a save sends the newer content right after it', async () => {
    const { calls, save } = manualSave();
    const saver = new Autosaver({ save, debounceMs: 100 });
    saver.change('a');
    await vi.advanceTimersByTimeAsync(100);
    saver.change('ab');
    const done = saver.flush();
    calls[0]?.resolve();
    await settle();
    expect(calls.map((c) => c.content)).toEqual(['a', 'ab']);
    calls[1]?.resolve();
    await done;
    expect(saver.state).toBe('saved');
  });

  it('a save that throws synchronously counts as a failure', async () => {
    const saver = new Autosaver<string>({
      save: () => {
        throw new Error('boom');
      },
      debounceMs: 10,
    });
    saver.change('x');
    await vi.advanceTimersByTimeAsync(10);
    await settle();
    expect(saver.state).toBe('failed');
    saver.dispose();
  });

  it('flush with nothing to save resolves at once and stays idle', async () => {
    const { calls, save } = manualSave();
    const saver = new Autosaver({ save });
    await saver.flush();
    expect(calls).toHaveLength(0);
    expect(saver.state).toBe('idle');
  });
});

describe('combineStates', () => {
  it('shows the most urgent state of all editors', () => {
    expect(combineStates([])).toBe('idle');
    expect(combineStates(['idle', 'saved'])).toBe('saved');
    expect(combineStates(['saved', 'dirty', 'idle'])).toBe('dirty');
    expect(combineStates(['dirty', 'saving'])).toBe('saving');
    expect(combineStates(['saving', 'failed', 'saved'])).toBe('failed');
  });
});
