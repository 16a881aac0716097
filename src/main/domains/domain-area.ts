import type { EngagementSnapshot, SnapshotScope } from '../export/snapshot.js';
import type { InterchangeSection } from '../interchange/interchange-section.js';
import type { CoreContext } from '../core/core-context.js';
import type { Handlers } from '../core/handler-types.js';
import type { OperationName, ParsedInputOf } from '../../shared/contract.js';
import type { MethodPart } from '../method/method-part.js';
import type { TimelineEvent } from '../../shared/domain/adoption.js';
import type { Language } from '../../shared/domain/common.js';

/**
 * A domain area of the core (stakeholders, interviews, work sessions …): everything it is lives
 * in one folder under src/main/domains/, and this descriptor is how it plugs into the core.
 * Its tables and migrations are listed in ./schema.ts, its operations in src/shared/contract.ts,
 * its screens in the renderer's sections table. See README, "Adding a domain area".
 */
export interface DomainArea<H extends Partial<Handlers> = Partial<Handlers>> {
  /** The folder name. */
  readonly name: string;
  /** One function per contract operation of this area; the dispatcher has parsed the input. */
  handlers(ctx: CoreContext): H;
  /**
   * The parts of the method this area brings (resources/method/<file>): loaded and checked at
   * start-up with the rest, copied into every new engagement.
   */
  readonly method?: readonly MethodPart<unknown>[];
  /**
   * Refusals this area adds to other areas' operations, without editing them: each guard runs
   * before the named operation's handler and refuses the call by throwing a KoersError (the
   * adopted vision is read-only, so the adoption area guards the vision's edits). The guarded
   * area never knows; an operation may have guards from several areas, run in area order.
   */
  guards?(ctx: CoreContext): OperationGuards;
  /** Properties this area adds to the JSON interchange format. */
  readonly interchange?: readonly InterchangeSection[];
  /**
   * Adds this area's part to the demo engagement. Runs after the base demo (stakeholders,
   * documents, interviews, findings) and after the areas listed before it.
   */
  demo?(ctx: CoreContext, engagementId: string): Promise<void>;
  /**
   * This area's part of an export snapshot, read inside the snapshot's read transaction. Plain
   * data only: it crosses to a worker thread. `scope` is what the document type reads.
   */
  snapshot?(
    ctx: CoreContext,
    engagementId: string,
    scope: SnapshotScope,
  ): Promise<Partial<EngagementSnapshot>>;
  /**
   * This area's dated events on the engagement's timeline (timeline:list and the adoption
   * dossier), titles in `language`, in any order: the timeline sorts them in with the rest.
   * Only reads: it also runs inside an export snapshot's read transaction.
   */
  timeline?(ctx: CoreContext, engagementId: string, language: Language): Promise<TimelineEvent[]>;
}

/** A check before an operation's handler; it refuses the call by throwing a KoersError. */
export type OperationGuards = Partial<{
  [K in OperationName]: (input: ParsedInputOf<K>) => Promise<void>;
}>;

/** A descriptor, typed by its own handlers, so the core can check every operation is answered. */
export const domainArea = <H extends Partial<Handlers>>(area: DomainArea<H>): DomainArea<H> => area;
