import { parentPort, workerData } from 'node:worker_threads';
import { runBuilder, type BuildRequest } from '../../export/run-builder.js';
import { isKoersError } from '../../base/koers-error.js';

// A build in its own thread: the Word library lays out and zips synchronously for seconds, which
// in the main thread would freeze the UI's status polling and make "Annuleren" wait for the end.
// Cancelling terminates this thread.

export type WorkerMessage =
  | { kind: 'progress'; fraction: number }
  | { kind: 'done'; bytes: Uint8Array; removedCharacters: number; truncatedCells: number }
  | {
      kind: 'failed';
      code: string | null;
      params: Record<string, string | number>;
      detail: string;
    };

const port = parentPort!;
const post = (message: WorkerMessage, transfer: ArrayBuffer[] = []) =>
  port.postMessage(message, transfer);

runBuilder(
  workerData as BuildRequest,
  (fraction) => post({ kind: 'progress', fraction }),
  new AbortController().signal,
)
  .then((outcome) => {
    const bytes = outcome.bytes;
    post(
      {
        kind: 'done',
        bytes,
        removedCharacters: outcome.removedCharacters,
        truncatedCells: outcome.truncatedCells,
      },
      [bytes.buffer as ArrayBuffer],
    );
  })
  .catch((error: unknown) => {
    post({
      kind: 'failed',
      code: isKoersError(error) ? error.code : null,
      params: isKoersError(error) ? error.params : {},
      detail: String(error).slice(0, 200),
    });
  });
