import type { Stakeholder, StakeholderFields } from '../../../shared/domain/stakeholder.js';
import type { StakeholderPatch, StakeholderRow } from './stakeholder.table.js';

export function stakeholderFromRow(row: StakeholderRow): Stakeholder {
  return {
    id: row.id,
    name: row.name,
    jobTitle: row.job_title,
    department: row.department,
    group: row.group_code as Stakeholder['group'],
    pseudonym: row.pseudonym,
    consent: row.consent as Stakeholder['consent'],
    consentNote: row.consent_note,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

export function stakeholderPatch(fields: Partial<StakeholderFields>): StakeholderPatch {
  const patch: StakeholderPatch = {};
  if (fields.name !== undefined) patch.name = fields.name;
  if (fields.jobTitle !== undefined) patch.job_title = fields.jobTitle;
  if (fields.department !== undefined) patch.department = fields.department;
  if (fields.group !== undefined) patch.group_code = fields.group;
  if (fields.consent !== undefined) patch.consent = fields.consent;
  if (fields.consentNote !== undefined) patch.consent_note = fields.consentNote;
  return patch;
}
