import type { IpcMain } from 'electron';
import type { z } from 'zod';
import { contract, OPERATION_NAMES, type OperationName } from '../../shared/contract.js';
import {
  SHELL_OPERATION_NAMES,
  shellContract,
  type ShellOperationName,
} from '../../shared/shell-contract.js';
import type { Language } from '../../shared/domain/common.js';
import { errorResult } from '../../shared/error-result.js';
import type { ErrorCode, Result } from '../../shared/result.js';
import type { Core } from '../core/core-types.js';
import { shellTexts } from './shell-texts.js';

// Every IPC channel is one contract operation (channel name = operation name). A handler
// checks who is calling, parses the input with the contract's schema and only then reaches
// the core; anything else is answered with a Result, never an exception, so nothing of the
// main process leaks into the renderer. The core parses again: it trusts no shell.

/** The part of Electron's IpcMainInvokeEvent a handler looks at. */
export interface SenderEvent {
  senderFrame: { url: string } | null;
}

export type IsTrusted = (frameUrl: string | null | undefined) => boolean;

export interface HandlerOptions {
  /** UI language for the shell's own error messages; Dutch when not given. */
  language?: () => Language;
}

export type IpcHandler<T = unknown> = (event: SenderEvent, input: unknown) => Promise<Result<T>>;

/** A shell's own failure, through the one error path every boundary shares. */
export const shellError = (
  code: ErrorCode,
  language: Language,
  params: Record<string, string> = {},
  path?: string,
): Result<never> => errorResult(code, params, language, path);

const describe = (error: unknown): string =>
  error instanceof Error ? error.message.slice(0, 200) : 'onbekende fout';

export const makeGuardedHandler =
  <S extends z.ZodType, T>(
    schema: S,
    isTrusted: IsTrusted,
    run: (parsed: z.output<S>) => Promise<Result<T>>,
    options: HandlerOptions = {},
  ): IpcHandler<T> =>
  async (event, input) => {
    const language = options.language?.() ?? 'nl';
    if (!isTrusted(event.senderFrame?.url)) return shellError('UNAUTHORIZED', language);
    const parsed = schema.safeParse(input);
    if (!parsed.success) {
      const path = parsed.error.issues[0]?.path.map(String).join('.') ?? '';
      const shown = path === '' ? shellTexts(language)('field.input') : path;
      return shellError('INVALID_INPUT', language, { path: shown }, path);
    }
    try {
      return await run(parsed.data);
    } catch (error) {
      return shellError('INTERNAL', language, { detail: describe(error) });
    }
  };

/** The handler for one core operation: sender check, schema, then `core.call`. */
export const makeIpcHandler = <K extends OperationName>(
  name: K,
  core: Pick<Core, 'call'>,
  isTrusted: IsTrusted,
  options: HandlerOptions = {},
): IpcHandler =>
  makeGuardedHandler(
    contract[name].input as z.ZodType,
    isTrusted,
    (parsed) => core.call(name, parsed),
    options,
  );

/** Implementations of the shell-only operations, given their parsed input. */
export type ShellOperations = {
  [K in ShellOperationName]: (
    input: z.output<(typeof shellContract)[K]['input']>,
  ) => Promise<Result<unknown>>;
};

export const makeShellIpcHandler = <K extends ShellOperationName>(
  name: K,
  operations: ShellOperations,
  isTrusted: IsTrusted,
  options: HandlerOptions = {},
): IpcHandler =>
  makeGuardedHandler(
    shellContract[name].input as z.ZodType,
    isTrusted,
    (parsed) => operations[name](parsed as z.output<(typeof shellContract)[K]['input']>),
    options,
  );

export interface RegisterIpcInput {
  ipcMain: Pick<IpcMain, 'handle'>;
  core: Pick<Core, 'call'>;
  shellOperations: ShellOperations;
  isTrusted: IsTrusted;
  options?: HandlerOptions;
  /** Told after every answer, so the shell can refresh its menu (recent files, language). */
  onAnswered?: (name: OperationName | ShellOperationName, result: Result<unknown>) => void;
}

/** Registers one channel per operation; returns the channel names. */
export const registerIpc = ({
  ipcMain,
  core,
  shellOperations,
  isTrusted,
  options = {},
  onAnswered,
}: RegisterIpcInput): string[] => {
  const register = (name: OperationName | ShellOperationName, handler: IpcHandler): void => {
    ipcMain.handle(name, async (event, input: unknown) => {
      const result = await handler(event, input);
      onAnswered?.(name, result);
      return result;
    });
  };
  for (const name of OPERATION_NAMES) {
    register(name, makeIpcHandler(name, core, isTrusted, options));
  }
  for (const name of SHELL_OPERATION_NAMES) {
    register(name, makeShellIpcHandler(name, shellOperations, isTrusted, options));
  }
  return [...OPERATION_NAMES, ...SHELL_OPERATION_NAMES];
};
