import type { TFunction } from 'i18next';
import type { FindingSource } from '../../../shared/domain/finding.js';
import {
  findingSourceLabel,
  type SourceLabelKey,
} from '../../../shared/domain/finding-source-label.js';

/** The screen's keys (findings.source…) for the shared rule. */
const KEYS = {
  direct: 'findings.sourceDirect',
  deleted: 'findings.sourceDeleted',
  session: 'findings.sourceSession',
  interviewQuestion: 'findings.sourceInterviewQuestion',
  interviewFree: 'findings.sourceInterviewFree',
  interview: 'findings.sourceInterview',
  documentPage: 'findings.sourceDocumentPage',
  document: 'findings.sourceDocument',
} as const satisfies Record<SourceLabelKey, string>;

/**
 * How a finding names its source on screen: "Interview R03 · vraag 2", "Coalitieakkoord, p. 12",
 * "Direct" (the rule is shared with the core's trace view).
 */
export function sourceLabel(t: TFunction, source: FindingSource): string {
  return findingSourceLabel((key, params) => t(KEYS[key], params), source);
}
