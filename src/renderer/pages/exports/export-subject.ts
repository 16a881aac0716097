// .js extensions: also type-checked under NodeNext by its test.
//
// What one card of the export screen is made for: the interview of the interview report, the
// measurement of the nulmeting's documents. Pure, so the choice and what export:start receives
// are tested without a browser; ExportCard shows the result.
import type { InputOf } from '../../../shared/contract.js';
import type { ExportOptions, ExportTypeInfo } from '../../../shared/domain/export.js';

type Listed = readonly { id: string }[];

/** The records a card can choose from; undefined while the list is still loading. */
export interface SubjectLists {
  interviews: Listed | undefined;
  /** assessment:list, newest first. */
  assessments: Listed | undefined;
}

/** What the user picked in the card's selects; null until they pick. */
export interface SubjectChoice {
  interviewId: string | null;
  assessmentId: string | null;
}

export interface ExportSubject {
  interviewId: string | null;
  assessmentId: string | null;
  /** False while a list the card needs is loading or has nothing to choose. */
  ready: boolean;
  /** Why the card cannot be made: there is nothing to choose yet (not while loading). */
  missing: 'interview' | 'assessment' | null;
}

/** The pick while it is still in the list (it may have been deleted meanwhile), else the first. */
const pickedOrFirst = (list: Listed | undefined, picked: string | null): string | null =>
  (picked !== null && list?.some((r) => r.id === picked) ? picked : list?.[0]?.id) ?? null;

/**
 * The card's interview and measurement. A measurement defaults to the newest, as the core does
 * without one, so a consultant reports the 1-meting unless they choose the 0-meting.
 */
export function exportSubject(
  info: Pick<ExportTypeInfo, 'needsInterview' | 'takesAssessment'>,
  lists: SubjectLists,
  choice: SubjectChoice,
): ExportSubject {
  const interviewId = info.needsInterview
    ? pickedOrFirst(lists.interviews, choice.interviewId)
    : null;
  const assessmentId = info.takesAssessment
    ? pickedOrFirst(lists.assessments, choice.assessmentId)
    : null;
  const lacks = (needed: boolean, list: Listed | undefined, id: string | null) =>
    needed && list !== undefined && id === null;
  const missing = lacks(info.needsInterview, lists.interviews, interviewId)
    ? 'interview'
    : lacks(info.takesAssessment, lists.assessments, assessmentId)
      ? 'assessment'
      : null;
  const ready =
    (!info.needsInterview || interviewId !== null) &&
    (!info.takesAssessment || assessmentId !== null);
  return { interviewId, assessmentId, ready, missing };
}

/** export:start for the card: its type, the shared options and what it is made for. */
export const exportStartInput = (
  engagementId: string,
  type: ExportTypeInfo['type'],
  options: Partial<ExportOptions>,
  subject: Pick<ExportSubject, 'interviewId' | 'assessmentId'>,
): InputOf<'export:start'> => ({
  engagementId,
  type,
  options,
  ...(subject.interviewId ? { interviewId: subject.interviewId } : {}),
  ...(subject.assessmentId ? { assessmentId: subject.assessmentId } : {}),
});
