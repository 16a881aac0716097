import type {
  BorgingItemFields,
  Decision,
  DecisionFields,
  Presentation,
  PresentationFields,
} from '../../../shared/domain/adoption.js';
import type { VisionFeedback } from '../../../shared/domain/vision.js';
import { adopts } from './adoption-lock.js';
import type {
  BorgingItemStateRow,
  DecisionPatch,
  DecisionRow,
  PresentationPatch,
  PresentationRow,
} from './adoption.table.js';

// Rows of step 4's tables to the camelCase types of src/shared/domain/adoption.ts and back.

export const presentationFromRow = (
  row: PresentationRow,
  versionLabel: string | null,
  feedback: VisionFeedback[],
  processedInLabel: string | null,
): Presentation => ({
  id: row.id,
  audience: row.audience,
  title: row.title,
  date: row.date,
  versionId: row.version_id,
  attendees: row.attendees,
  notes: row.notes,
  createdAt: row.created_at,
  updatedAt: row.updated_at,
  versionLabel,
  feedback,
  processedInLabel,
});

export function presentationPatch(fields: Partial<PresentationFields>): PresentationPatch {
  const patch: PresentationPatch = {};
  if (fields.audience !== undefined) patch.audience = fields.audience;
  if (fields.title !== undefined) patch.title = fields.title;
  if (fields.date !== undefined) patch.date = fields.date;
  if (fields.versionId !== undefined) patch.version_id = fields.versionId;
  if (fields.attendees !== undefined) patch.attendees = fields.attendees;
  if (fields.notes !== undefined) patch.notes = fields.notes;
  return patch;
}

export const decisionFromRow = (
  row: DecisionRow,
  labels: ReadonlyMap<string, string>,
  documents: ReadonlyMap<string, string>,
): Decision => ({
  id: row.id,
  body: row.body,
  kind: row.kind,
  subject: row.subject,
  date: row.date,
  reference: row.reference,
  versionId: row.version_id,
  versionLabel: row.version_id ? (labels.get(row.version_id) ?? null) : null,
  documentId: row.document_id,
  documentTitle: row.document_id ? (documents.get(row.document_id) ?? null) : null,
  notes: row.notes,
  adopts: adopts(row.kind),
  createdAt: row.created_at,
  updatedAt: row.updated_at,
});

export const decisionPatch = (fields: DecisionFields): DecisionPatch => ({
  body: fields.body,
  kind: fields.kind,
  subject: fields.subject,
  date: fields.date,
  reference: fields.reference,
  version_id: fields.versionId,
  document_id: fields.documentId,
  notes: fields.notes,
});

/** An item of the method without a state row is open, without owner. */
export const borgingFieldsFromRow = (row: BorgingItemStateRow | undefined): BorgingItemFields => ({
  status: row?.status ?? 'open',
  ownerStakeholderId: row?.owner_stakeholder_id ?? null,
  ownerText: row?.owner_text ?? '',
  dueDate: row?.due_date ?? null,
  notes: row?.notes ?? '',
});
