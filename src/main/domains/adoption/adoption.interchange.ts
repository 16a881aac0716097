import { z } from 'zod';
import {
  borgingMethodFileSchema,
  BORGING_STATUSES,
  DECISION_BODIES,
  DECISION_KINDS,
  DECISION_SUBJECTS,
  PRESENTATION_AUDIENCES,
  type BorgingMethod,
  type BorgingStatus,
  type DecisionBody,
  type DecisionKind,
  type DecisionSubject,
  type PresentationAudience,
} from '../../../shared/domain/adoption.js';
import type {
  DanglingReference,
  InterchangeSection,
} from '../../interchange/interchange-section.js';
import { baseIds } from '../../interchange/interchange-section.js';
import { writeMethodPart } from '../engagement/method.repository.js';
import { borgingMethod } from './adoption.method.js';
import { insertImportedRows } from './adoption.repository.js';

// Step 4 in the JSON interchange format: one optional property, "adoption", with the
// presentations (and the vision feedback given at each), the decisions, the engagement's copy of
// the borging checklist with the state of its items, and the revisions started on an adopted
// vision. New in format version 4; a file without it imports with none of these and today's
// checklist. Strings are kept exactly as stored, so a round trip is the same.

const LONG = 20_000;
const MANY = 1_000_000;
const id = z.uuid();
const instant = z.iso.datetime();
const day = z.iso.date();
const text = (max: number) => z.string().max(max);
const itemId = z
  .string()
  .regex(/^[a-z0-9-]+$/)
  .max(60);

const presentationRecord = z.object({
  id,
  audience: z.enum(PRESENTATION_AUDIENCES),
  title: text(300),
  date: day,
  versionId: id.nullable().describe('vision.versions[].id shown, or null.'),
  attendees: text(2000),
  notes: text(LONG),
  feedbackIds: z.array(id).max(10_000).describe('vision.feedback[].id given at this presentation.'),
  createdAt: instant,
  updatedAt: instant,
});

const decisionRecord = z.object({
  id,
  body: z.enum(DECISION_BODIES),
  kind: z.enum(DECISION_KINDS),
  subject: z.enum(DECISION_SUBJECTS),
  date: day,
  reference: text(200).describe('The kenmerk or zaaknummer, as typed.'),
  versionId: id.nullable().describe("vision.versions[].id decided on; only for subject 'visie'."),
  documentId: id.nullable().describe('documents[].id of the decision document, or null.'),
  notes: text(LONG),
  createdAt: instant,
  updatedAt: instant,
});

const borgingRecord = z.object({
  itemId: itemId.describe('The id of the item in the checklist (method.content.items[].id).'),
  status: z.enum(BORGING_STATUSES),
  ownerStakeholderId: id.nullable().describe('stakeholders[].id of the owner, or null.'),
  ownerText: text(300),
  dueDate: day.nullable(),
  notes: text(LONG),
  updatedAt: instant,
});

const revisionRecord = z.object({
  id,
  decisionId: id.nullable().describe('decisions[].id the revision reopened, or null.'),
  startedAt: instant,
});

const sectionSchema = z.object({
  method: z
    .object({ copiedAt: instant, content: borgingMethodFileSchema })
    .nullable()
    .describe('The engagement copy of resources/method/borging.json; null if not taken yet.'),
  presentations: z.array(presentationRecord).max(MANY),
  decisions: z.array(decisionRecord).max(MANY),
  borging: z.array(borgingRecord).max(10_000),
  revisions: z.array(revisionRecord).max(MANY),
});

export type AdoptionRecord = z.infer<typeof sectionSchema>;

type PresentationRow = {
  id: string;
  audience: PresentationAudience;
  title: string;
  date: string;
  version_id: string | null;
  attendees: string;
  notes: string;
  created_at: string;
  updated_at: string;
};
type DecisionRow = {
  id: string;
  body: DecisionBody;
  kind: DecisionKind;
  subject: DecisionSubject;
  date: string;
  reference: string;
  version_id: string | null;
  document_id: string | null;
  notes: string;
  created_at: string;
  updated_at: string;
};
type BorgingRow = {
  item_id: string;
  status: BorgingStatus;
  owner_stakeholder_id: string | null;
  owner_text: string;
  due_date: string | null;
  notes: string;
  updated_at: string;
};

export const adoptionSection: InterchangeSection<AdoptionRecord> = {
  key: 'adoption',
  since: 4,
  schema: sectionSchema.describe(
    'Step 4: presentations with their feedback, decisions of MT, directie, college and raad, the borging checklist and revisions of the adopted vision.',
  ),
  read(sqlite) {
    const all = <T>(query: string): T[] => sqlite.prepare(query).all() as T[];
    const method = sqlite
      .prepare('SELECT content_json, copied_at FROM method_snapshot WHERE part = ?')
      .get(borgingMethod.key) as { content_json: string; copied_at: string } | undefined;
    const feedbackOf = new Map<string, string[]>();
    for (const l of all<{ presentation_id: string; feedback_id: string }>(
      `SELECT l.presentation_id, l.feedback_id FROM presentation_feedback l
       JOIN vision_feedback f ON f.id = l.feedback_id
       ORDER BY l.presentation_id, f.created_at, f.id`,
    ))
      feedbackOf.set(l.presentation_id, [
        ...(feedbackOf.get(l.presentation_id) ?? []),
        l.feedback_id,
      ]);
    return {
      method: method
        ? { copiedAt: method.copied_at, content: JSON.parse(method.content_json) as BorgingMethod }
        : null,
      presentations: all<PresentationRow>(
        'SELECT * FROM presentation ORDER BY date, created_at, id',
      ).map((p) => ({
        id: p.id,
        audience: p.audience,
        title: p.title,
        date: p.date,
        versionId: p.version_id,
        attendees: p.attendees,
        notes: p.notes,
        feedbackIds: feedbackOf.get(p.id) ?? [],
        createdAt: p.created_at,
        updatedAt: p.updated_at,
      })),
      decisions: all<DecisionRow>('SELECT * FROM decision ORDER BY date, created_at, id').map(
        (d) => ({
          id: d.id,
          body: d.body,
          kind: d.kind,
          subject: d.subject,
          date: d.date,
          reference: d.reference,
          versionId: d.version_id,
          documentId: d.document_id,
          notes: d.notes,
          createdAt: d.created_at,
          updatedAt: d.updated_at,
        }),
      ),
      borging: all<BorgingRow>('SELECT * FROM borging_item_state ORDER BY item_id').map((b) => ({
        itemId: b.item_id,
        status: b.status,
        ownerStakeholderId: b.owner_stakeholder_id,
        ownerText: b.owner_text,
        dueDate: b.due_date,
        notes: b.notes,
        updatedAt: b.updated_at,
      })),
      revisions: all<{ id: string; decision_id: string | null; started_at: string }>(
        'SELECT * FROM adoption_revision ORDER BY started_at, id',
      ).map((r) => ({ id: r.id, decisionId: r.decision_id, startedAt: r.started_at })),
    };
  },
  async insert(trx, value) {
    if (value.method)
      await writeMethodPart(trx, borgingMethod.key, value.method.content, value.method.copiedAt);
    await insertImportedRows(trx, {
      presentation: value.presentations.map((p) => ({
        id: p.id,
        audience: p.audience,
        title: p.title,
        date: p.date,
        version_id: p.versionId,
        attendees: p.attendees,
        notes: p.notes,
        created_at: p.createdAt,
        updated_at: p.updatedAt,
      })),
      presentation_feedback: value.presentations.flatMap((p) =>
        p.feedbackIds.map((feedbackId) => ({ presentation_id: p.id, feedback_id: feedbackId })),
      ),
      decision: value.decisions.map((d) => ({
        id: d.id,
        body: d.body,
        kind: d.kind,
        subject: d.subject,
        date: d.date,
        reference: d.reference,
        version_id: d.versionId,
        document_id: d.documentId,
        notes: d.notes,
        created_at: d.createdAt,
        updated_at: d.updatedAt,
      })),
      borging_item_state: value.borging.map((b) => ({
        item_id: b.itemId,
        status: b.status,
        owner_stakeholder_id: b.ownerStakeholderId,
        owner_text: b.ownerText,
        due_date: b.dueDate,
        notes: b.notes,
        updated_at: b.updatedAt,
      })),
      adoption_revision: value.revisions.map((r) => ({
        id: r.id,
        decision_id: r.decisionId,
        started_at: r.startedAt,
      })),
    });
  },
  check(value, doc) {
    return checkReferences(value, baseIds(doc), visionIds(doc.vision));
  },
};

/** The ids of the vision section's versions and feedback, read loosely (it is checked itself). */
function visionIds(vision: unknown): { versions: Set<string>; feedback: Set<string> } {
  const ids = (list: unknown) =>
    new Set(
      (Array.isArray(list) ? list : [])
        .map((r: unknown) => (r && typeof r === 'object' ? (r as { id?: unknown }).id : undefined))
        .filter((x): x is string => typeof x === 'string'),
    );
  const v = (vision && typeof vision === 'object' ? vision : {}) as Record<string, unknown>;
  return { versions: ids(v.versions), feedback: ids(v.feedback) };
}

/**
 * Every reference the schema cannot see, and every key or rule the tables would refuse halfway
 * through an import (a repeated id, a feedback item linked twice, a version on another subject).
 */
function checkReferences(
  value: AdoptionRecord,
  base: Record<string, Set<string>>,
  vision: { versions: Set<string>; feedback: Set<string> },
): DanglingReference | null {
  const ids = new Set<string>();
  const fresh = (recordId: string) => {
    if (ids.has(recordId)) return false;
    ids.add(recordId);
    return true;
  };
  for (const [i, p] of value.presentations.entries()) {
    const at = `adoption.presentations[${i}]`;
    if (!fresh(p.id)) return { path: `${at}.id`, id: p.id };
    if (p.versionId !== null && !vision.versions.has(p.versionId))
      return { path: `${at}.versionId`, id: p.versionId };
    const seen = new Set<string>();
    for (const [j, f] of p.feedbackIds.entries()) {
      if (!vision.feedback.has(f) || seen.has(f)) return { path: `${at}.feedbackIds[${j}]`, id: f };
      seen.add(f);
    }
  }
  const decisions = new Set<string>();
  for (const [i, d] of value.decisions.entries()) {
    const at = `adoption.decisions[${i}]`;
    if (!fresh(d.id)) return { path: `${at}.id`, id: d.id };
    decisions.add(d.id);
    if (d.versionId !== null && (d.subject !== 'visie' || !vision.versions.has(d.versionId)))
      return { path: `${at}.versionId`, id: d.versionId };
    if (d.documentId !== null && !base.document!.has(d.documentId))
      return { path: `${at}.documentId`, id: d.documentId };
  }
  const items = new Set<string>();
  for (const [i, b] of value.borging.entries()) {
    const at = `adoption.borging[${i}]`;
    if (items.has(b.itemId)) return { path: `${at}.itemId`, id: b.itemId };
    items.add(b.itemId);
    if (b.ownerStakeholderId !== null && !base.stakeholder!.has(b.ownerStakeholderId))
      return { path: `${at}.ownerStakeholderId`, id: b.ownerStakeholderId };
  }
  for (const [i, r] of value.revisions.entries()) {
    const at = `adoption.revisions[${i}]`;
    if (!fresh(r.id)) return { path: `${at}.id`, id: r.id };
    if (r.decisionId !== null && !decisions.has(r.decisionId))
      return { path: `${at}.decisionId`, id: r.decisionId };
  }
  return null;
}
