import type { AssessmentView, MaturityModel } from './nulmeting.js';

/**
 * What the nulmeting's exports (the Word report, the scores workbook) read of an engagement
 * (`reads.nulmeting`), read by src/main/domains/nulmeting/nulmeting.snapshot.ts:
 *
 * - `model`: the engagement's copy of the maturity model in the engagement's language, and
 *   `inLanguage.nl` / `inLanguage.en` with the model and findings in each language (a document
 *   may be made in the other one);
 * - `assessments`: every measurement whole (respondents, scores, agreed scores, and the summary of
 *   shared/domain/nulmeting-summary.ts, so the documents show the screen's numbers), newest
 *   first; a document for one measurement picks it by `export:start`'s `assessmentId`;
 * - `findings`: each finding linked to an agreed score, once, with its statement and its source
 *   named as the findings screen names it (interviewees by pseudonym only).
 */
export interface NulmetingSnapshot {
  model: MaturityModel;
  assessments: AssessmentView[];
  findings: NulmetingSnapshotFinding[];
  inLanguage: Record<'nl' | 'en', { model: MaturityModel; findings: NulmetingSnapshotFinding[] }>;
}

export interface NulmetingSnapshotFinding {
  id: string;
  statement: string;
  /** "Interview R03 · vraag 2", "Coalitieakkoord, p. 12", "Direct". */
  sourceLabel: string;
}
