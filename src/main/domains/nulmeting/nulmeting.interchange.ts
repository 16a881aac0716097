import { z } from 'zod';
import {
  CONFIDENCES,
  maturityMethodFileSchema,
  RESPONDENT_GROUPS,
  type Confidence,
  type MaturityMethod,
  type RespondentGroup,
} from '../../../shared/domain/nulmeting.js';
import type {
  DanglingReference,
  InterchangeSection,
} from '../../interchange/interchange-section.js';
import { baseIds } from '../../interchange/interchange-section.js';
import { writeMethodPart } from '../engagement/method.repository.js';
import { maturityMethod } from './nulmeting.method.js';
import { insertImportedRows } from './nulmeting.repository.js';

// The nulmeting in the JSON interchange format: one optional property, "nulmeting", with the
// engagement's copy of the maturity model and every measurement whole (respondents in order
// with their scores, agreed scores with their findings in order). New in format version 5; a
// file without it imports with no measurements and today's model. Strings are kept exactly as
// stored, so a round trip is the same.

const LONG = 20_000;
const MANY = 1_000_000;
const id = z.uuid();
const instant = z.iso.datetime();
const day = z.iso.date();
const text = (max: number) => z.string().max(max);
const dimensionId = z
  .string()
  .regex(/^[a-z0-9-]+$/)
  .max(60)
  .describe('The id of a dimension of the model (method.content.dimensions[].id).');
const level = z.number().min(1).max(5).multipleOf(0.5).nullable();

const scoreRecord = z.object({
  dimensionId,
  current: level,
  desired: level,
  evidence: text(LONG),
  confidence: z.enum(CONFIDENCES).nullable(),
  updatedAt: instant,
});

const respondentRecord = z.object({
  id,
  stakeholderId: id.nullable().describe('stakeholders[].id, or null for a group.'),
  label: text(300),
  group: z.enum(RESPONDENT_GROUPS),
  createdAt: instant,
  scores: z.array(scoreRecord).max(1000),
});

const agreedRecord = z.object({
  dimensionId,
  current: level,
  desired: level,
  rationale: text(LONG),
  findingIds: z.array(id).max(200).describe('findings[].id supporting the score, in order.'),
  updatedAt: instant,
});

const assessmentRecord = z.object({
  id,
  name: text(200),
  date: day,
  horizonYears: z.number().int().min(1).max(10),
  notes: text(LONG),
  conclusions: text(LONG),
  createdAt: instant,
  updatedAt: instant,
  respondents: z.array(respondentRecord).max(10_000).describe('In the order added.'),
  agreed: z.array(agreedRecord).max(1000),
});

const sectionSchema = z.object({
  method: z
    .object({ copiedAt: instant, content: maturityMethodFileSchema })
    .nullable()
    .describe('The engagement copy of resources/method/maturity.json; null if not taken yet.'),
  assessments: z.array(assessmentRecord).max(MANY).describe('Oldest first.'),
});

export type NulmetingRecord = z.infer<typeof sectionSchema>;

type AssessmentRow = {
  id: string;
  name: string;
  date: string;
  horizon_years: number;
  notes: string;
  conclusions: string;
  created_at: string;
  updated_at: string;
};
type RespondentRow = {
  id: string;
  assessment_id: string;
  stakeholder_id: string | null;
  label: string;
  respondent_group: RespondentGroup;
  created_at: string;
};
type ScoreRow = {
  respondent_id: string;
  dimension_id: string;
  current_level: number | null;
  desired_level: number | null;
  evidence: string;
  confidence: Confidence | null;
  updated_at: string;
};
type AgreedRow = {
  assessment_id: string;
  dimension_id: string;
  current_level: number | null;
  desired_level: number | null;
  rationale: string;
  updated_at: string;
};

const groupBy = <T, K>(rows: readonly T[], key: (row: T) => K): Map<K, T[]> => {
  const out = new Map<K, T[]>();
  for (const row of rows) out.set(key(row), [...(out.get(key(row)) ?? []), row]);
  return out;
};

export const nulmetingSection: InterchangeSection<NulmetingRecord> = {
  key: 'nulmeting',
  since: 5,
  schema: sectionSchema.describe(
    'The nulmeting: the maturity model copy and the measurements with respondents, scores and agreed scores.',
  ),
  read(sqlite) {
    const all = <T>(query: string): T[] => sqlite.prepare(query).all() as T[];
    const method = sqlite
      .prepare('SELECT content_json, copied_at FROM method_snapshot WHERE part = ?')
      .get(maturityMethod.key) as { content_json: string; copied_at: string } | undefined;
    const respondents = groupBy(
      all<RespondentRow>('SELECT * FROM assessment_respondent ORDER BY position, id'),
      (r) => r.assessment_id,
    );
    const scores = groupBy(
      all<ScoreRow>('SELECT * FROM assessment_score ORDER BY respondent_id, dimension_id'),
      (s) => s.respondent_id,
    );
    const agreed = groupBy(
      all<AgreedRow>('SELECT * FROM assessment_agreed ORDER BY assessment_id, dimension_id'),
      (a) => a.assessment_id,
    );
    const links = groupBy(
      all<{ assessment_id: string; dimension_id: string; finding_id: string }>(
        'SELECT * FROM assessment_agreed_finding ORDER BY assessment_id, dimension_id, position',
      ),
      (l) => `${l.assessment_id}\u0000${l.dimension_id}`,
    );
    return {
      method: method
        ? { copiedAt: method.copied_at, content: JSON.parse(method.content_json) as MaturityMethod }
        : null,
      assessments: all<AssessmentRow>('SELECT * FROM assessment ORDER BY date, created_at, id').map(
        (a) => ({
          id: a.id,
          name: a.name,
          date: a.date,
          horizonYears: a.horizon_years,
          notes: a.notes,
          conclusions: a.conclusions,
          createdAt: a.created_at,
          updatedAt: a.updated_at,
          respondents: (respondents.get(a.id) ?? []).map((r) => ({
            id: r.id,
            stakeholderId: r.stakeholder_id,
            label: r.label,
            group: r.respondent_group,
            createdAt: r.created_at,
            scores: (scores.get(r.id) ?? []).map((s) => ({
              dimensionId: s.dimension_id,
              current: s.current_level,
              desired: s.desired_level,
              evidence: s.evidence,
              confidence: s.confidence,
              updatedAt: s.updated_at,
            })),
          })),
          agreed: (agreed.get(a.id) ?? []).map((g) => ({
            dimensionId: g.dimension_id,
            current: g.current_level,
            desired: g.desired_level,
            rationale: g.rationale,
            findingIds: (links.get(`${a.id}\u0000${g.dimension_id}`) ?? []).map(
              (l) => l.finding_id,
            ),
            updatedAt: g.updated_at,
          })),
        }),
      ),
    };
  },
  async insert(trx, value) {
    if (value.method)
      await writeMethodPart(trx, maturityMethod.key, value.method.content, value.method.copiedAt);
    const respondents = value.assessments.flatMap((a) =>
      a.respondents.map((r, position) => ({ a, r, position })),
    );
    await insertImportedRows(trx, {
      assessment: value.assessments.map((a) => ({
        id: a.id,
        name: a.name,
        date: a.date,
        horizon_years: a.horizonYears,
        notes: a.notes,
        conclusions: a.conclusions,
        created_at: a.createdAt,
        updated_at: a.updatedAt,
      })),
      assessment_respondent: respondents.map(({ a, r, position }) => ({
        id: r.id,
        assessment_id: a.id,
        stakeholder_id: r.stakeholderId,
        label: r.label,
        respondent_group: r.group,
        position,
        created_at: r.createdAt,
      })),
      assessment_score: respondents.flatMap(({ r }) =>
        r.scores.map((s) => ({
          respondent_id: r.id,
          dimension_id: s.dimensionId,
          current_level: s.current,
          desired_level: s.desired,
          evidence: s.evidence,
          confidence: s.confidence,
          updated_at: s.updatedAt,
        })),
      ),
      assessment_agreed: value.assessments.flatMap((a) =>
        a.agreed.map((g) => ({
          assessment_id: a.id,
          dimension_id: g.dimensionId,
          current_level: g.current,
          desired_level: g.desired,
          rationale: g.rationale,
          updated_at: g.updatedAt,
        })),
      ),
      assessment_agreed_finding: value.assessments.flatMap((a) =>
        a.agreed.flatMap((g) =>
          g.findingIds.map((findingId, position) => ({
            assessment_id: a.id,
            dimension_id: g.dimensionId,
            finding_id: findingId,
            position,
          })),
        ),
      ),
    });
  },
  check(value, doc) {
    return checkReferences(value, baseIds(doc));
  },
};

/**
 * Every reference the schema cannot see, and every key the tables would refuse halfway through
 * an import: a repeated id, a dimension scored twice by one respondent, a finding linked twice,
 * a dimension the model copy does not have.
 */
function checkReferences(
  value: NulmetingRecord,
  base: Record<string, Set<string>>,
): DanglingReference | null {
  const dimensions = value.method
    ? new Set(value.method.content.dimensions.map((d) => d.id))
    : null;
  if (value.method) {
    const seen = new Set<string>();
    for (const [i, d] of value.method.content.dimensions.entries()) {
      if (seen.has(d.id)) return { path: `nulmeting.method.content.dimensions[${i}].id`, id: d.id };
      seen.add(d.id);
    }
  }
  const ids = new Set<string>();
  const fresh = (recordId: string) => {
    if (ids.has(recordId)) return false;
    ids.add(recordId);
    return true;
  };
  const dimensionOnce = (seen: Set<string>, dimension: string) => {
    if (seen.has(dimension) || (dimensions !== null && !dimensions.has(dimension))) return false;
    seen.add(dimension);
    return true;
  };
  for (const [i, a] of value.assessments.entries()) {
    const at = `nulmeting.assessments[${i}]`;
    if (!fresh(a.id)) return { path: `${at}.id`, id: a.id };
    for (const [j, r] of a.respondents.entries()) {
      const rat = `${at}.respondents[${j}]`;
      if (!fresh(r.id)) return { path: `${rat}.id`, id: r.id };
      if (r.stakeholderId !== null && !base.stakeholder!.has(r.stakeholderId))
        return { path: `${rat}.stakeholderId`, id: r.stakeholderId };
      const scored = new Set<string>();
      for (const [k, s] of r.scores.entries())
        if (!dimensionOnce(scored, s.dimensionId))
          return { path: `${rat}.scores[${k}].dimensionId`, id: s.dimensionId };
    }
    const agreed = new Set<string>();
    for (const [j, g] of a.agreed.entries()) {
      const gat = `${at}.agreed[${j}]`;
      if (!dimensionOnce(agreed, g.dimensionId))
        return { path: `${gat}.dimensionId`, id: g.dimensionId };
      const linked = new Set<string>();
      for (const [k, f] of g.findingIds.entries()) {
        if (!base.finding!.has(f) || linked.has(f))
          return { path: `${gat}.findingIds[${k}]`, id: f };
        linked.add(f);
      }
    }
  }
  return null;
}
