// Every answer that crosses a boundary (IPC, HTTP, CLI) has this shape, so a shell never needs
// to serialise an exception and the renderer never needs try/catch around a call.

import type { AreaErrorCode } from './i18n/resources.js';

/** The codes every area may use; an area's own codes come from its errors file (AREA_ERRORS). */
export const BASE_ERROR_CODES = [
  'INVALID_INPUT',
  'NOT_FOUND',
  'NOT_OPEN',
  'NOT_SUPPORTED',
  'NOT_A_KOERS_FILE',
  'FILE_EMPTY',
  'FILE_CORRUPT',
  'FILE_OTHER_APPLICATION',
  'FILE_FROM_NEWER_VERSION',
  'FILE_MISSING',
  'FILE_EXISTS',
  'FILE_IN_USE',
  'FILE_NAME_INVALID',
  'MIGRATION_FAILED',
  'STAKEHOLDER_LINKED',
  'UNDO_UNAVAILABLE',
  'UNAUTHORIZED',
  'INTERNAL',
] as const;

export type BaseErrorCode = (typeof BASE_ERROR_CODES)[number];
export type ErrorCode = BaseErrorCode | AreaErrorCode;

export interface KoersErrorInfo {
  code: ErrorCode;
  /** Human message in the UI language, telling the user what to do. */
  message: string;
  /** For INVALID_INPUT: the path of the first bad field, e.g. "stakeholder.name". */
  path?: string;
}

export type Result<T> = { ok: true; value: T } | { ok: false; error: KoersErrorInfo };

export const ok = <T>(value: T): Result<T> => ({ ok: true, value });
export const fail = (error: KoersErrorInfo): Result<never> => ({ ok: false, error });
