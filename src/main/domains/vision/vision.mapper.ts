import type { FindingKind } from '../../../shared/domain/finding.js';
import type { StakeholderGroup } from '../../../shared/domain/stakeholder.js';
import type {
  PosterSettings,
  VisionFeedback,
  VisionLinkedFinding,
  VisionPassage,
  VisionPassageFields,
  VisionVersionContent,
  VisionVersionSummary,
} from '../../../shared/domain/vision.js';
import type {
  VisionFeedbackRow,
  VisionPassagePatch,
  VisionPassageRow,
  VisionPosterPatch,
  VisionPosterRow,
  VisionVersionRow,
} from './vision.table.js';

// Rows of the vision's tables to the camelCase types of src/shared/domain/vision.ts and back.

export const linkedFinding = (row: {
  id: string;
  statement: string;
  kind: string;
  importance: number;
  stakeholder_group: string | null;
  theme_ids: string | null;
}): VisionLinkedFinding => ({
  id: row.id,
  statement: row.statement,
  kind: row.kind as FindingKind,
  importance: row.importance,
  themeIds: row.theme_ids ? row.theme_ids.split(',') : [],
  group: row.stakeholder_group as StakeholderGroup | null,
});

export function passageFromRow(
  row: VisionPassageRow,
  findings: VisionLinkedFinding[],
  names: ReadonlyMap<string, string>,
): VisionPassage {
  return {
    id: row.id,
    kind: row.kind,
    title: row.title,
    body: row.body,
    forInhabitants: row.for_inhabitants,
    forStaff: row.for_staff,
    forBoard: row.for_board,
    themeId: row.theme_id,
    portfolioHolderId: row.portfolio_holder_id,
    portfolioHolderName: row.portfolio_holder_id
      ? (names.get(row.portfolio_holder_id) ?? null)
      : null,
    position: row.position,
    findings,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

export const posterFromRow = (row: VisionPosterRow): PosterSettings => ({
  title: row.title,
  layout: row.layout,
  format: row.format,
  roadmapBand: row.roadmap_band === null ? null : row.roadmap_band === 1,
});

/**
 * Poster settings as columns: only the fields given (an edit), or every one (a restore, where a
 * version frozen before the routekaart band puts the band back to its default).
 */
export function posterPatch(fields: Partial<PosterSettings>, whole = false): VisionPosterPatch {
  const patch: VisionPosterPatch = {};
  if (fields.title !== undefined) patch.title = fields.title;
  if (fields.layout !== undefined) patch.layout = fields.layout;
  if (fields.format !== undefined) patch.format = fields.format;
  if (fields.roadmapBand !== undefined || whole)
    patch.roadmap_band = fields.roadmapBand == null ? null : fields.roadmapBand ? 1 : 0;
  return patch;
}

export function passagePatch(fields: Partial<VisionPassageFields>): VisionPassagePatch {
  const patch: VisionPassagePatch = {};
  if (fields.kind !== undefined) patch.kind = fields.kind;
  if (fields.title !== undefined) patch.title = fields.title;
  if (fields.body !== undefined) patch.body = fields.body;
  if (fields.forInhabitants !== undefined) patch.for_inhabitants = fields.forInhabitants;
  if (fields.forStaff !== undefined) patch.for_staff = fields.forStaff;
  if (fields.forBoard !== undefined) patch.for_board = fields.forBoard;
  if (fields.themeId !== undefined) patch.theme_id = fields.themeId;
  if (fields.portfolioHolderId !== undefined) patch.portfolio_holder_id = fields.portfolioHolderId;
  return patch;
}

export function versionSummaryFromRow(
  row: VisionVersionRow & { feedback_count: number; open_count: number },
  content: VisionVersionContent,
): VisionVersionSummary {
  return {
    id: row.id,
    label: row.label,
    status: row.status,
    frozenAt: row.frozen_at,
    note: row.note,
    restoredLabel: row.restored_label,
    passageCount: content.passages.length,
    feedbackCount: row.feedback_count,
    openFeedbackCount: row.open_count,
  };
}

export function feedbackFromRow(
  row: VisionFeedbackRow,
  names: ReadonlyMap<string, string>,
): VisionFeedback {
  return {
    id: row.id,
    versionId: row.version_id,
    passageId: row.passage_id,
    text: row.text,
    fromText: row.from_text,
    fromStakeholderId: row.from_stakeholder_id,
    fromStakeholderName: row.from_stakeholder_id
      ? (names.get(row.from_stakeholder_id) ?? null)
      : null,
    disposition: row.disposition,
    reason: row.reason,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}
