// The one list of everything the renderer, the HTTP bridge and the CLI may ask of the core.
// Each entry: a name, an input schema (checked at run time on both sides of every boundary)
// and an output type (checked at compile time). Adding an operation means adding one entry
// here and one handler in the core; the shells need no change.
import { z } from 'zod';
import type { Result } from './result.js';
import { uuidSchema } from './domain/common.js';
import {
  engagementFieldsSchema,
  engagementFileNameSchema,
  type Engagement,
  type OpenEngagement,
} from './domain/engagement.js';
import {
  stakeholderFieldsSchema,
  stakeholderGroupSchema,
  type Stakeholder,
} from './domain/stakeholder.js';
import {
  preferencesPatchSchema,
  type AppInfo,
  type Preferences,
  type RecentEntry,
  type WorkspaceFile,
} from './domain/app.js';
import type { ChecklistItemState, EngagementOverview } from './domain/overview.js';

interface Operation<I extends z.ZodType, O> {
  input: I;
  /** Phantom: carries the output type, never read at run time. */
  output?: O;
}

const op =
  <O>() =>
  <I extends z.ZodType>(input: I): Operation<I, O> => ({ input });

const none = z.object({}).strict();
const inEngagement = { engagementId: uuidSchema };

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
  'engagement:open': op<OpenEngagement>()(z.object({ fileName: engagementFileNameSchema }).strict()),
  'engagement:openRecent': op<OpenEngagement>()(z.object({ recentId: z.string().max(100) }).strict()),
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
      .object({ ...inEngagement, id: uuidSchema, fields: stakeholderFieldsSchema.partial().strict() })
      .strict(),
  ),
  'stakeholder:delete': op<{ id: string }>()(z.object({ ...inEngagement, id: uuidSchema }).strict()),

  'demo:create': op<OpenEngagement>()(none),
} as const;

export type Contract = typeof contract;
export type OperationName = keyof Contract;
export const OPERATION_NAMES = Object.keys(contract) as OperationName[];

export type InputOf<K extends OperationName> = z.input<Contract[K]['input']>;
export type ParsedInputOf<K extends OperationName> = z.output<Contract[K]['input']>;
export type OutputOf<K extends OperationName> = NonNullable<Contract[K]['output']>;

/** What the renderer sees as `window.koers` (Electron) or its HTTP twin (browser mode). */
export type EngagementApi = {
  [K in OperationName]: (input: InputOf<K>) => Promise<Result<OutputOf<K>>>;
};

export const isOperationName = (name: unknown): name is OperationName =>
  typeof name === 'string' && Object.prototype.hasOwnProperty.call(contract, name);
