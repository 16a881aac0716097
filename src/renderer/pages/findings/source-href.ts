import type { FindingSource } from '../../../shared/domain/finding';

/** Where a finding's source opens: the interview at its question, or the document. */
export function sourceHref(engagementId: string, source: FindingSource): string | null {
  void engagementId;
  void source;
  return null;
}
