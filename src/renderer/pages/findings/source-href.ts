import type { FindingSource } from '../../../shared/domain/finding';
import { documentHref, interviewHref } from '../../app/router';

/** Where a finding's source opens: the interview at its question, or the passage's document. */
export function sourceHref(engagementId: string, source: FindingSource): string | null {
  if (source.type === 'interview' && source.interviewId)
    return interviewHref(engagementId, source.interviewId, source.questionId);
  if (source.type === 'passage' && source.documentId)
    return documentHref(engagementId, source.documentId);
  return null;
}
