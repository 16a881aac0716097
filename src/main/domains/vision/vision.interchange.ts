import { z } from 'zod';
import {
  FEEDBACK_DISPOSITIONS,
  VISION_PASSAGE_KINDS,
  VISION_VERSION_STATUSES,
  visionMethodFileSchema,
  type VisionMethod,
} from '../../../shared/domain/vision.js';
import type {
  DanglingReference,
  InterchangeSection,
} from '../../interchange/interchange-section.js';
import { baseIds } from '../../interchange/interchange-section.js';
import { writeMethodPart } from '../engagement/method.repository.js';
import { insertImportedRows } from './vision.repository.js';
import { posterPatch } from './vision.mapper.js';
import { posterSchema, versionContentSchema } from './vision.content.js';
import { METHOD_PART } from './vision.service.js';

// The vision in the JSON interchange format: one optional property, "vision", with the
// engagement's copy of the method part, the working copy (passages with their ordered finding
// links, poster settings), the frozen versions with their content and the feedback on them.
// New in format version 3; a file without it imports with an empty vision and today's method
// copy. Strings are kept exactly as stored (no trimming), so a round trip is the same.

const LONG = 20_000;
const MANY = 1_000_000;
const id = z.uuid();
const instant = z.iso.datetime();
const text = (max: number) => z.string().max(max);

const passageRecord = z.object({
  id,
  kind: z.enum(VISION_PASSAGE_KINDS),
  title: z.string().min(1).max(300),
  body: text(LONG),
  forInhabitants: text(LONG).describe('Theme passages: what it means for inhabitants.'),
  forStaff: text(LONG).describe('Theme passages: what it means for staff (medewerkers).'),
  forBoard: text(LONG).describe('Theme passages: what it means for the board (bestuur).'),
  themeId: id.nullable().describe('themes[].id this passage answers.'),
  portfolioHolderId: id.nullable().describe('stakeholders[].id of the wethouder (portfolio).'),
  position: z.number().int().min(0).max(MANY),
  findingIds: z.array(id).max(10_000).describe('findings[].id supporting it, in order.'),
  createdAt: instant,
  updatedAt: instant,
});

const versionRecord = z.object({
  id,
  label: z
    .string()
    .min(1)
    .max(20)
    .describe('0.1, 0.2 … concept; 1.0 … definitief; H1 … restore point.'),
  status: z.enum(VISION_VERSION_STATUSES),
  frozenAt: instant,
  note: text(2000),
  restoredLabel: text(20).nullable().describe('Restore points: the version restored over it.'),
  content: versionContentSchema.describe(
    'Frozen: passages with finding links as worded then, poster settings, house style.',
  ),
});

const feedbackRecord = z.object({
  id,
  versionId: id.describe('versions[].id the feedback is on.'),
  passageId: id.nullable().describe('A passage id inside that version’s content, or null.'),
  text: z.string().min(1).max(LONG),
  fromText: text(300),
  fromStakeholderId: id.nullable().describe('stakeholders[].id of who gave it, or null.'),
  disposition: z.enum(FEEDBACK_DISPOSITIONS),
  reason: text(LONG).describe("Why not taken in; required for 'niet-verwerkt'."),
  createdAt: instant,
  updatedAt: instant,
});

const sectionSchema = z.object({
  method: z
    .object({ copiedAt: instant, content: visionMethodFileSchema })
    .nullable()
    .describe('The engagement copy of resources/method/vision.json; null if not taken yet.'),
  poster: posterSchema.extend({ updatedAt: instant }).nullable(),
  passages: z.array(passageRecord).max(MANY),
  versions: z.array(versionRecord).max(MANY),
  feedback: z.array(feedbackRecord).max(MANY),
});

export type VisionRecord = z.infer<typeof sectionSchema>;

type PassageRow = {
  id: string;
  kind: (typeof VISION_PASSAGE_KINDS)[number];
  title: string;
  body: string;
  for_inhabitants: string;
  for_staff: string;
  for_board: string;
  theme_id: string | null;
  portfolio_holder_id: string | null;
  position: number;
  created_at: string;
  updated_at: string;
};
type VersionRow = {
  id: string;
  label: string;
  status: (typeof VISION_VERSION_STATUSES)[number];
  frozen_at: string;
  note: string;
  restored_label: string | null;
  content_json: string;
};
type FeedbackRow = {
  id: string;
  version_id: string;
  passage_id: string | null;
  text: string;
  from_text: string;
  from_stakeholder_id: string | null;
  disposition: (typeof FEEDBACK_DISPOSITIONS)[number];
  reason: string;
  created_at: string;
  updated_at: string;
};

export const visionSection: InterchangeSection<VisionRecord> = {
  key: 'vision',
  since: 3,
  schema: sectionSchema.describe(
    'The vision (step 3): passages with supporting findings, poster settings, frozen versions and feedback.',
  ),
  read(sqlite) {
    const all = <T>(query: string): T[] => sqlite.prepare(query).all() as T[];
    const method = sqlite
      .prepare('SELECT content_json, copied_at FROM method_snapshot WHERE part = ?')
      .get(METHOD_PART) as { content_json: string; copied_at: string } | undefined;
    const poster = sqlite
      .prepare(
        'SELECT title, layout, format, roadmap_band, updated_at FROM vision_poster WHERE id = 1',
      )
      .get() as
      | {
          title: string;
          layout: 'kolommen' | 'raster' | 'kern';
          format: 'A3' | 'A0';
          roadmap_band: number | null;
          updated_at: string;
        }
      | undefined;
    const linksOf = new Map<string, string[]>();
    for (const l of all<{ passage_id: string; finding_id: string }>(
      'SELECT passage_id, finding_id FROM vision_passage_finding ORDER BY passage_id, position',
    ))
      linksOf.set(l.passage_id, [...(linksOf.get(l.passage_id) ?? []), l.finding_id]);
    return {
      method: method
        ? { copiedAt: method.copied_at, content: JSON.parse(method.content_json) as VisionMethod }
        : null,
      poster: poster
        ? {
            title: poster.title,
            layout: poster.layout,
            format: poster.format,
            roadmapBand: poster.roadmap_band === null ? null : poster.roadmap_band === 1,
            updatedAt: poster.updated_at,
          }
        : null,
      passages: all<PassageRow>('SELECT * FROM vision_passage ORDER BY position, id').map((p) => ({
        id: p.id,
        kind: p.kind,
        title: p.title,
        body: p.body,
        forInhabitants: p.for_inhabitants,
        forStaff: p.for_staff,
        forBoard: p.for_board,
        themeId: p.theme_id,
        portfolioHolderId: p.portfolio_holder_id,
        position: p.position,
        findingIds: linksOf.get(p.id) ?? [],
        createdAt: p.created_at,
        updatedAt: p.updated_at,
      })),
      versions: all<VersionRow>('SELECT * FROM vision_version ORDER BY frozen_at, id').map((v) => ({
        id: v.id,
        label: v.label,
        status: v.status,
        frozenAt: v.frozen_at,
        note: v.note,
        restoredLabel: v.restored_label,
        // Through the schema: the same key order whether it was written here or imported.
        content: versionContentSchema.parse(JSON.parse(v.content_json)),
      })),
      feedback: all<FeedbackRow>('SELECT * FROM vision_feedback ORDER BY created_at, id').map(
        (f) => ({
          id: f.id,
          versionId: f.version_id,
          passageId: f.passage_id,
          text: f.text,
          fromText: f.from_text,
          fromStakeholderId: f.from_stakeholder_id,
          disposition: f.disposition,
          reason: f.reason,
          createdAt: f.created_at,
          updatedAt: f.updated_at,
        }),
      ),
    };
  },
  async insert(trx, value) {
    if (value.method)
      await writeMethodPart(trx, METHOD_PART, value.method.content, value.method.copiedAt);
    await insertImportedRows(trx, {
      vision_passage: value.passages.map((p) => ({
        id: p.id,
        kind: p.kind,
        title: p.title,
        body: p.body,
        for_inhabitants: p.forInhabitants,
        for_staff: p.forStaff,
        for_board: p.forBoard,
        theme_id: p.themeId,
        portfolio_holder_id: p.portfolioHolderId,
        position: p.position,
        created_at: p.createdAt,
        updated_at: p.updatedAt,
      })),
      vision_passage_finding: value.passages.flatMap((p) =>
        p.findingIds.map((findingId, position) => ({
          passage_id: p.id,
          finding_id: findingId,
          position,
        })),
      ),
      vision_poster: value.poster
        ? [
            {
              id: 1,
              title: value.poster.title,
              layout: value.poster.layout,
              format: value.poster.format,
              roadmap_band: posterPatch(value.poster, true).roadmap_band ?? null,
              updated_at: value.poster.updatedAt,
            },
          ]
        : [],
      vision_version: value.versions.map((v) => ({
        id: v.id,
        label: v.label,
        status: v.status,
        frozen_at: v.frozenAt,
        note: v.note,
        restored_label: v.restoredLabel,
        content_json: JSON.stringify(v.content),
      })),
      vision_feedback: value.feedback.map((f) => ({
        id: f.id,
        version_id: f.versionId,
        passage_id: f.passageId,
        text: f.text,
        from_text: f.fromText,
        from_stakeholder_id: f.fromStakeholderId,
        disposition: f.disposition,
        reason: f.reason,
        created_at: f.createdAt,
        updated_at: f.updatedAt,
      })),
    });
  },
  check(value, doc) {
    return checkReferences(value, baseIds(doc));
  },
};

/**
 * Every reference the schema cannot see, and every key or rule the tables would refuse halfway
 * through an import (a repeated id or label, a finding linked twice, a refusal without reason).
 */
function checkReferences(
  value: VisionRecord,
  base: Record<string, Set<string>>,
): DanglingReference | null {
  const ids = new Set<string>();
  const fresh = (recordId: string) => {
    if (ids.has(recordId)) return false;
    ids.add(recordId);
    return true;
  };
  for (const [i, p] of value.passages.entries()) {
    const at = `vision.passages[${i}]`;
    if (!fresh(p.id)) return { path: `${at}.id`, id: p.id };
    if (p.themeId !== null && !base.theme!.has(p.themeId))
      return { path: `${at}.themeId`, id: p.themeId };
    if (p.portfolioHolderId !== null && !base.stakeholder!.has(p.portfolioHolderId))
      return { path: `${at}.portfolioHolderId`, id: p.portfolioHolderId };
    const seen = new Set<string>();
    for (const [j, f] of p.findingIds.entries()) {
      if (!base.finding!.has(f) || seen.has(f)) return { path: `${at}.findingIds[${j}]`, id: f };
      seen.add(f);
    }
  }
  const versions = new Set<string>();
  const labels = new Set<string>();
  for (const [i, v] of value.versions.entries()) {
    if (!fresh(v.id)) return { path: `vision.versions[${i}].id`, id: v.id };
    if (labels.has(v.label)) return { path: `vision.versions[${i}].label`, id: v.label };
    versions.add(v.id);
    labels.add(v.label);
  }
  for (const [i, f] of value.feedback.entries()) {
    const at = `vision.feedback[${i}]`;
    if (!fresh(f.id)) return { path: `${at}.id`, id: f.id };
    if (!versions.has(f.versionId)) return { path: `${at}.versionId`, id: f.versionId };
    if (f.fromStakeholderId !== null && !base.stakeholder!.has(f.fromStakeholderId))
      return { path: `${at}.fromStakeholderId`, id: f.fromStakeholderId };
    if (f.disposition === 'niet-verwerkt' && f.reason.trim() === '')
      return { path: `${at}.reason`, id: f.id };
  }
  return null;
}
