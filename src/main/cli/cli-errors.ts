import type { Language } from '../../shared/domain/common.js';
import { errorMessage } from '../../shared/error-result.js';
import type { ErrorCode } from '../../shared/result.js';
import { isKoersError } from '../base/koers-error.js';

// info and verify need no core (they never open a file for writing), but they must say the same
// thing about a damaged file as the desktop app does: same codes, same translated messages.
export function describeFailure(
  error: unknown,
  language: Language,
): { code: ErrorCode; message: string } {
  if (isKoersError(error)) {
    return { code: error.code, message: errorMessage(error.code, error.params, language) };
  }
  const detail = (error instanceof Error ? error.message : String(error)).slice(0, 200);
  return { code: 'INTERNAL', message: errorMessage('INTERNAL', { detail }, language) };
}
