import type { OpenEngagement } from '../../shared/domain/engagement.js';
import type { ShellKind } from '../../shared/domain/app.js';
import type { OperationName, OutputOf } from '../../shared/contract.js';
import type { Result } from '../../shared/result.js';
import type { SourceDocument, StagedUpload } from '../../shared/domain/document.js';
import type { Readable, Writable } from 'node:stream';
import type { ExportJobStatus } from '../../shared/domain/export.js';
import type { ExportResult } from './exports/export-jobs.js';

export interface CoreOptions {
  /** Per-user folder for the app index (recent files, preferences) and migration backups. */
  dataDir: string;
  /** Default folder for engagement files; defaults to the preference, then ~/Documents/Koers. */
  workspaceDir?: string;
  shell: ShellKind;
  /** Path to a better-sqlite3 binary built for another ABI (Electron). */
  nativeBinding?: string;
  /**
   * Quiet time before the idle checkpoint (idle-checkpoint.ts); 1 s when absent. The kill test
   * sets a few milliseconds so that its kills also land in the middle of checkpoints.
   */
  idleCheckpointMs?: number;
}

/**
 * The core as every shell sees it. `call` is the only door for untrusted input: it parses the
 * input with the contract's schema. The path-taking methods exist for the shells' native
 * dialogs and the CLI, which obtain paths from the user themselves.
 */
export interface Core {
  call<K extends OperationName>(name: K, input: unknown): Promise<Result<OutputOf<K>>>;
  /** Same as call, for a name that arrived as a string over a wire. */
  callByName(name: string, input: unknown): Promise<Result<unknown>>;
  openPath(path: string): Promise<Result<OpenEngagement>>;
  saveAsPath(engagementId: string, path: string): Promise<Result<OpenEngagement>>;
  /** Streams an upload (browser mode) to a temp file; `document:add` takes its id. */
  stageUpload(source: Readable, fileName: string): Promise<Result<StagedUpload>>;
  /** A file picked in a native dialog (Electron): read in place when added. */
  stagePath(filePath: string): Promise<Result<StagedUpload>>;
  /** Streams a stored document's original bytes to `out` (system viewer, download). */
  writeDocument(
    engagementId: string,
    documentId: string,
    out: Writable,
  ): Promise<Result<SourceDocument>>;
  /** The finished bytes of an export job, handed over once (save dialog, download, CLI). */
  takeExport(jobId: string): Promise<Result<ExportResult>>;
  /** Waits until an export job has ended: for the CLI and tests. */
  waitForExport(jobId: string): Promise<Result<ExportJobStatus>>;
  /** The whole engagement as JSON interchange text (docs/interchange.md): CLI export-json. */
  exportInterchange(
    engagementId: string,
    options: { withAttachments: boolean; exportedAt?: string },
  ): Promise<Result<string>>;
  /**
   * A new engagement file at `targetPath` from a JSON interchange file. A bad file gives
   * INVALID_INPUT with `path` naming the first bad field, and no file is created.
   */
  importInterchange(jsonPath: string, targetPath: string): Promise<Result<OpenEngagement>>;
  /** Closes every open engagement cleanly (checkpoint, optimize). Safe to call twice. */
  dispose(): Promise<void>;
  readonly dataDir: string;
}
