// The messages between Electron main and the core's utility process (core-host.ts). Main sends
// { id, name, input }; the host answers { id, result } with a Result, never an exception. A
// name is either a contract operation (handed to the core's dispatcher, which parses its input)
// or one of the host doors below: the core's path-taking side doors, which main needs for its
// native dialogs. No electron import: both ends are tested with stand-ins.
import type { OpenEngagement } from '../../shared/domain/engagement.js';
import type { SourceDocument, StagedUpload } from '../../shared/domain/document.js';
import type { ExportJobStatus } from '../../shared/domain/export.js';
import type { Result } from '../../shared/result.js';
import type { Core } from '../core/core-types.js';

export interface HostRequest {
  id: number;
  name: string;
  input: unknown;
}

export interface HostReply {
  id: number;
  result: Result<unknown>;
}

/** The part of a MessagePort both process.parentPort and a test's stand-in offer. */
export interface HostPort {
  on(event: 'message', listener: (event: { data: unknown }) => void): unknown;
  postMessage(message: HostReply): void;
}

/**
 * The core as Electron main sees it through the relay. Streams and byte buffers do not cross
 * the process boundary: a stored document and a finished export are written to a file by the
 * host, at a path main chose in its own dialog.
 */
export interface ShellCore {
  call: Core['call'];
  callByName: Core['callByName'];
  openPath(path: string): Promise<Result<OpenEngagement>>;
  saveAsPath(engagementId: string, path: string): Promise<Result<OpenEngagement>>;
  stagePath(filePath: string): Promise<Result<StagedUpload>>;
  /** Writes a stored original to a new file (created exclusively, owner only). */
  writeDocumentToFile(
    engagementId: string,
    documentId: string,
    filePath: string,
  ): Promise<Result<SourceDocument>>;
  /** Takes a finished export's bytes (once) and writes them over `filePath` atomically. */
  saveExportToFile(jobId: string, filePath: string): Promise<Result<{ fileName: string }>>;
  waitForExport(jobId: string): Promise<Result<ExportJobStatus>>;
  exportInterchange(
    engagementId: string,
    options: { withAttachments: boolean; exportedAt?: string },
  ): Promise<Result<string>>;
  importInterchange(jsonPath: string, targetPath: string): Promise<Result<OpenEngagement>>;
}

/** The host doors; the prefix keeps them apart from contract names ("area:verb"). */
export const HOST_DOORS = {
  ready: 'host:ready',
  openPath: 'host:openPath',
  saveAsPath: 'host:saveAsPath',
  stagePath: 'host:stagePath',
  writeDocumentToFile: 'host:writeDocumentToFile',
  saveExportToFile: 'host:saveExportToFile',
  waitForExport: 'host:waitForExport',
  exportInterchange: 'host:exportInterchange',
  importInterchange: 'host:importInterchange',
  dispose: 'host:dispose',
} as const;

export type HostDoor = (typeof HOST_DOORS)[keyof typeof HOST_DOORS];

export const isHostRequest = (value: unknown): value is HostRequest =>
  typeof value === 'object' &&
  value !== null &&
  Number.isSafeInteger((value as HostRequest).id) &&
  typeof (value as HostRequest).name === 'string';

export const isHostReply = (value: unknown): value is HostReply =>
  typeof value === 'object' &&
  value !== null &&
  Number.isSafeInteger((value as HostReply).id) &&
  typeof (value as HostReply).result === 'object' &&
  (value as HostReply).result !== null &&
  typeof (value as HostReply).result.ok === 'boolean';
