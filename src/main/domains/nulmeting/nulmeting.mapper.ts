import type { Language } from '../../../shared/domain/common.js';
import type {
  AgreedScore,
  Assessment,
  AssessmentFields,
  MaturityMethod,
  MaturityModel,
  Respondent,
  RespondentFields,
  Score,
} from '../../../shared/domain/nulmeting.js';
import type {
  AgreedFindingRow,
  AgreedRow,
  AssessmentPatch,
  AssessmentRow,
  RespondentPatch,
  RespondentRow,
  ScoreRow,
} from './nulmeting.table.js';

// Rows of the nulmeting's tables to the camelCase types of src/shared/domain/nulmeting.ts and
// back, and the model in one language.

export const localizeModel = (method: MaturityMethod, language: Language): MaturityModel => ({
  levels: method.levels.map((l) => ({
    level: l.level,
    label: l.label[language],
    summary: l.summary[language],
  })),
  dimensions: method.dimensions.map((d) => ({
    id: d.id,
    name: d.name[language],
    description: d.description[language],
    bouwstenen: [...d.bouwstenen],
    themes: [...d.themes],
    levels: d.levels.map((l) => l[language]),
    questions: d.questions.map((q) => q[language]),
  })),
});

export const assessmentFromRow = (
  row: AssessmentRow,
  respondentCount: number,
  agreedCount: number,
): Assessment => ({
  id: row.id,
  name: row.name,
  date: row.date,
  horizonYears: row.horizon_years,
  notes: row.notes,
  conclusions: row.conclusions,
  createdAt: row.created_at,
  updatedAt: row.updated_at,
  respondentCount,
  agreedCount,
});

export function assessmentPatch(fields: Partial<AssessmentFields>): AssessmentPatch {
  const patch: AssessmentPatch = {};
  if (fields.name !== undefined) patch.name = fields.name;
  if (fields.date !== undefined) patch.date = fields.date;
  if (fields.horizonYears !== undefined) patch.horizon_years = fields.horizonYears;
  if (fields.notes !== undefined) patch.notes = fields.notes;
  if (fields.conclusions !== undefined) patch.conclusions = fields.conclusions;
  return patch;
}

export const respondentFromRow = (row: RespondentRow): Respondent => ({
  id: row.id,
  assessmentId: row.assessment_id,
  stakeholderId: row.stakeholder_id,
  label: row.label,
  group: row.respondent_group,
});

export function respondentPatch(fields: Partial<RespondentFields>): RespondentPatch {
  const patch: RespondentPatch = {};
  if (fields.stakeholderId !== undefined) patch.stakeholder_id = fields.stakeholderId;
  if (fields.label !== undefined) patch.label = fields.label;
  if (fields.group !== undefined) patch.respondent_group = fields.group;
  return patch;
}

export const scoreFromRow = (row: ScoreRow): Score => ({
  respondentId: row.respondent_id,
  dimensionId: row.dimension_id,
  current: row.current_level,
  desired: row.desired_level,
  evidence: row.evidence,
  confidence: row.confidence,
});

export const agreedFromRow = (row: AgreedRow, links: readonly AgreedFindingRow[]): AgreedScore => ({
  dimensionId: row.dimension_id,
  current: row.current_level,
  desired: row.desired_level,
  rationale: row.rationale,
  findingIds: links
    .filter((l) => l.dimension_id === row.dimension_id)
    .sort((a, b) => a.position - b.position)
    .map((l) => l.finding_id),
  updatedAt: row.updated_at,
});
