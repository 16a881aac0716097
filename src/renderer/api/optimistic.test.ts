import { MutationObserver, QueryClient } from '@tanstack/react-query';
import { describe, expect, it } from 'vitest';
import { optimisticCallbacks } from './optimistic.js';

const KEY = ['engagement', 'e1', 'overview'] as const;

interface Box {
  done: boolean;
}

/** A cached answer and a core that answers the change when the test says so. */
function setup() {
  const client = new QueryClient({ defaultOptions: { mutations: { retry: false } } });
  let saved: Box = { done: false };
  client.setQueryData<Box>(KEY, saved);
  const notified: unknown[] = [];
  let answer: (ok: boolean) => void = () => undefined;
  const observer = new MutationObserver(client, {
    mutationFn: (next: boolean) =>
      new Promise<Box>((resolve, reject) => {
        answer = (ok) => {
          if (ok) {
            saved = { done: next };
            resolve(saved);
          } else reject(new Error('geweigerd'));
        };
      }),
    ...optimisticCallbacks<Box, boolean, Box>(
      client,
      { queryKey: KEY, apply: (box, done) => ({ ...box, done }) },
      (error) => notified.push(error),
    ),
  });
  return {
    client,
    observer,
    notified,
    answer: (ok: boolean) => answer(ok),
    cached: () => client.getQueryData<Box>(KEY),
  };
}

const tick = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('optimisticCallbacks', () => {
  it('shows the change before the core answers and reads it back once it has', async () => {
    const s = setup();
    const done = s.observer.mutate(true);
    await tick();
    expect(s.cached()).toEqual({ done: true });
    s.answer(true);
    await done;
    expect(s.cached()).toEqual({ done: true });
    expect(s.notified).toEqual([]);
  });

  it('puts the old answer back and says why when the core refuses', async () => {
    const s = setup();
    const failed = s.observer.mutate(true).catch((error: unknown) => error);
    await tick();
    expect(s.cached()).toEqual({ done: true });
    s.answer(false);
    const error = await failed;
    expect(error).toBeInstanceOf(Error);
    expect(s.cached()).toEqual({ done: false });
    expect(s.notified).toEqual([error]);
  });

  it('marks the query stale once settled, so the next look reads the core', async () => {
    const s = setup();
    const done = s.observer.mutate(true);
    await tick();
    s.answer(true);
    await done;
    expect(s.client.getQueryState(KEY)?.isInvalidated).toBe(true);
  });
});
