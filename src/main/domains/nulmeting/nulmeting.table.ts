import type { Insertable, Selectable, Updateable } from 'kysely';
import type { Confidence, RespondentGroup } from '../../../shared/domain/nulmeting.js';

// Since file version 8 (0008-nulmeting). Ids are UUID text, dates yyyy-mm-dd, timestamps ISO
// text. Dimensions are keyed by the id of the engagement's copy of the maturity model
// (method_snapshot part 'maturity'); levels are REAL in half steps from 1 to 5.

export interface AssessmentTable {
  id: string;
  name: string;
  date: string;
  horizon_years: number;
  notes: string;
  conclusions: string;
  created_at: string;
  updated_at: string;
}

export interface AssessmentRespondentTable {
  id: string;
  assessment_id: string;
  /** A stakeholder of the engagement; null for a group, or once the stakeholder is gone. */
  stakeholder_id: string | null;
  label: string;
  respondent_group: RespondentGroup;
  position: number;
  created_at: string;
}

export interface AssessmentScoreTable {
  respondent_id: string;
  dimension_id: string;
  current_level: number | null;
  desired_level: number | null;
  evidence: string;
  confidence: Confidence | null;
  updated_at: string;
}

export interface AssessmentAgreedTable {
  assessment_id: string;
  dimension_id: string;
  current_level: number | null;
  desired_level: number | null;
  rationale: string;
  updated_at: string;
}

/** A finding supporting an agreed score, in order. */
export interface AssessmentAgreedFindingTable {
  assessment_id: string;
  dimension_id: string;
  finding_id: string;
  position: number;
}

/** The tables of this area, as the composed Database (src/main/domains/schema.ts) sees them. */
export interface NulmetingTables {
  assessment: AssessmentTable;
  assessment_respondent: AssessmentRespondentTable;
  assessment_score: AssessmentScoreTable;
  assessment_agreed: AssessmentAgreedTable;
  assessment_agreed_finding: AssessmentAgreedFindingTable;
}

export type AssessmentRow = Selectable<AssessmentTable>;
export type NewAssessmentRow = Insertable<AssessmentTable>;
export type AssessmentPatch = Updateable<AssessmentTable>;
export type RespondentRow = Selectable<AssessmentRespondentTable>;
export type NewRespondentRow = Insertable<AssessmentRespondentTable>;
export type RespondentPatch = Updateable<AssessmentRespondentTable>;
export type ScoreRow = Selectable<AssessmentScoreTable>;
export type AgreedRow = Selectable<AssessmentAgreedTable>;
export type AgreedFindingRow = Selectable<AssessmentAgreedFindingTable>;
