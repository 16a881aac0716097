// Operations that only a shell can carry out (native dialogs, the system browser). They are
// not part of the core: the Electron shell implements them and then calls the core with the
// path the user chose, so the renderer never sends a path of its own. In browser mode they
// answer NOT_SUPPORTED and the renderer uses its in-page workspace pickers instead.
import { z } from 'zod';
import { uuidSchema } from './domain/common.js';
import type { OpenEngagement } from './domain/engagement.js';
import type { StagedUpload } from './domain/document.js';
import type { Result } from './result.js';

interface ShellOperation<I extends z.ZodType, O> {
  input: I;
  output?: O;
}
const op =
  <O>() =>
  <I extends z.ZodType>(input: I): ShellOperation<I, O> => ({ input });

export const shellContract = {
  /** Native "Openen…" dialog; null when the user cancels. */
  'shell:openDialog': op<OpenEngagement | null>()(z.object({}).strict()),
  /** Native "Opslaan als…" dialog for the given engagement; null when cancelled. */
  'shell:saveAsDialog': op<OpenEngagement | null>()(
    z.object({ engagementId: uuidSchema }).strict(),
  ),
  /** Native multi-select dialog for documents; each picked file is staged for `document:add`. */
  'shell:pickDocuments': op<StagedUpload[]>()(z.object({ engagementId: uuidSchema }).strict()),
  /** Writes a stored document to a temp file and opens it in the system viewer. */
  'shell:openDocument': op<{ opened: boolean }>()(
    z.object({ engagementId: uuidSchema, documentId: uuidSchema }).strict(),
  ),
  /**
   * Saves a finished export job through a native save dialog (workspace folder, the job's file
   * name). `saved: false` when the user cancels; the job then keeps its bytes for another try.
   */
  'shell:saveExport': op<{ saved: boolean; fileName: string }>()(
    z.object({ jobId: uuidSchema }).strict(),
  ),
  /** Opens an https: or mailto: link in the system browser; anything else is refused. */
  'shell:openExternal': op<{ opened: boolean }>()(z.object({ url: z.string().max(2000) }).strict()),
} as const;

export type ShellContract = typeof shellContract;
export type ShellOperationName = keyof ShellContract;
export const SHELL_OPERATION_NAMES = Object.keys(shellContract) as ShellOperationName[];

export type ShellApi = {
  [K in ShellOperationName]: (
    input: z.input<ShellContract[K]['input']>,
  ) => Promise<Result<NonNullable<ShellContract[K]['output']> | null>>;
};

export const isShellOperationName = (name: unknown): name is ShellOperationName =>
  typeof name === 'string' && Object.prototype.hasOwnProperty.call(shellContract, name);
