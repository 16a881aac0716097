import { z } from 'zod';
import { BOUWSTENEN } from '../../../shared/domain/nulmeting.js';
import {
  roadmapMethodFileSchema,
  type RoadmapMethod,
} from '../../../shared/domain/roadmap-method.js';
import {
  FUNDING_STATES,
  QUARTER_PATTERN,
  ROADMAP_ITEM_KINDS,
  ROADMAP_LEVELS,
  ROADMAP_PHASES,
  ROADMAP_STATUSES,
  type FundingState,
  type RoadmapItemKind,
  type RoadmapLevel,
  type RoadmapPhase,
  type RoadmapStatus,
} from '../../../shared/domain/roadmap.js';
import type { Bouwsteen } from '../../../shared/domain/nulmeting.js';
import type {
  DanglingReference,
  InterchangeSection,
} from '../../interchange/interchange-section.js';
import { baseIds } from '../../interchange/interchange-section.js';
import type { LoadedMethod } from '../../method/load-method.js';
import { currentMethodPart } from '../../method/method-part.js';
import { writeMethodPart } from '../engagement/method.repository.js';
import { maturityMethod } from '../nulmeting/nulmeting.method.js';
import { roadmapMethod } from './roadmap.method.js';
import { insertImportedRows } from './roadmap.repository.js';

// The routekaart in the JSON interchange format: one optional property, "roadmap", with the
// engagement's copy of the method part, the settings (null: never saved, so the defaults) and
// every item whole: its dependencies, the gaps it closes (dimension ids of the maturity model),
// the vision passages it serves and its progress updates (oldest first). New in format version
// 6; a file without it imports with an empty routekaart. Strings are kept exactly as stored,
// so a round trip is the same.

const LONG = 20_000;
const MANY = 1_000_000;
const id = z.uuid();
const instant = z.iso.datetime();
const day = z.iso.date();
const text = (max: number) => z.string().max(max);
const quarter = z.string().regex(QUARTER_PATTERN).describe("A quarter, written '2027-Q1'.");
const dimensionId = z
  .string()
  .regex(/^[a-z0-9-]+$/)
  .max(60)
  .describe(
    'The id of a dimension of the maturity model: nulmeting.method.content.dimensions[].id, or, when the file has no model copy, of the model this Koers ships.',
  );

const updateRecord = z.object({
  id,
  date: day,
  text: text(LONG),
  status: z
    .enum(ROADMAP_STATUSES)
    .nullable()
    .describe('The status the item has from this update on; null left it.'),
  createdAt: instant,
});

const itemRecord = z
  .object({
    id,
    kind: z.enum(ROADMAP_ITEM_KINDS),
    title: text(300),
    description: text(LONG),
    goal: text(LONG).describe('What it should achieve (the project card).'),
    dimensionId: dimensionId.nullable(),
    bouwsteen: z.enum(BOUWSTENEN).nullable(),
    startQuarter: quarter,
    endQuarter: quarter.describe('Not before startQuarter.'),
    ownerStakeholderId: id.nullable().describe('stakeholders[].id of the owner, or null.'),
    ownerText: text(300).describe('The owner as typed: a role when there is no stakeholder.'),
    effort: text(300),
    funding: z.enum(FUNDING_STATES),
    phase: z.enum(ROADMAP_PHASES),
    level: z.enum(ROADMAP_LEVELS),
    status: z.enum(ROADMAP_STATUSES),
    position: z.number().int().min(0).max(MANY),
    createdAt: instant,
    updatedAt: instant,
    dependsOn: z
      .array(id)
      .max(5000)
      .describe('roadmap.items[].id this item depends on (no cycles).'),
    gapDimensionIds: z.array(dimensionId).max(50).describe('The gaps it closes.'),
    passageIds: z.array(id).max(1000).describe('vision.passages[].id it serves.'),
    updates: z.array(updateRecord).max(10_000).describe('Progress updates, oldest first.'),
  })
  .refine((item) => item.endQuarter >= item.startQuarter, {
    message: 'endQuarter lies before startQuarter',
    path: ['endQuarter'],
  });

const sectionSchema = z.object({
  method: z
    .object({ copiedAt: instant, content: roadmapMethodFileSchema })
    .nullable()
    .describe('The engagement copy of resources/method/roadmap.json; null if not taken yet.'),
  settings: z
    .object({
      startQuarter: quarter,
      horizonYears: z.number().int().min(1).max(10),
      updatedAt: instant,
    })
    .nullable()
    .describe(
      'Null: never saved (the plan starts the quarter after today, over the default horizon).',
    ),
  items: z.array(itemRecord).max(MANY),
});

export type RoadmapRecord = z.infer<typeof sectionSchema>;

type ItemRow = {
  id: string;
  kind: RoadmapItemKind;
  title: string;
  description: string;
  goal: string;
  dimension_id: string | null;
  bouwsteen: Bouwsteen | null;
  start_quarter: string;
  end_quarter: string;
  owner_stakeholder_id: string | null;
  owner_text: string;
  effort: string;
  funding: FundingState;
  phase: RoadmapPhase;
  level: RoadmapLevel;
  status: RoadmapStatus;
  position: number;
  created_at: string;
  updated_at: string;
};
type UpdateRow = {
  id: string;
  item_id: string;
  date: string;
  text: string;
  status: RoadmapStatus | null;
  created_at: string;
};

/** Groups [key, value] pairs by key, keeping their order. */
function grouped(pairs: readonly (readonly [string, string])[]): Map<string, string[]> {
  const map = new Map<string, string[]>();
  for (const [key, value] of pairs) map.set(key, [...(map.get(key) ?? []), value]);
  return map;
}

export const roadmapSection: InterchangeSection<RoadmapRecord> = {
  key: 'roadmap',
  since: 6,
  schema: sectionSchema.describe(
    'The routekaart: settings and items with dependencies, links to the gaps they close and the vision passages they serve, and progress updates.',
  ),
  read(sqlite) {
    const all = <T>(query: string): T[] => sqlite.prepare(query).all() as T[];
    const method = sqlite
      .prepare('SELECT content_json, copied_at FROM method_snapshot WHERE part = ?')
      .get(roadmapMethod.key) as { content_json: string; copied_at: string } | undefined;
    const settings = sqlite
      .prepare('SELECT start_quarter, horizon_years, updated_at FROM roadmap_settings WHERE id = 1')
      .get() as { start_quarter: string; horizon_years: number; updated_at: string } | undefined;
    const dependsOn = grouped(
      all<{ item_id: string; depends_on_id: string }>(
        'SELECT item_id, depends_on_id FROM roadmap_dependency ORDER BY item_id, depends_on_id',
      ).map((d) => [d.item_id, d.depends_on_id] as const),
    );
    const gaps = grouped(
      all<{ item_id: string; dimension_id: string }>(
        'SELECT item_id, dimension_id FROM roadmap_item_gap ORDER BY item_id, dimension_id',
      ).map((g) => [g.item_id, g.dimension_id] as const),
    );
    const passages = grouped(
      all<{ item_id: string; passage_id: string }>(
        `SELECT l.item_id, l.passage_id FROM roadmap_item_passage l
         JOIN vision_passage p ON p.id = l.passage_id
         ORDER BY l.item_id, p.position, p.id`,
      ).map((p) => [p.item_id, p.passage_id] as const),
    );
    const updates = new Map<string, UpdateRow[]>();
    for (const u of all<UpdateRow>(
      'SELECT * FROM roadmap_update ORDER BY item_id, date, created_at, id',
    ))
      updates.set(u.item_id, [...(updates.get(u.item_id) ?? []), u]);
    return {
      method: method
        ? { copiedAt: method.copied_at, content: JSON.parse(method.content_json) as RoadmapMethod }
        : null,
      settings: settings
        ? {
            startQuarter: settings.start_quarter,
            horizonYears: settings.horizon_years,
            updatedAt: settings.updated_at,
          }
        : null,
      items: all<ItemRow>('SELECT * FROM roadmap_item ORDER BY position, created_at, id').map(
        (r) => ({
          id: r.id,
          kind: r.kind,
          title: r.title,
          description: r.description,
          goal: r.goal,
          dimensionId: r.dimension_id,
          bouwsteen: r.bouwsteen,
          startQuarter: r.start_quarter,
          endQuarter: r.end_quarter,
          ownerStakeholderId: r.owner_stakeholder_id,
          ownerText: r.owner_text,
          effort: r.effort,
          funding: r.funding,
          phase: r.phase,
          level: r.level,
          status: r.status,
          position: r.position,
          createdAt: r.created_at,
          updatedAt: r.updated_at,
          dependsOn: dependsOn.get(r.id) ?? [],
          gapDimensionIds: gaps.get(r.id) ?? [],
          passageIds: passages.get(r.id) ?? [],
          updates: (updates.get(r.id) ?? []).map((u) => ({
            id: u.id,
            date: u.date,
            text: u.text,
            status: u.status,
            createdAt: u.created_at,
          })),
        }),
      ),
    };
  },
  async insert(trx, value) {
    if (value.method)
      await writeMethodPart(trx, roadmapMethod.key, value.method.content, value.method.copiedAt);
    await insertImportedRows(trx, {
      roadmap_settings: value.settings
        ? [
            {
              id: 1,
              start_quarter: value.settings.startQuarter,
              horizon_years: value.settings.horizonYears,
              updated_at: value.settings.updatedAt,
            },
          ]
        : [],
      roadmap_item: value.items.map((i) => ({
        id: i.id,
        kind: i.kind,
        title: i.title,
        description: i.description,
        goal: i.goal,
        dimension_id: i.dimensionId,
        bouwsteen: i.bouwsteen,
        start_quarter: i.startQuarter,
        end_quarter: i.endQuarter,
        owner_stakeholder_id: i.ownerStakeholderId,
        owner_text: i.ownerText,
        effort: i.effort,
        funding: i.funding,
        phase: i.phase,
        level: i.level,
        status: i.status,
        position: i.position,
        created_at: i.createdAt,
        updated_at: i.updatedAt,
      })),
      roadmap_dependency: value.items.flatMap((i) =>
        i.dependsOn.map((on) => ({ item_id: i.id, depends_on_id: on })),
      ),
      roadmap_item_gap: value.items.flatMap((i) =>
        i.gapDimensionIds.map((dimension_id) => ({ item_id: i.id, dimension_id })),
      ),
      roadmap_item_passage: value.items.flatMap((i) =>
        i.passageIds.map((passage_id) => ({ item_id: i.id, passage_id })),
      ),
      roadmap_update: value.items.flatMap((i) =>
        i.updates.map((u) => ({
          id: u.id,
          item_id: i.id,
          date: u.date,
          text: u.text,
          status: u.status,
          created_at: u.createdAt,
        })),
      ),
    });
  },
  check(value, doc, method) {
    return checkReferences(value, baseIds(doc), {
      passages: passageIdsOf(doc.vision),
      dimensions: dimensionIdsOf(doc.nulmeting, method),
    });
  },
};

/** The ids of the objects in `list` (an array read loosely), skipping what has none. */
function idsIn(list: unknown): Set<string> {
  return new Set(
    (Array.isArray(list) ? list : [])
      .map((r: unknown) => (r && typeof r === 'object' ? (r as { id?: unknown }).id : undefined))
      .filter((x): x is string => typeof x === 'string'),
  );
}

const fieldOf = (value: unknown, key: string): unknown =>
  value && typeof value === 'object' ? (value as Record<string, unknown>)[key] : undefined;

/** The ids of the vision section's passages, read loosely (it is checked itself). */
function passageIdsOf(vision: unknown): Set<string> {
  return idsIn(fieldOf(vision, 'passages'));
}

/**
 * The dimension ids of the maturity model the imported file will have: the nulmeting section's
 * copy (read loosely; it is checked itself), or, when the document carries none, today's model,
 * which the file takes on first use. The service refuses any other id
 * (ROADMAP_UNKNOWN_DIMENSION); an import must not bring in what the screen cannot.
 */
function dimensionIdsOf(nulmeting: unknown, method: LoadedMethod): Set<string> {
  const copy = fieldOf(fieldOf(nulmeting, 'method'), 'content');
  if (copy) return idsIn(fieldOf(copy, 'dimensions'));
  return idsIn(currentMethodPart({ method }, maturityMethod).dimensions);
}

/**
 * Every reference the schema cannot see, and every key or rule the tables or the service would
 * refuse (a repeated id or link, a dimension the maturity model does not have, a dependency on
 * itself or in a cycle).
 */
function checkReferences(
  value: RoadmapRecord,
  base: Record<string, Set<string>>,
  known: { passages: Set<string>; dimensions: Set<string> },
): DanglingReference | null {
  const items = new Set(value.items.map((i) => i.id));
  const seenIds = new Set<string>();
  const fresh = (recordId: string) => {
    if (seenIds.has(recordId)) return false;
    seenIds.add(recordId);
    return true;
  };
  const unique = <T>(list: readonly T[], at: string, ok: (x: T) => boolean) => {
    const seen = new Set<T>();
    for (const [j, x] of list.entries()) {
      if (seen.has(x) || !ok(x)) return { path: `${at}[${j}]`, id: String(x) };
      seen.add(x);
    }
    return null;
  };
  for (const [i, item] of value.items.entries()) {
    const at = `roadmap.items[${i}]`;
    if (!fresh(item.id)) return { path: `${at}.id`, id: item.id };
    if (item.ownerStakeholderId !== null && !base.stakeholder!.has(item.ownerStakeholderId))
      return { path: `${at}.ownerStakeholderId`, id: item.ownerStakeholderId };
    if (item.dimensionId !== null && !known.dimensions.has(item.dimensionId))
      return { path: `${at}.dimensionId`, id: item.dimensionId };
    const bad =
      unique(item.dependsOn, `${at}.dependsOn`, (on) => items.has(on) && on !== item.id) ??
      unique(item.gapDimensionIds, `${at}.gapDimensionIds`, (d) => known.dimensions.has(d)) ??
      unique(item.passageIds, `${at}.passageIds`, (p) => known.passages.has(p));
    if (bad) return bad;
    for (const [j, u] of item.updates.entries())
      if (!fresh(u.id)) return { path: `${at}.updates[${j}].id`, id: u.id };
  }
  return cycleIn(value);
}

/** The first item that depends on itself through others, as a dangling reference. */
function cycleIn(value: RoadmapRecord): DanglingReference | null {
  const next = new Map(value.items.map((i) => [i.id, i.dependsOn]));
  const state = new Map<string, 'open' | 'done'>();
  const visit = (at: string): boolean => {
    if (state.get(at) === 'done') return false;
    if (state.get(at) === 'open') return true;
    state.set(at, 'open');
    for (const on of next.get(at) ?? []) if (visit(on)) return true;
    state.set(at, 'done');
    return false;
  };
  for (const [i, item] of value.items.entries())
    if (visit(item.id)) return { path: `roadmap.items[${i}].dependsOn`, id: item.id };
  return null;
}
