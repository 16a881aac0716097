import type { FindingSource } from './finding.js';

// How a finding names its source: "Interview R03 · vraag 2", "Coalitieakkoord, p. 12",
// "Direct". One rule for the findings screen and the core's trace view; each passes its own
// texts. Interviewees appear by pseudonym only: names never travel with a finding.

export type SourceLabelKey =
  | 'direct'
  | 'deleted'
  | 'session'
  | 'interviewQuestion'
  | 'interviewFree'
  | 'interview'
  | 'documentPage'
  | 'document';

export type SourceLabelText = (key: SourceLabelKey, params?: Record<string, unknown>) => string;

export function findingSourceLabel(text: SourceLabelText, source: FindingSource): string {
  if (source.type === 'direct') return text('direct');
  if (source.type === 'session') {
    if (!source.session?.sessionTitle) return text('deleted');
    return text('session', {
      title: source.session.sessionTitle,
      part: source.session.partTitle ?? '',
      round: source.session.round ?? 1,
    });
  }
  if (source.type === 'interview') {
    if (!source.interviewId) return text('deleted');
    const pseudonyms = source.pseudonyms.length > 0 ? source.pseudonyms.join(', ') : '–';
    if (source.questionNumber !== null)
      return text('interviewQuestion', { pseudonyms, number: source.questionNumber });
    if (source.questionId === null) return text('interviewFree', { pseudonyms });
    return text('interview', { pseudonyms });
  }
  if (!source.documentTitle) return text('deleted');
  return source.page !== null
    ? text('documentPage', { title: source.documentTitle, page: source.page })
    : text('document', { title: source.documentTitle });
}
