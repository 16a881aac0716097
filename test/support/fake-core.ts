import type { Core } from '../../src/main/core/core-types.js';
import type { Language } from '../../src/shared/domain/common.js';
import { ok, type Result } from '../../src/shared/result.js';

export interface RecordedCall {
  name: string;
  input: unknown;
}

/** A stand-in core that records what reached it and echoes the input back. */
export function createFakeCore(
  language: Language = 'nl',
): Core & { calls: RecordedCall[]; disposed: boolean } {
  const calls: RecordedCall[] = [];
  const answer = async (name: string, input: unknown): Promise<Result<unknown>> => {
    calls.push({ name, input });
    if (name === 'preferences:get') return ok({ language, workspaceDir: '/tmp/werkmap' });
    if (name === 'engagement:get') {
      return { ok: false, error: { code: 'NOT_OPEN', message: 'Dit traject is niet geopend.' } };
    }
    return ok({ echo: input });
  };
  const fake = {
    calls,
    disposed: false,
    dataDir: '/tmp/fake-data',
    // The fake answers every operation the same way; the real output types do not matter here.
    call: answer as Core['call'],
    callByName: answer,
    openPath: () => Promise.reject(new Error('not used by the server')),
    saveAsPath: () => Promise.reject(new Error('not used by the server')),
    stageUpload: () => Promise.reject(new Error('not used by this test')),
    stagePath: () => Promise.reject(new Error('not used by this test')),
    writeDocument: () => Promise.reject(new Error('not used by this test')),
    takeExport: () => Promise.reject(new Error('not used by this test')),
    waitForExport: () => Promise.reject(new Error('not used by this test')),
    exportInterchange: () => Promise.reject(new Error('not used by this test')),
    importInterchange: () => Promise.reject(new Error('not used by this test')),
    dispose: () => {
      fake.disposed = true;
      return Promise.resolve();
    },
  };
  return fake;
}
