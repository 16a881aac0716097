// Main's side of the core's utility process: every call becomes a message with a fresh id, and
// the reply with that id resolves it, in whatever order replies come. When the host ends
// without being asked (a crash, a kill), every call still waiting is answered with an error, the
// shell is told, and the next call starts a new host. On quit, dispose() asks the host to close
// its engagements (checkpoint, optimize) and waits for that, but never longer than a timeout.
// No electron import: the child is passed in as `spawn`, so this is tested with a stand-in.
import type { Language } from '../../shared/domain/common.js';
import { errorResult } from '../../shared/error-result.js';
import type { Result } from '../../shared/result.js';
import type { Core } from '../core/core-types.js';
import { HOST_DOORS, isHostReply, type HostRequest, type ShellCore } from './core-protocol.js';
import { shellTexts } from './shell-texts.js';

/** What the relay needs of Electron's UtilityProcess. */
export interface HostChild {
  postMessage(message: HostRequest): void;
  kill(): boolean;
  on(event: 'message', listener: (message: unknown) => void): unknown;
  on(event: 'exit', listener: (code: number) => void): unknown;
}

export interface CoreRelayOptions {
  spawn: () => HostChild;
  language: () => Language;
  /** Told when a host ended that was not asked to; the relay has failed its pending calls. */
  onUnexpectedExit?: (code: number) => void;
  /** Start a new host on the next call after a crash (default); false: keep failing. */
  restart?: boolean;
}

export type DisposeOutcome = 'disposed' | 'failed' | 'timeout' | 'not-running';

export interface CoreRelay extends ShellCore {
  /** Starts the host and waits until its core is ready; the error says why it is not. */
  start(): Promise<Result<unknown>>;
  /** Closes the host's engagements, waiting at most timeoutMs, then ends the host. */
  dispose(timeoutMs?: number): Promise<DisposeOutcome>;
}

export const DISPOSE_TIMEOUT_MS = 15_000;

interface Pending {
  child: HostChild;
  resolve: (result: Result<unknown>) => void;
}

export function createCoreRelay(options: CoreRelayOptions): CoreRelay {
  const restart = options.restart ?? true;
  const pending = new Map<number, Pending>();
  let nextId = 1;
  let child: HostChild | null = null;
  let crashed = false;
  let stopping = false;

  /** INTERNAL, its detail saying what happened to the host (shell namespace). */
  const failure = (key: 'hostStopped' | 'hostStopping' | 'hostNotStarted', detail = '') => {
    const language = options.language();
    return errorResult(
      'INTERNAL',
      { detail: shellTexts(language)(`core.${key}`, { detail }) },
      language,
    );
  };

  const failPendingOf = (ended: HostChild): void => {
    for (const [id, entry] of pending) {
      if (entry.child !== ended) continue;
      pending.delete(id);
      entry.resolve(failure(stopping ? 'hostStopping' : 'hostStopped'));
    }
  };

  const launch = (): HostChild => {
    const made = options.spawn();
    made.on('message', (message) => {
      if (!isHostReply(message)) return;
      const entry = pending.get(message.id);
      // An id we never sent, or one already failed because its host ended: nothing waits for it.
      if (entry === undefined || entry.child !== made) return;
      pending.delete(message.id);
      entry.resolve(message.result);
    });
    made.on('exit', (code) => {
      if (child === made) child = null;
      failPendingOf(made);
      if (stopping) return;
      crashed = true;
      options.onUnexpectedExit?.(code);
    });
    return made;
  };

  const sendTo = (target: HostChild, name: string, input: unknown): Promise<Result<unknown>> => {
    const id = nextId++;
    return new Promise((resolve) => {
      pending.set(id, { child: target, resolve });
      try {
        target.postMessage({ id, name, input });
      } catch (error) {
        pending.delete(id);
        console.error('[koers] bericht aan de kern niet verstuurd', error);
        resolve(failure('hostStopped'));
      }
    });
  };

  const send = async (name: string, input: unknown): Promise<Result<unknown>> => {
    if (stopping) return failure('hostStopping');
    if (child === null) {
      if (crashed && !restart) return failure('hostStopped');
      try {
        child = launch();
      } catch (error) {
        return failure('hostNotStarted', error instanceof Error ? error.message : String(error));
      }
    }
    return sendTo(child, name, input);
  };

  const typed = <T>(name: string, input: unknown) => send(name, input) as Promise<Result<T>>;

  return {
    call: ((name: string, input: unknown) => send(name, input)) as Core['call'],
    callByName: (name, input) => send(name, input),
    openPath: (path) => typed(HOST_DOORS.openPath, { path }),
    saveAsPath: (engagementId, path) => typed(HOST_DOORS.saveAsPath, { engagementId, path }),
    stagePath: (path) => typed(HOST_DOORS.stagePath, { path }),
    writeDocumentToFile: (engagementId, documentId, filePath) =>
      typed(HOST_DOORS.writeDocumentToFile, { engagementId, documentId, filePath }),
    saveExportToFile: (jobId, filePath) => typed(HOST_DOORS.saveExportToFile, { jobId, filePath }),
    waitForExport: (jobId) => typed(HOST_DOORS.waitForExport, { jobId }),
    exportInterchange: (engagementId, exportOptions) =>
      typed(HOST_DOORS.exportInterchange, { engagementId, options: exportOptions }),
    importInterchange: (jsonPath, targetPath) =>
      typed(HOST_DOORS.importInterchange, { jsonPath, targetPath }),

    start: () => send(HOST_DOORS.ready, null),

    dispose: async (timeoutMs = DISPOSE_TIMEOUT_MS) => {
      const running = child;
      stopping = true;
      if (running === null) return 'not-running';
      let timer: ReturnType<typeof setTimeout> | undefined;
      const timedOut = new Promise<DisposeOutcome>((resolve) => {
        timer = setTimeout(() => resolve('timeout'), timeoutMs);
      });
      // A host that dies while closing fails this call like any other pending one.
      const answered = sendTo(running, HOST_DOORS.dispose, null).then((result): DisposeOutcome =>
        result.ok ? 'disposed' : 'failed',
      );
      const outcome = await Promise.race([answered, timedOut]);
      clearTimeout(timer);
      running.kill();
      return outcome;
    },
  };
}
