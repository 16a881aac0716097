// .js extensions: this file's test runs under Node, and Vite maps them to the .ts sources.
import type { AssessmentView, Score, ScoreFields } from '../../../shared/domain/nulmeting.js';

/**
 * The view with one respondent's score on one dimension changed at once, before the core
 * answers (the summary follows with the core's fresh view: it is never computed here).
 */
export function withScore(
  view: AssessmentView,
  respondentId: string,
  dimensionId: string,
  fields: Partial<ScoreFields>,
): AssessmentView {
  const old = view.scores.find(
    (s) => s.respondentId === respondentId && s.dimensionId === dimensionId,
  );
  const next: Score = {
    respondentId,
    dimensionId,
    current: null,
    desired: null,
    evidence: '',
    confidence: null,
    ...old,
    ...fields,
  };
  return {
    ...view,
    scores: old ? view.scores.map((s) => (s === old ? next : s)) : [...view.scores, next],
  };
}
