// The one list of everything the renderer, the HTTP bridge and the CLI may ask of the core.
// Each entry: a name, an input schema (checked at run time on both sides of every boundary)
// and an output type (checked at compile time). Adding an operation means adding one entry
// here and one handler in the core; the shells need no change.
import { z } from 'zod';
import type { Result } from './result.js';
import { languageSchema, uuidSchema } from './domain/common.js';
import {
  engagementFieldsSchema,
  engagementFileNameSchema,
  type Engagement,
  type OpenEngagement,
} from './domain/engagement.js';
import {
  stakeholderFieldsSchema,
  stakeholderGroupSchema,
  type RemovedStakeholder,
  type Stakeholder,
  type StakeholderLinks,
} from './domain/stakeholder.js';
import {
  preferencesPatchSchema,
  type AppInfo,
  type Preferences,
  type RecentEntry,
  type WorkspaceFile,
} from './domain/app.js';
import type { ChecklistItemState, EngagementOverview, Theme } from './domain/overview.js';
import {
  documentFieldsSchema,
  passageFieldsSchema,
  uploadIdSchema,
  type DocumentDetail,
  type DocumentPages,
  type Passage,
  type SourceDocument,
} from './domain/document.js';
import {
  interviewFieldsSchema,
  interviewStatusDatesSchema,
  interviewStatusSchema,
  richTextSchema,
  type Interview,
  type InterviewSummary,
  type NotesSaved,
} from './domain/interview.js';
import {
  findingFieldsSchema,
  findingFilterSchema,
  findingSourceSchema,
  themeFieldsSchema,
  type Finding,
  type FindingMatrix,
} from './domain/finding.js';
import type { SearchHit } from './domain/search.js';
import {
  borgingItemFieldsSchema,
  decisionFieldsSchema,
  presentationFieldsSchema,
  type BorgingItem,
  type Decision,
  type EngagementProgress,
  type FindingTrace,
  type PassageTrace,
  type Presentation,
  type TimelineEvent,
  type VisionAdoption,
} from './domain/adoption.js';
import {
  exportOptionsSchema,
  exportTypeSchema,
  type ExportJobStatus,
  type NameCandidate,
  type ExportTypeInfo,
} from './domain/export.js';
import type { GuideQuestion } from './domain/method.js';
import {
  agreedScoreFieldsSchema,
  assessmentFieldsSchema,
  respondentFieldsSchema,
  scoreFieldsSchema,
  type AgreedScore,
  type Assessment,
  type AssessmentView,
  type DimensionGap,
  type MaturityModel,
  type Respondent,
  type Score,
} from './domain/nulmeting.js';
import {
  roadmapItemBaseSchema,
  roadmapSettingsSchema,
  roadmapUpdateFieldsSchema,
  type Roadmap,
  type RoadmapItem,
  type RoadmapSettings,
} from './domain/roadmap.js';
import {
  roundSchema,
  sessionFieldsSchema,
  sessionInputTextSchema,
  sessionPartFieldsSchema,
  sessionPartKindSchema,
  sessionStatusDateSchema,
  sessionStatusSchema,
  tallyAnswerSchema,
  TALLY_MAX,
  type BankStatement,
  type Session,
  type SessionInput,
  type SessionInputSaved,
  type SessionSummary,
  type SessionTypeInfo,
  type StatementTally,
} from './domain/session.js';
// Stakeholder tools (issue 12).
import {
  forceFieldFieldsSchema,
  icebergFieldsSchema,
  icebergItemFieldsSchema,
  interestConflictFieldsSchema,
  methodEntryIdSchema,
  partyFieldsSchema,
  roleAssignmentFieldsSchema,
  snapshotFieldsSchema,
  valueWeightSchema,
  type ForceFieldPosition,
  type ForceFieldSnapshot,
  type ForceFieldSnapshotSummary,
  type Iceberg,
  type IcebergItem,
  type InterestConflict,
  type Party,
  type RoleAssignment,
  type StakeholderToolsGuide,
  type ValueMap,
} from './domain/stakeholder-tools.js';
// The vision (step 3, issue 13).
import {
  feedbackDispositionSchema,
  posterSettingsSchema,
  visionFeedbackFieldsSchema,
  visionFreezeStatusSchema,
  visionPassageFieldsSchema,
  type Vision,
  type VisionCheck,
  type VisionDiff,
  type VisionFeedback,
  type VisionGuide,
  type VisionPassage,
  type VisionPosterSettings,
  type VisionRestored,
  type VisionVersion,
  type VisionVersionSummary,
} from './domain/vision.js';

interface Operation<I extends z.ZodType, O> {
  input: I;
  /** Phantom: carries the output type, never read at run time. */
  output?: O;
}

const op =
  <O>() =>
  <I extends z.ZodType>(input: I): Operation<I, O> => ({ input });

const none = z.object({}).strict();

/** What a delete answers: the token undoes it (undo:restore) for a while. */
export interface Removed {
  id: string;
  undoToken: string;
}
const inEngagement = { engagementId: uuidSchema };

// Stakeholder tools (step 4, issue 12): parties, krachtenveld with snapshots, value map,
// ijsbergmodel, conflicting interests and roles. Kept in one block, spread into the contract.
const byId = z.object({ ...inEngagement, id: uuidSchema }).strict();
const stakeholderToolsOperations = {
  /** The engagement's copy of the method's quadrants, values, roles and iceberg layers. */
  'stakeholderTools:guide': op<StakeholderToolsGuide>()(
    z.object({ ...inEngagement, language: languageSchema.optional() }).strict(),
  ),
  /** Always includes the municipality itself and the inhabitants (fixed, not deletable). */
  'party:list': op<Party[]>()(z.object(inEngagement).strict()),
  'party:create': op<Party>()(
    z
      .object({
        ...inEngagement,
        fields: partyFieldsSchema.partial().extend({
          name: partyFieldsSchema.shape.name,
          kind: partyFieldsSchema.shape.kind,
        }),
      })
      .strict(),
  ),
  'party:update': op<Party>()(
    z
      .object({ ...inEngagement, id: uuidSchema, fields: partyFieldsSchema.partial().strict() })
      .strict(),
  ),
  /** PARTY_FIXED for the municipality itself and the inhabitants. */
  'party:delete': op<Removed>()(byId),
  'forceField:list': op<ForceFieldPosition[]>()(z.object(inEngagement).strict()),
  /** Places a party on the grid or moves it; the first placement needs influence and attitude. */
  'forceField:set': op<ForceFieldPosition>()(
    z
      .object({
        ...inEngagement,
        partyId: uuidSchema,
        fields: forceFieldFieldsSchema.partial().strict(),
      })
      .strict(),
  ),
  'forceField:remove': op<Removed>()(z.object({ ...inEngagement, partyId: uuidSchema }).strict()),
  'forceFieldSnapshot:take': op<ForceFieldSnapshot>()(
    z
      .object({
        ...inEngagement,
        fields: snapshotFieldsSchema
          .partial()
          .extend({ scoredBy: snapshotFieldsSchema.shape.scoredBy })
          .strict(),
      })
      .strict(),
  ),
  'forceFieldSnapshot:list': op<ForceFieldSnapshotSummary[]>()(z.object(inEngagement).strict()),
  'forceFieldSnapshot:get': op<ForceFieldSnapshot>()(byId),
  'forceFieldSnapshot:delete': op<Removed>()(byId),
  'valueMap:get': op<ValueMap>()(
    z.object({ ...inEngagement, language: languageSchema.optional() }).strict(),
  ),
  /** One cell of the value map; weight null clears it. */
  'valueMap:setWeight': op<ValueMap>()(
    z
      .object({
        ...inEngagement,
        partyId: uuidSchema,
        valueId: methodEntryIdSchema,
        weight: valueWeightSchema.nullable(),
      })
      .strict(),
  ),
  'iceberg:list': op<Iceberg[]>()(z.object(inEngagement).strict()),
  'iceberg:get': op<Iceberg>()(byId),
  'iceberg:create': op<Iceberg>()(
    z
      .object({
        ...inEngagement,
        fields: icebergFieldsSchema
          .partial()
          .extend({ title: icebergFieldsSchema.shape.title })
          .strict(),
      })
      .strict(),
  ),
  'iceberg:update': op<Iceberg>()(
    z
      .object({ ...inEngagement, id: uuidSchema, fields: icebergFieldsSchema.partial().strict() })
      .strict(),
  ),
  'iceberg:delete': op<Removed>()(byId),
  'icebergItem:create': op<IcebergItem>()(
    z
      .object({
        ...inEngagement,
        icebergId: uuidSchema,
        fields: icebergItemFieldsSchema
          .partial()
          .extend({
            layer: icebergItemFieldsSchema.shape.layer,
            text: icebergItemFieldsSchema.shape.text,
          })
          .strict(),
      })
      .strict(),
  ),
  'icebergItem:update': op<IcebergItem>()(
    z
      .object({
        ...inEngagement,
        id: uuidSchema,
        fields: icebergItemFieldsSchema.partial().strict(),
      })
      .strict(),
  ),
  'icebergItem:delete': op<Removed>()(byId),
  'interestConflict:list': op<InterestConflict[]>()(z.object(inEngagement).strict()),
  'interestConflict:create': op<InterestConflict>()(
    z
      .object({
        ...inEngagement,
        fields: interestConflictFieldsSchema
          .partial()
          .extend({
            partyAId: interestConflictFieldsSchema.shape.partyAId,
            partyBId: interestConflictFieldsSchema.shape.partyBId,
            description: interestConflictFieldsSchema.shape.description,
          })
          .strict(),
      })
      .strict(),
  ),
  'interestConflict:update': op<InterestConflict>()(
    z
      .object({
        ...inEngagement,
        id: uuidSchema,
        fields: interestConflictFieldsSchema.partial().strict(),
      })
      .strict(),
  ),
  'interestConflict:delete': op<Removed>()(byId),
  'role:list': op<RoleAssignment[]>()(z.object(inEngagement).strict()),
  /** Assigning a role a stakeholder already has only changes its note. */
  'role:assign': op<RoleAssignment>()(
    z
      .object({
        ...inEngagement,
        stakeholderId: roleAssignmentFieldsSchema.shape.stakeholderId,
        roleId: roleAssignmentFieldsSchema.shape.roleId,
        note: roleAssignmentFieldsSchema.shape.note.optional(),
      })
      .strict(),
  ),
  'role:remove': op<Removed>()(byId),
} as const;

// The vision (step 3, issue 13): the working copy of passages with their supporting findings,
// the checks beside it, poster settings, frozen versions with feedback. Findings to link are
// picked with finding:list (its filter has a text query and a theme). Kept in one block.
const positionSchema = z.number().int().min(0).max(1000);
const visionOperations = {
  /** The method's guidance (warned words, check thresholds) in the given or engagement language. */
  'vision:guide': op<VisionGuide>()(
    z.object({ ...inEngagement, language: languageSchema.optional() }).strict(),
  ),
  /** The working copy: passages in order, poster settings, checks and the versions made. */
  'vision:get': op<Vision>()(
    z.object({ ...inEngagement, language: languageSchema.optional() }).strict(),
  ),
  'vision:checks': op<VisionCheck[]>()(
    z.object({ ...inEngagement, language: languageSchema.optional() }).strict(),
  ),
  'vision:setPoster': op<VisionPosterSettings>()(
    z.object({ ...inEngagement, fields: posterSettingsSchema.partial().strict() }).strict(),
  ),
  'visionPassage:create': op<VisionPassage>()(
    z
      .object({
        ...inEngagement,
        fields: visionPassageFieldsSchema
          .partial()
          .extend({
            kind: visionPassageFieldsSchema.shape.kind,
            title: visionPassageFieldsSchema.shape.title,
          })
          .strict(),
        /** Insert before this position; at the end when absent. */
        position: positionSchema.optional(),
      })
      .strict(),
  ),
  'visionPassage:update': op<VisionPassage>()(
    z
      .object({
        ...inEngagement,
        id: uuidSchema,
        fields: visionPassageFieldsSchema.partial().strict(),
      })
      .strict(),
  ),
  /** Answers every passage in the new order. */
  'visionPassage:move': op<VisionPassage[]>()(
    z.object({ ...inEngagement, id: uuidSchema, position: positionSchema }).strict(),
  ),
  /** Its finding links go too; undo:restore brings them back. */
  'visionPassage:delete': op<Removed>()(byId),
  /** Linking a finding already linked only moves it (when a position is given). */
  'visionPassage:linkFinding': op<VisionPassage>()(
    z
      .object({
        ...inEngagement,
        passageId: uuidSchema,
        findingId: uuidSchema,
        position: positionSchema.optional(),
      })
      .strict(),
  ),
  'visionPassage:unlinkFinding': op<VisionPassage>()(
    z.object({ ...inEngagement, passageId: uuidSchema, findingId: uuidSchema }).strict(),
  ),
  'visionPassage:moveFinding': op<VisionPassage>()(
    z
      .object({
        ...inEngagement,
        passageId: uuidSchema,
        findingId: uuidSchema,
        position: positionSchema,
      })
      .strict(),
  ),
  /** Freezes the working copy with its poster inputs: concept 0.1, 0.2 …; definitief 1.0, 2.0. */
  'vision:freeze': op<VisionVersion>()(
    z
      .object({
        ...inEngagement,
        status: visionFreezeStatusSchema,
        note: z.string().trim().max(2000).optional(),
      })
      .strict(),
  ),
  'visionVersion:list': op<VisionVersionSummary[]>()(z.object(inEngagement).strict()),
  'visionVersion:get': op<VisionVersion>()(byId),
  /** Passage by passage; toId absent or null compares with the working copy. */
  'visionVersion:diff': op<VisionDiff>()(
    z
      .object({ ...inEngagement, fromId: uuidSchema, toId: uuidSchema.nullable().optional() })
      .strict(),
  ),
  /**
   * Puts a version back as the working copy. The working copy as it was is kept first as a
   * restore point (status herstelpunt): restoring that one undoes the restore.
   */
  'visionVersion:restore': op<VisionRestored>()(byId),
  /** Only restore points can go (VISION_VERSION_FROZEN otherwise); undo:restore brings it back. */
  'visionVersion:delete': op<Removed>()(byId),
  /** Feedback on one version, or on all versions when versionId is absent. */
  'visionFeedback:list': op<VisionFeedback[]>()(
    z
      .object({
        ...inEngagement,
        versionId: uuidSchema.optional(),
        disposition: feedbackDispositionSchema.optional(),
      })
      .strict(),
  ),
  /** 'niet-verwerkt' needs a reason (VISION_FEEDBACK_REASON_REQUIRED). */
  'visionFeedback:create': op<VisionFeedback>()(
    z
      .object({
        ...inEngagement,
        versionId: uuidSchema,
        fields: visionFeedbackFieldsSchema
          .partial()
          .extend({ text: visionFeedbackFieldsSchema.shape.text })
          .strict(),
      })
      .strict(),
  ),
  'visionFeedback:update': op<VisionFeedback>()(
    z
      .object({
        ...inEngagement,
        id: uuidSchema,
        fields: visionFeedbackFieldsSchema.partial().strict(),
      })
      .strict(),
  ),
  'visionFeedback:delete': op<Removed>()(byId),
} as const;

// Adoption (step 4, issue 14): presentations with the feedback given there, decisions of MT,
// directie, college and raad, the borging checklist, the engagement's timeline, the trace from a
// quote to the vision and back, and the overview's numbers. Kept in one block.
const presentationInput = presentationFieldsSchema
  .partial()
  .extend({
    audience: presentationFieldsSchema.shape.audience,
    date: presentationFieldsSchema.shape.date,
  })
  .strict();
const adoptionOperations = {
  /** The latest adopted vision version and its decisions; null when none or a revision started. */
  'adoption:visionStatus': op<VisionAdoption | null>()(z.object(inEngagement).strict()),
  /** Opens the adopted vision for a new revision: the working copy can be edited again. */
  'adoption:startRevision': op<null>()(z.object(inEngagement).strict()),
  'presentation:list': op<Presentation[]>()(z.object(inEngagement).strict()),
  'presentation:create': op<Presentation>()(
    z.object({ ...inEngagement, fields: presentationInput }).strict(),
  ),
  'presentation:update': op<Presentation>()(
    z
      .object({
        ...inEngagement,
        id: uuidSchema,
        fields: presentationFieldsSchema.partial().strict(),
      })
      .strict(),
  ),
  /** The feedback recorded at it stays with the vision version; undo:restore brings it back. */
  'presentation:delete': op<Removed>()(byId),
  /** Feedback given at the presentation, on the version shown (ADOPTION_NO_VERSION without one). */
  'presentation:addFeedback': op<Presentation>()(
    z
      .object({
        ...inEngagement,
        presentationId: uuidSchema,
        fields: visionFeedbackFieldsSchema
          .partial()
          .extend({ text: visionFeedbackFieldsSchema.shape.text })
          .strict(),
      })
      .strict(),
  ),
  'decision:list': op<Decision[]>()(z.object(inEngagement).strict()),
  /** An adopting decision on the vision needs the version (ADOPTION_VERSION_REQUIRED). */
  'decision:create': op<Decision>()(
    z.object({ ...inEngagement, fields: decisionFieldsSchema }).strict(),
  ),
  'decision:update': op<Decision>()(
    z.object({ ...inEngagement, id: uuidSchema, fields: decisionFieldsSchema }).strict(),
  ),
  'decision:delete': op<Removed>()(byId),
  'borging:list': op<BorgingItem[]>()(
    z.object({ ...inEngagement, language: languageSchema.optional() }).strict(),
  ),
  'borging:update': op<BorgingItem>()(
    z
      .object({
        ...inEngagement,
        itemId: z
          .string()
          .regex(/^[a-z0-9-]+$/)
          .max(60),
        fields: borgingItemFieldsSchema.partial().strict(),
        language: languageSchema.optional(),
      })
      .strict(),
  ),
  /** Every dated event of every step, oldest first. */
  'timeline:list': op<TimelineEvent[]>()(
    z.object({ ...inEngagement, language: languageSchema.optional() }).strict(),
  ),
  'trace:finding': op<FindingTrace>()(
    z
      .object({ ...inEngagement, findingId: uuidSchema, language: languageSchema.optional() })
      .strict(),
  ),
  'trace:passage': op<PassageTrace>()(
    z
      .object({ ...inEngagement, passageId: uuidSchema, language: languageSchema.optional() })
      .strict(),
  ),
  /** Per step what exists and what is open. */
  'progress:get': op<EngagementProgress>()(z.object(inEngagement).strict()),
} as const;

// Nulmeting (issue 15): measurements of data maturity against the engagement's copy of the
// maturity model, respondents with their current and desired levels per dimension, the agreed
// score per dimension, and the gaps the routekaart closes. Kept in one block.
const dimensionIdSchema = z
  .string()
  .regex(/^[a-z0-9-]+$/)
  .max(60);
const nulmetingOperations = {
  /** The engagement's copy of the maturity model, in one language. */
  'maturity:model': op<MaturityModel>()(
    z.object({ ...inEngagement, language: languageSchema.optional() }).strict(),
  ),
  /** Newest first. */
  'assessment:list': op<Assessment[]>()(z.object(inEngagement).strict()),
  'assessment:get': op<AssessmentView>()(byId),
  'assessment:create': op<Assessment>()(
    z
      .object({
        ...inEngagement,
        fields: assessmentFieldsSchema
          .partial()
          .extend({
            name: assessmentFieldsSchema.shape.name,
            date: assessmentFieldsSchema.shape.date,
          })
          .strict(),
      })
      .strict(),
  ),
  'assessment:update': op<Assessment>()(
    z
      .object({
        ...inEngagement,
        id: uuidSchema,
        fields: assessmentFieldsSchema.partial().strict(),
      })
      .strict(),
  ),
  /** Its respondents, scores and agreed scores go with it; undo:restore brings them back. */
  'assessment:delete': op<Removed>()(byId),
  'respondent:create': op<Respondent>()(
    z
      .object({
        ...inEngagement,
        assessmentId: uuidSchema,
        fields: respondentFieldsSchema
          .partial()
          .extend({ group: respondentFieldsSchema.shape.group })
          .strict(),
      })
      .strict(),
  ),
  'respondent:update': op<Respondent>()(
    z
      .object({
        ...inEngagement,
        id: uuidSchema,
        fields: respondentFieldsSchema.partial().strict(),
      })
      .strict(),
  ),
  'respondent:delete': op<Removed>()(byId),
  /** One respondent's levels on one dimension (a dimension the model does not have: NULMETING_UNKNOWN_DIMENSION). */
  'score:set': op<Score>()(
    z
      .object({
        ...inEngagement,
        respondentId: uuidSchema,
        dimensionId: dimensionIdSchema,
        fields: scoreFieldsSchema.partial().strict(),
      })
      .strict(),
  ),
  'agreed:set': op<AgreedScore>()(
    z
      .object({
        ...inEngagement,
        assessmentId: uuidSchema,
        dimensionId: dimensionIdSchema,
        fields: agreedScoreFieldsSchema.partial().strict(),
      })
      .strict(),
  ),
  /**
   * A proposal to agree on: every dimension not agreed yet gets the median of the respondents'
   * levels (rounded to a half step), to be discussed and adjusted. Answers the whole view.
   */
  'agreed:proposeFromScores': op<AssessmentView>()(
    z.object({ ...inEngagement, assessmentId: uuidSchema }).strict(),
  ),
  /** The gaps of the latest measurement with agreed scores (or of the one given), largest first. */
  'nulmeting:gaps': op<DimensionGap[]>()(
    z
      .object({
        ...inEngagement,
        assessmentId: uuidSchema.optional(),
        language: languageSchema.optional(),
      })
      .strict(),
  ),
} as const;

// Routekaart (issue 16): the 3-year plan. Items with dependencies, links to the gaps they close
// and the passages they serve, progress updates; warnings and checks come with every read.
const roadmapOperations = {
  /** Settings, items in order, warnings and checks. */
  'roadmap:get': op<Roadmap>()(
    z.object({ ...inEngagement, language: languageSchema.optional() }).strict(),
  ),
  'roadmap:updateSettings': op<RoadmapSettings>()(
    z.object({ ...inEngagement, settings: roadmapSettingsSchema.partial().strict() }).strict(),
  ),
  /** Fields left out get the defaults (project, funding open, phase begin …). */
  'roadmapItem:create': op<RoadmapItem>()(
    z
      .object({
        ...inEngagement,
        fields: roadmapItemBaseSchema
          .partial()
          .extend({
            title: roadmapItemBaseSchema.shape.title,
            startQuarter: roadmapItemBaseSchema.shape.startQuarter,
          })
          .strict(),
      })
      .strict(),
  ),
  /** Moving and resizing on the timeline are updates of startQuarter and endQuarter. */
  'roadmapItem:update': op<RoadmapItem>()(
    z
      .object({
        ...inEngagement,
        id: uuidSchema,
        fields: roadmapItemBaseSchema.partial().strict(),
      })
      .strict(),
  ),
  'roadmapItem:delete': op<Removed>()(byId),
  /** New order of all items (ids in order). */
  'roadmapItem:reorder': op<RoadmapItem[]>()(
    z.object({ ...inEngagement, ids: z.array(uuidSchema).max(5000) }).strict(),
  ),
  /** Replaces the gaps and passages it is linked to (a dimension the model does not have: ROADMAP_UNKNOWN_DIMENSION). */
  'roadmapItem:setLinks': op<RoadmapItem>()(
    z
      .object({
        ...inEngagement,
        id: uuidSchema,
        gapDimensionIds: z.array(dimensionIdSchema).max(50),
        passageIds: z.array(uuidSchema).max(200),
      })
      .strict(),
  ),
  /** A cycle is refused (ROADMAP_DEPENDENCY_CYCLE), as is an item depending on itself. */
  'roadmapDependency:add': op<RoadmapItem>()(
    z.object({ ...inEngagement, itemId: uuidSchema, dependsOnId: uuidSchema }).strict(),
  ),
  'roadmapDependency:remove': op<RoadmapItem>()(
    z.object({ ...inEngagement, itemId: uuidSchema, dependsOnId: uuidSchema }).strict(),
  ),
  'roadmapUpdate:add': op<RoadmapItem>()(
    z
      .object({ ...inEngagement, itemId: uuidSchema, fields: roadmapUpdateFieldsSchema.strict() })
      .strict(),
  ),
  'roadmapUpdate:delete': op<Removed>()(byId),
} as const;

export const contract = {
  'app:info': op<AppInfo>()(none),
  'preferences:get': op<Preferences>()(none),
  'preferences:update': op<Preferences>()(preferencesPatchSchema.strict()),
  'recent:list': op<RecentEntry[]>()(none),
  'recent:remove': op<{ id: string }>()(z.object({ recentId: z.string().max(100) }).strict()),
  'workspace:list': op<WorkspaceFile[]>()(none),

  'engagement:create': op<OpenEngagement>()(
    z
      .object({
        fields: engagementFieldsSchema.partial().extend({
          clientName: engagementFieldsSchema.shape.clientName,
          title: engagementFieldsSchema.shape.title,
        }),
        /** Name of the new file in the workspace; derived from the title when absent. */
        fileName: engagementFileNameSchema.optional(),
      })
      .strict(),
  ),
  'engagement:open': op<OpenEngagement>()(
    z.object({ fileName: engagementFileNameSchema }).strict(),
  ),
  /** Browser mode: a .koers file from anywhere, staged by POST /upload, opened as a workspace copy. */
  'engagement:openUpload': op<OpenEngagement>()(z.object({ uploadId: uploadIdSchema }).strict()),
  'engagement:openRecent': op<OpenEngagement>()(
    z.object({ recentId: z.string().max(100) }).strict(),
  ),
  'engagement:listOpen': op<OpenEngagement[]>()(none),
  'engagement:close': op<{ engagementId: string }>()(z.object(inEngagement).strict()),
  'engagement:saveAs': op<OpenEngagement>()(
    z.object({ ...inEngagement, fileName: engagementFileNameSchema }).strict(),
  ),
  'engagement:rename': op<OpenEngagement>()(
    z.object({ ...inEngagement, fileName: engagementFileNameSchema }).strict(),
  ),
  'engagement:get': op<Engagement>()(z.object(inEngagement).strict()),
  'engagement:update': op<Engagement>()(
    z.object({ ...inEngagement, fields: engagementFieldsSchema.partial().strict() }).strict(),
  ),
  'engagement:overview': op<EngagementOverview>()(z.object(inEngagement).strict()),
  'checklist:set': op<ChecklistItemState>()(
    z.object({ ...inEngagement, itemId: z.string().min(1).max(100), done: z.boolean() }).strict(),
  ),

  'stakeholder:list': op<Stakeholder[]>()(
    z.object({ ...inEngagement, group: stakeholderGroupSchema.optional() }).strict(),
  ),
  'stakeholder:create': op<Stakeholder>()(
    z
      .object({
        ...inEngagement,
        fields: stakeholderFieldsSchema.partial().extend({
          name: stakeholderFieldsSchema.shape.name,
          group: stakeholderFieldsSchema.shape.group,
        }),
      })
      .strict(),
  ),
  'stakeholder:update': op<Stakeholder>()(
    z
      .object({
        ...inEngagement,
        id: uuidSchema,
        fields: stakeholderFieldsSchema.partial().strict(),
      })
      .strict(),
  ),
  // What hangs on a stakeholder, for the confirmation before deleting.
  'stakeholder:links': op<StakeholderLinks>()(
    z.object({ ...inEngagement, id: uuidSchema }).strict(),
  ),
  // A stakeholder in interviews is refused (STAKEHOLDER_LINKED) unless `linked: 'erase-name'`.
  'stakeholder:delete': op<RemovedStakeholder>()(
    z
      .object({
        ...inEngagement,
        id: uuidSchema,
        linked: z.enum(['refuse', 'erase-name']).optional(),
      })
      .strict(),
  ),

  'demo:create': op<OpenEngagement>()(none),

  // Step 1: document register. The file's bytes arrive out of band (a native dialog in
  // Electron, a streamed upload in browser mode) and are referred to by an upload id.
  'document:list': op<SourceDocument[]>()(z.object(inEngagement).strict()),
  'document:get': op<DocumentDetail>()(z.object({ ...inEngagement, id: uuidSchema }).strict()),
  'document:add': op<SourceDocument>()(
    z
      .object({
        ...inEngagement,
        uploadId: uploadIdSchema,
        fields: documentFieldsSchema.partial(),
      })
      .strict(),
  ),
  'document:update': op<SourceDocument>()(
    z
      .object({ ...inEngagement, id: uuidSchema, fields: documentFieldsSchema.partial().strict() })
      .strict(),
  ),
  'document:delete': op<Removed>()(z.object({ ...inEngagement, id: uuidSchema }).strict()),
  /** The text read from the document on import, page by page (only pages with text). */
  'document:pages': op<DocumentPages>()(
    z.object({ ...inEngagement, documentId: uuidSchema }).strict(),
  ),
  /** Reads the stored original again, e.g. a document stored before Koers read documents. */
  'document:extractText': op<SourceDocument>()(
    z.object({ ...inEngagement, id: uuidSchema }).strict(),
  ),
  'passage:create': op<Passage>()(
    z
      .object({
        ...inEngagement,
        documentId: uuidSchema,
        fields: passageFieldsSchema.partial().extend({ text: passageFieldsSchema.shape.text }),
      })
      .strict(),
  ),
  'passage:update': op<Passage>()(
    z
      .object({ ...inEngagement, id: uuidSchema, fields: passageFieldsSchema.partial().strict() })
      .strict(),
  ),
  'passage:delete': op<Removed>()(z.object({ ...inEngagement, id: uuidSchema }).strict()),

  // Step 1: interviews.
  'interview:guide': op<GuideQuestion[]>()(z.object(inEngagement).strict()),
  'interview:list': op<InterviewSummary[]>()(z.object(inEngagement).strict()),
  'interview:get': op<Interview>()(z.object({ ...inEngagement, id: uuidSchema }).strict()),
  'interview:create': op<Interview>()(
    z
      .object({
        ...inEngagement,
        fields: interviewFieldsSchema
          .partial()
          .extend({ title: interviewFieldsSchema.shape.title }),
        /** Guide questions to start with; all of the guide when absent. */
        guideQuestionIds: z.array(z.string().max(100)).max(200).optional(),
      })
      .strict(),
  ),
  'interview:update': op<InterviewSummary>()(
    z
      .object({ ...inEngagement, id: uuidSchema, fields: interviewFieldsSchema.partial().strict() })
      .strict(),
  ),
  'interview:setStatus': op<InterviewSummary>()(
    z.object({ ...inEngagement, id: uuidSchema, status: interviewStatusSchema }).strict(),
  ),
  /** Corrects the dates of statuses already reached; a status not reached is refused. */
  'interview:setStatusDates': op<InterviewSummary>()(
    z.object({ ...inEngagement, id: uuidSchema, dates: interviewStatusDatesSchema }).strict(),
  ),
  'interview:delete': op<Removed>()(z.object({ ...inEngagement, id: uuidSchema }).strict()),
  'interview:addQuestion': op<Interview>()(
    z
      .object({
        ...inEngagement,
        interviewId: uuidSchema,
        text: z.string().trim().min(1).max(2000),
        /** Insert before this position; at the end when absent. */
        position: z.number().int().min(0).max(1000).optional(),
      })
      .strict(),
  ),
  'interview:updateQuestion': op<Interview>()(
    z
      .object({ ...inEngagement, questionId: uuidSchema, text: z.string().trim().min(1).max(2000) })
      .strict(),
  ),
  'interview:moveQuestion': op<Interview>()(
    z
      .object({
        ...inEngagement,
        questionId: uuidSchema,
        position: z.number().int().min(0).max(1000),
      })
      .strict(),
  ),
  'interview:removeQuestion': op<Interview>()(
    z.object({ ...inEngagement, questionId: uuidSchema }).strict(),
  ),
  /** Autosave: durable (synchronous = FULL) before it answers. questionId null = free notes. */
  'interview:saveNotes': op<NotesSaved>()(
    z
      .object({
        ...inEngagement,
        interviewId: uuidSchema,
        questionId: uuidSchema.nullable(),
        notes: richTextSchema,
      })
      .strict(),
  ),

  // Step 1: findings (the coding) and the engagement's themes.
  'finding:list': op<Finding[]>()(
    z.object({ ...inEngagement, filter: findingFilterSchema.optional() }).strict(),
  ),
  'finding:create': op<Finding>()(
    z
      .object({
        ...inEngagement,
        source: findingSourceSchema,
        fields: findingFieldsSchema.partial().extend({
          statement: findingFieldsSchema.shape.statement,
          kind: findingFieldsSchema.shape.kind,
        }),
      })
      .strict(),
  ),
  'finding:update': op<Finding>()(
    z
      .object({ ...inEngagement, id: uuidSchema, fields: findingFieldsSchema.partial().strict() })
      .strict(),
  ),
  'finding:delete': op<Removed>()(z.object({ ...inEngagement, id: uuidSchema }).strict()),
  /** Bulk re-theme: add and/or remove themes on many findings at once. */
  'finding:retheme': op<{ updated: number }>()(
    z
      .object({
        ...inEngagement,
        ids: z.array(uuidSchema).min(1).max(50_000),
        addThemeIds: z.array(uuidSchema).max(30),
        removeThemeIds: z.array(uuidSchema).max(30),
      })
      .strict(),
  ),
  'finding:matrix': op<FindingMatrix>()(z.object(inEngagement).strict()),
  'theme:list': op<Theme[]>()(z.object(inEngagement).strict()),
  'theme:create': op<Theme>()(z.object({ ...inEngagement, fields: themeFieldsSchema }).strict()),
  'theme:update': op<Theme>()(
    z
      .object({ ...inEngagement, id: uuidSchema, fields: themeFieldsSchema.partial().strict() })
      .strict(),
  ),
  /** Moves every finding of `sourceId` to `targetId`, then removes `sourceId`. */
  'theme:merge': op<Theme>()(
    z.object({ ...inEngagement, sourceId: uuidSchema, targetId: uuidSchema }).strict(),
  ),
  'theme:delete': op<Removed>()(z.object({ ...inEngagement, id: uuidSchema }).strict()),

  // Step 2: work sessions (raadssessie, world café …), their parts, inputs per round, statement
  // tallies. Every operation that changes a part answers the whole session, except the
  // autosave, votes and tallies, which answer only what they changed (they run per keystroke).
  'session:types': op<SessionTypeInfo[]>()(z.object(inEngagement).strict()),
  'session:statementBank': op<BankStatement[]>()(
    z.object({ ...inEngagement, themeId: z.string().max(100).optional() }).strict(),
  ),
  'session:list': op<SessionSummary[]>()(z.object(inEngagement).strict()),
  'session:get': op<Session>()(z.object({ ...inEngagement, id: uuidSchema }).strict()),
  'session:create': op<Session>()(
    z
      .object({
        ...inEngagement,
        /** A session type of the method (session:types). */
        type: z.string().min(1).max(100),
        fields: sessionFieldsSchema.partial().extend({ title: sessionFieldsSchema.shape.title }),
        /** Start with the type's agenda as agenda items; true when absent. */
        withAgenda: z.boolean().optional(),
      })
      .strict(),
  ),
  'session:update': op<SessionSummary>()(
    z
      .object({ ...inEngagement, id: uuidSchema, fields: sessionFieldsSchema.partial().strict() })
      .strict(),
  ),
  /** Parts, inputs, tallies and findings from them go too; undo:restore brings them back. */
  'session:delete': op<Removed>()(z.object({ ...inEngagement, id: uuidSchema }).strict()),
  /** The status and the day it was reached (today when absent). */
  'session:setStatus': op<SessionSummary>()(
    z
      .object({
        ...inEngagement,
        id: uuidSchema,
        status: sessionStatusSchema,
        date: sessionStatusDateSchema.optional(),
      })
      .strict(),
  ),
  /** Corrects the day a status was reached; null removes it. */
  'session:setStatusDate': op<SessionSummary>()(
    z
      .object({
        ...inEngagement,
        id: uuidSchema,
        status: sessionStatusSchema,
        date: sessionStatusDateSchema.nullable(),
      })
      .strict(),
  ),
  'session:setChecklistItem': op<SessionSummary>()(
    z
      .object({
        ...inEngagement,
        id: uuidSchema,
        itemId: z.string().min(1).max(100),
        done: z.boolean(),
      })
      .strict(),
  ),
  'session:addPart': op<Session>()(
    z
      .object({
        ...inEngagement,
        sessionId: uuidSchema,
        kind: sessionPartKindSchema,
        fields: sessionPartFieldsSchema
          .partial()
          .extend({ title: sessionPartFieldsSchema.shape.title }),
        /** Insert before this position; at the end when absent. */
        position: z.number().int().min(0).max(1000).optional(),
      })
      .strict(),
  ),
  'session:addStatementFromBank': op<Session>()(
    z
      .object({
        ...inEngagement,
        sessionId: uuidSchema,
        statementId: z.string().min(1).max(100),
        position: z.number().int().min(0).max(1000).optional(),
      })
      .strict(),
  ),
  'session:updatePart': op<Session>()(
    z
      .object({
        ...inEngagement,
        partId: uuidSchema,
        fields: sessionPartFieldsSchema.partial().strict(),
      })
      .strict(),
  ),
  'session:movePart': op<Session>()(
    z
      .object({ ...inEngagement, partId: uuidSchema, position: z.number().int().min(0).max(1000) })
      .strict(),
  ),
  'session:deletePart': op<Removed>()(z.object({ ...inEngagement, partId: uuidSchema }).strict()),
  'session:addInput': op<SessionInput>()(
    z
      .object({
        ...inEngagement,
        partId: uuidSchema,
        round: roundSchema,
        text: sessionInputTextSchema,
      })
      .strict(),
  ),
  /** Autosave while typing: durable (synchronous = FULL) before it answers. */
  'session:saveInput': op<SessionInputSaved>()(
    z.object({ ...inEngagement, inputId: uuidSchema, text: sessionInputTextSchema }).strict(),
  ),
  'session:deleteInput': op<Removed>()(z.object({ ...inEngagement, inputId: uuidSchema }).strict()),
  /** A dot vote on an idea, or one taken back. */
  'session:voteInput': op<SessionInput>()(
    z
      .object({
        ...inEngagement,
        inputId: uuidSchema,
        delta: z.union([z.literal(1), z.literal(-1)]),
      })
      .strict(),
  ),
  /** The input as a finding, with session, part and round as source; fields override. */
  'session:inputToFinding': op<Finding>()(
    z
      .object({
        ...inEngagement,
        inputId: uuidSchema,
        fields: findingFieldsSchema.partial().strict().optional(),
      })
      .strict(),
  ),
  'session:tallySet': op<StatementTally>()(
    z
      .object({
        ...inEngagement,
        partId: uuidSchema,
        round: roundSchema,
        eens: z.number().int().min(0).max(TALLY_MAX),
        oneens: z.number().int().min(0).max(TALLY_MAX),
        neutraal: z.number().int().min(0).max(TALLY_MAX),
      })
      .strict(),
  ),
  'session:tallyIncrement': op<StatementTally>()(
    z
      .object({
        ...inEngagement,
        partId: uuidSchema,
        round: roundSchema,
        answer: tallyAnswerSchema,
        /** 1 when absent; −1 takes a mistaken count back. */
        delta: z.union([z.literal(1), z.literal(-1)]).optional(),
      })
      .strict(),
  ),
  'session:tallyReset': op<StatementTally>()(
    z.object({ ...inEngagement, partId: uuidSchema, round: roundSchema }).strict(),
  ),
  'session:tallyReveal': op<StatementTally>()(
    z
      .object({ ...inEngagement, partId: uuidSchema, round: roundSchema, revealed: z.boolean() })
      .strict(),
  ),

  // Full-text search over notes, passages, documents, findings and stakeholders.
  // Puts back exactly what a delete removed (same ids and links), while its token lasts.
  'undo:restore': op<{ restored: number }>()(
    z.object({ ...inEngagement, token: uuidSchema }).strict(),
  ),

  'search:query': op<SearchHit[]>()(
    z
      .object({
        ...inEngagement,
        query: z.string().max(200),
        limit: z.number().int().min(1).max(200).optional(),
      })
      .strict(),
  ),

  // Exports: a job per document, because a large one takes seconds and can be cancelled.
  // The bytes leave through a shell (save dialog in Electron, a download in browser mode).
  'export:types': op<ExportTypeInfo[]>()(none),
  'export:start': op<ExportJobStatus>()(
    z
      .object({
        ...inEngagement,
        type: exportTypeSchema,
        interviewId: uuidSchema.optional(),
        /** The nulmeting exports: the measurement to report (default: the newest). */
        assessmentId: uuidSchema.optional(),
        options: exportOptionsSchema.partial().optional(),
      })
      .strict(),
  ),
  'export:status': op<ExportJobStatus>()(z.object({ jobId: uuidSchema }).strict()),
  'export:cancel': op<ExportJobStatus>()(z.object({ jobId: uuidSchema }).strict()),
  // Words that still look like names in an export without names, for review before it leaves.
  'export:nameCheck': op<NameCandidate[]>()(z.object(inEngagement).strict()),

  ...stakeholderToolsOperations,
  ...visionOperations,
  ...adoptionOperations,
  ...nulmetingOperations,
  ...roadmapOperations,
} as const;

export type Contract = typeof contract;
export type OperationName = keyof Contract;
export const OPERATION_NAMES = Object.keys(contract) as OperationName[];

export type InputOf<K extends OperationName> = z.input<Contract[K]['input']>;
export type ParsedInputOf<K extends OperationName> = z.output<Contract[K]['input']>;
// Exclude, not NonNullable: `output` is optional (a phantom), but an answer may be null on purpose
// (adoption:visionStatus when the vision is not adopted).
export type OutputOf<K extends OperationName> = Exclude<Contract[K]['output'], undefined>;

/** What the renderer sees as `window.koers` (Electron) or its HTTP twin (browser mode). */
export type EngagementApi = {
  [K in OperationName]: (input: InputOf<K>) => Promise<Result<OutputOf<K>>>;
};

export const isOperationName = (name: unknown): name is OperationName =>
  typeof name === 'string' && Object.prototype.hasOwnProperty.call(contract, name);
