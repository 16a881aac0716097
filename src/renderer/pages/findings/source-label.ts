import type { TFunction } from 'i18next';
import type { FindingSource } from '../../../shared/domain/finding.js';

/**
 * How a finding names its source: "Interview R03 · vraag 2", "Coalitieakkoord, p. 12", "Direct".
 * Interviewees appear by pseudonym only: names never travel with a finding.
 */
export function sourceLabel(t: TFunction, source: FindingSource): string {
  if (source.type === 'direct') return t('findings.sourceDirect');
  if (source.type === 'session') {
    if (!source.session?.sessionTitle) return t('findings.sourceDeleted');
    return t('findings.sourceSession', {
      title: source.session.sessionTitle,
      part: source.session.partTitle ?? '',
      round: source.session.round ?? 1,
    });
  }
  if (source.type === 'interview') {
    if (!source.interviewId) return t('findings.sourceDeleted');
    const pseudonyms = source.pseudonyms.length > 0 ? source.pseudonyms.join(', ') : '–';
    if (source.questionNumber !== null)
      return t('findings.sourceInterviewQuestion', { pseudonyms, number: source.questionNumber });
    if (source.questionId === null) return t('findings.sourceInterviewFree', { pseudonyms });
    return t('findings.sourceInterview', { pseudonyms });
  }
  if (!source.documentTitle) return t('findings.sourceDeleted');
  return source.page !== null
    ? t('findings.sourceDocumentPage', { title: source.documentTitle, page: source.page })
    : t('findings.sourceDocument', { title: source.documentTitle });
}
