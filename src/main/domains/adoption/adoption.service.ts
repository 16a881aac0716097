import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import type {
  Decision,
  DecisionFields,
  Presentation,
  PresentationFields,
  VisionAdoption,
} from '../../../shared/domain/adoption.js';
import type { VisionFeedbackFields } from '../../../shared/domain/vision.js';
import type { Removed } from '../../../shared/contract.js';
import type { CoreContext } from '../../core/core-context.js';
import { removeRecord } from '../../core/remove-record.js';
import { KoersError } from '../../base/koers-error.js';
import type { Database } from '../schema.js';
import { createFeedback, listFeedback } from '../vision/vision.service.js';
import { adopts, latestAdoptingDecision, visionAdoptionOf } from './adoption-lock.js';
import { adoptionTranslator, joinedList, longDate } from './adoption-texts.js';
import {
  decisionFromRow,
  decisionPatch,
  presentationFromRow,
  presentationPatch,
} from './adoption.mapper.js';
import * as repo from './adoption.repository.js';
import type { PresentationRow } from './adoption.table.js';

// The rules of step 4's presentations, decisions and the vision's adoption; all SQL is in the
// repository. Feedback given at a presentation is vision feedback on the version shown, made
// through the vision's own service, so its rules (a passage of that version, a reason when not
// taken in) hold here too.

type Db = Kysely<Database>;

const dbOf = (ctx: CoreContext, engagementId: string): Db => ctx.open.get(engagementId).file.db;

async function labelsOf(db: Db): Promise<Map<string, string>> {
  return new Map((await repo.versionLabels(db)).map((v) => [v.id, v.label]));
}

// Adoption -----------------------------------------------------------------------------------

export async function visionAdoption(db: Db): Promise<VisionAdoption | null> {
  const [decisions, revision, labels] = await Promise.all([
    repo.listDecisions(db),
    repo.latestRevision(db),
    labelsOf(db),
  ]);
  return visionAdoptionOf(decisions, revision, labels);
}

export const visionStatus = (ctx: CoreContext, engagementId: string) =>
  visionAdoption(dbOf(ctx, engagementId));

/** The guard on the vision's edits: refused while the vision is adopted. */
export async function refuseWhileAdopted(ctx: CoreContext, engagementId: string): Promise<void> {
  const adoption = await visionAdoption(dbOf(ctx, engagementId));
  if (!adoption) return;
  // The refusal is shown in the UI's language, as every error message is.
  const language = ctx.language();
  const t = adoptionTranslator(language);
  const bodies = [...new Set(adoption.decisions.map((d) => d.body))];
  throw new KoersError('ADOPTION_VISION_ADOPTED', {
    label: adoption.versionLabel,
    by: joinedList(
      t,
      bodies.map((b) => t(`body.${b}`)),
    ),
    date: longDate(adoption.decisions.at(-1)?.date ?? '', language),
  });
}

export async function startRevision(ctx: CoreContext, engagementId: string): Promise<null> {
  const db = dbOf(ctx, engagementId);
  if (!(await visionAdoption(db))) throw new KoersError('ADOPTION_NOT_ADOPTED');
  const latest = latestAdoptingDecision(await repo.listDecisions(db));
  await repo.insertRevision(db, {
    id: randomUUID(),
    decision_id: latest?.id ?? null,
    started_at: ctx.now(),
  });
  return null;
}

// Presentations ------------------------------------------------------------------------------

/**
 * Where the feedback of a presentation went: the first version frozen after the presentation's
 * day and after the version shown (restore points do not count).
 */
function processedIn(
  row: PresentationRow,
  versions: readonly { id: string; label: string; status: string; frozen_at: string }[],
): string | null {
  if (!row.version_id) return null;
  const shown = versions.find((v) => v.id === row.version_id);
  if (!shown) return null;
  const next = versions.find(
    (v) =>
      v.status !== 'herstelpunt' &&
      v.frozen_at > shown.frozen_at &&
      v.frozen_at.slice(0, 10) >= row.date,
  );
  return next?.label ?? null;
}

export async function listPresentations(
  ctx: CoreContext,
  engagementId: string,
): Promise<Presentation[]> {
  const db = dbOf(ctx, engagementId);
  const [rows, links, versions, feedback] = await Promise.all([
    repo.listPresentations(db),
    repo.listPresentationFeedback(db),
    repo.versionLabels(db),
    listFeedback(ctx, engagementId, {}),
  ]);
  const labels = new Map(versions.map((v) => [v.id, v.label]));
  const feedbackById = new Map(feedback.map((f) => [f.id, f]));
  const linked = new Map<string, Set<string>>();
  for (const l of links)
    linked.set(l.presentation_id, (linked.get(l.presentation_id) ?? new Set()).add(l.feedback_id));
  return rows.map((row) => {
    const ids = linked.get(row.id) ?? new Set<string>();
    return presentationFromRow(
      row,
      row.version_id ? (labels.get(row.version_id) ?? null) : null,
      // In the order given (the feedback list is oldest first).
      feedback.filter((f) => ids.has(f.id) && feedbackById.has(f.id)),
      processedIn(row, versions),
    );
  });
}

async function presentationOf(ctx: CoreContext, engagementId: string, id: string) {
  const found = (await listPresentations(ctx, engagementId)).find((p) => p.id === id);
  if (!found) throw new KoersError('NOT_FOUND');
  return found;
}

/** What is presented or decided on is a version the user froze, not a restore point. */
async function checkVersion(db: Db, versionId: string | null | undefined): Promise<void> {
  if (!versionId) return;
  const version = (await repo.versionLabels(db)).find((v) => v.id === versionId);
  if (!version) throw new KoersError('NOT_FOUND');
  if (version.status === 'herstelpunt')
    throw new KoersError('ADOPTION_RESTORE_POINT', { label: version.label });
}

export async function createPresentation(
  ctx: CoreContext,
  engagementId: string,
  fields: Partial<PresentationFields> & Pick<PresentationFields, 'audience' | 'date'>,
): Promise<Presentation> {
  const db = dbOf(ctx, engagementId);
  await checkVersion(db, fields.versionId);
  const id = randomUUID();
  const now = ctx.now();
  await repo.insertPresentation(db, {
    id,
    audience: fields.audience,
    title: fields.title ?? '',
    date: fields.date,
    version_id: fields.versionId ?? null,
    attendees: fields.attendees ?? '',
    notes: fields.notes ?? '',
    created_at: now,
    updated_at: now,
  });
  return presentationOf(ctx, engagementId, id);
}

export async function updatePresentation(
  ctx: CoreContext,
  engagementId: string,
  id: string,
  fields: Partial<PresentationFields>,
): Promise<Presentation> {
  const db = dbOf(ctx, engagementId);
  if (!(await repo.findPresentation(db, id))) throw new KoersError('NOT_FOUND');
  await checkVersion(db, fields.versionId);
  await repo.updatePresentation(db, id, { ...presentationPatch(fields), updated_at: ctx.now() });
  return presentationOf(ctx, engagementId, id);
}

export const removePresentation = (ctx: CoreContext, engagementId: string, id: string) =>
  removeRecord(ctx, engagementId, 'presentation', id);

export async function addPresentationFeedback(
  ctx: CoreContext,
  engagementId: string,
  presentationId: string,
  fields: Partial<VisionFeedbackFields> & Pick<VisionFeedbackFields, 'text'>,
): Promise<Presentation> {
  const db = dbOf(ctx, engagementId);
  const presentation = await repo.findPresentation(db, presentationId);
  if (!presentation) throw new KoersError('NOT_FOUND');
  if (!presentation.version_id) throw new KoersError('ADOPTION_NO_VERSION');
  const feedback = await createFeedback(ctx, engagementId, presentation.version_id, fields);
  await repo.linkPresentationFeedback(db, presentationId, feedback.id);
  return presentationOf(ctx, engagementId, presentationId);
}

// Decisions ----------------------------------------------------------------------------------

export async function listDecisions(ctx: CoreContext, engagementId: string): Promise<Decision[]> {
  const db = dbOf(ctx, engagementId);
  const [rows, labels, documents] = await Promise.all([
    repo.listDecisions(db),
    labelsOf(db),
    repo.documentTitles(db),
  ]);
  return rows.map((r) => decisionFromRow(r, labels, documents));
}

async function decisionOf(ctx: CoreContext, engagementId: string, id: string) {
  const found = (await listDecisions(ctx, engagementId)).find((d) => d.id === id);
  if (!found) throw new KoersError('NOT_FOUND');
  return found;
}

/** An adopting decision on the vision is about one version, and what it names must exist. */
async function checkDecision(db: Db, fields: DecisionFields): Promise<void> {
  if (fields.subject === 'visie' && adopts(fields.kind) && fields.versionId === null)
    throw new KoersError('ADOPTION_VERSION_REQUIRED');
  await checkVersion(db, fields.versionId);
  if (fields.documentId && !(await repo.documentExists(db, fields.documentId)))
    throw new KoersError('NOT_FOUND');
}

export async function createDecision(
  ctx: CoreContext,
  engagementId: string,
  fields: DecisionFields,
): Promise<Decision> {
  const db = dbOf(ctx, engagementId);
  await checkDecision(db, fields);
  const id = randomUUID();
  const now = ctx.now();
  await repo.insertDecision(db, {
    id,
    body: fields.body,
    kind: fields.kind,
    subject: fields.subject,
    date: fields.date,
    reference: fields.reference,
    version_id: fields.versionId,
    document_id: fields.documentId,
    notes: fields.notes,
    created_at: now,
    updated_at: now,
  });
  return decisionOf(ctx, engagementId, id);
}

export async function updateDecision(
  ctx: CoreContext,
  engagementId: string,
  id: string,
  fields: DecisionFields,
): Promise<Decision> {
  const db = dbOf(ctx, engagementId);
  if (!(await repo.findDecision(db, id))) throw new KoersError('NOT_FOUND');
  await checkDecision(db, fields);
  await repo.updateDecision(db, id, { ...decisionPatch(fields), updated_at: ctx.now() });
  return decisionOf(ctx, engagementId, id);
}

export const removeDecision = (
  ctx: CoreContext,
  engagementId: string,
  id: string,
): Promise<Removed> => removeRecord(ctx, engagementId, 'decision', id);
