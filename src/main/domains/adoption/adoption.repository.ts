import type { Insertable, Kysely, Transaction } from 'kysely';
import type { VisionPassageKind } from '../../../shared/domain/vision.js';
import type { Database } from '../schema.js';
import { insertRowsInOrder } from '../../core/insert-batched.js';
import type {
  AdoptionRevisionRow,
  AdoptionTables,
  BorgingItemStateRow,
  DecisionPatch,
  DecisionRow,
  NewDecisionRow,
  NewPresentationRow,
  PresentationPatch,
  PresentationRow,
} from './adoption.table.js';

// All SQL of step 4. Services call these; nothing here decides anything. The reads of other
// areas' tables (the timeline, the trace, the overview's numbers) are here too, as plain reads:
// this area depends on the others, never the other way round.

type Db = Kysely<Database> | Transaction<Database>;

const count = async (
  query: Promise<{ n: number | string | bigint } | undefined>,
): Promise<number> => Number((await query)?.n ?? 0);

// Presentations ---------------------------------------------------------------------------

/** Oldest first. */
export async function listPresentations(db: Db): Promise<PresentationRow[]> {
  return db
    .selectFrom('presentation')
    .selectAll()
    .orderBy('date')
    .orderBy('created_at')
    .orderBy('id')
    .execute();
}

export async function findPresentation(db: Db, id: string): Promise<PresentationRow | undefined> {
  return db.selectFrom('presentation').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function insertPresentation(db: Db, row: NewPresentationRow): Promise<void> {
  await db.insertInto('presentation').values(row).execute();
}

export async function updatePresentation(
  db: Db,
  id: string,
  patch: PresentationPatch,
): Promise<void> {
  await db.updateTable('presentation').set(patch).where('id', '=', id).execute();
}

export async function listPresentationFeedback(
  db: Db,
): Promise<{ presentation_id: string; feedback_id: string }[]> {
  return db.selectFrom('presentation_feedback').selectAll().execute();
}

export async function linkPresentationFeedback(
  db: Db,
  presentationId: string,
  feedbackId: string,
): Promise<void> {
  await db
    .insertInto('presentation_feedback')
    .values({ presentation_id: presentationId, feedback_id: feedbackId })
    .execute();
}

// Decisions -------------------------------------------------------------------------------

/** Oldest first (by the day decided, then the order recorded). */
export async function listDecisions(db: Db): Promise<DecisionRow[]> {
  return db
    .selectFrom('decision')
    .selectAll()
    .orderBy('date')
    .orderBy('created_at')
    .orderBy('id')
    .execute();
}

export async function findDecision(db: Db, id: string): Promise<DecisionRow | undefined> {
  return db.selectFrom('decision').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function insertDecision(db: Db, row: NewDecisionRow): Promise<void> {
  await db.insertInto('decision').values(row).execute();
}

export async function updateDecision(db: Db, id: string, patch: DecisionPatch): Promise<void> {
  await db.updateTable('decision').set(patch).where('id', '=', id).execute();
}

// Revisions -------------------------------------------------------------------------------

export async function latestRevision(db: Db): Promise<AdoptionRevisionRow | undefined> {
  return db
    .selectFrom('adoption_revision')
    .selectAll()
    .orderBy('started_at', 'desc')
    .orderBy('id', 'desc')
    .executeTakeFirst();
}

export async function insertRevision(db: Db, row: AdoptionRevisionRow): Promise<void> {
  await db.insertInto('adoption_revision').values(row).execute();
}

// Borging ---------------------------------------------------------------------------------

export async function listBorgingStates(db: Db): Promise<BorgingItemStateRow[]> {
  return db.selectFrom('borging_item_state').selectAll().orderBy('item_id').execute();
}

export async function upsertBorgingState(db: Db, row: BorgingItemStateRow): Promise<void> {
  const { item_id: _, ...patch } = row;
  await db
    .insertInto('borging_item_state')
    .values(row)
    .onConflict((oc) => oc.column('item_id').doUpdateSet(patch))
    .execute();
}

// Other areas' records, read ----------------------------------------------------------------

export async function stakeholderNames(db: Db): Promise<Map<string, string>> {
  const rows = await db.selectFrom('stakeholder').select(['id', 'name']).execute();
  return new Map(rows.map((r) => [r.id, r.name]));
}

export async function stakeholderExists(db: Db, id: string): Promise<boolean> {
  return (
    (await db.selectFrom('stakeholder').select('id').where('id', '=', id).executeTakeFirst()) !==
    undefined
  );
}

export async function versionLabels(
  db: Db,
): Promise<{ id: string; label: string; status: string; frozen_at: string }[]> {
  return db
    .selectFrom('vision_version')
    .select(['id', 'label', 'status', 'frozen_at'])
    .orderBy('frozen_at')
    .orderBy('id')
    .execute();
}

export async function documentTitles(db: Db): Promise<Map<string, string>> {
  const rows = await db.selectFrom('document').select(['id', 'title']).execute();
  return new Map(rows.map((r) => [r.id, r.title]));
}

export async function documentExists(db: Db, id: string): Promise<boolean> {
  return (
    (await db.selectFrom('document').select('id').where('id', '=', id).executeTakeFirst()) !==
    undefined
  );
}

/** For the timeline: every document with the day it was added and its own date. */
export async function documentEvents(
  db: Db,
): Promise<{ id: string; title: string; document_date: string | null; created_at: string }[]> {
  return db.selectFrom('document').select(['id', 'title', 'document_date', 'created_at']).execute();
}

export async function interviewEvents(
  db: Db,
): Promise<{ id: string; title: string; status_dates_json: string }[]> {
  return db.selectFrom('interview').select(['id', 'title', 'status_dates_json']).execute();
}

export async function sessionEvents(
  db: Db,
): Promise<{ id: string; title: string; status_dates_json: string }[]> {
  return db.selectFrom('session').select(['id', 'title', 'status_dates_json']).execute();
}

/** The passages of the working copy a finding supports. */
export async function passagesOfFinding(
  db: Db,
  findingId: string,
): Promise<{ id: string; kind: string; title: string }[]> {
  return db
    .selectFrom('vision_passage_finding as l')
    .innerJoin('vision_passage as p', 'p.id', 'l.passage_id')
    .select(['p.id as id', 'p.kind as kind', 'p.title as title'])
    .where('l.finding_id', '=', findingId)
    .orderBy('p.position')
    .execute();
}

export async function findVisionPassage(
  db: Db,
  id: string,
): Promise<{ id: string; kind: string; title: string; body: string } | undefined> {
  return db
    .selectFrom('vision_passage')
    .select(['id', 'kind', 'title', 'body'])
    .where('id', '=', id)
    .executeTakeFirst();
}

/** Frozen versions (not restore points) with their content, to find a finding in. */
export async function versionContents(
  db: Db,
): Promise<{ id: string; label: string; status: string; content_json: string }[]> {
  return db
    .selectFrom('vision_version')
    .select(['id', 'label', 'status', 'content_json'])
    .where('status', '<>', 'herstelpunt')
    .orderBy('frozen_at')
    .orderBy('id')
    .execute();
}

// The overview's numbers --------------------------------------------------------------------

/** People in sessions held: the count typed in, else the people named (as the Visiedocument). */
async function heldSessionParticipants(db: Db): Promise<number> {
  const rows = await db
    .selectFrom('session as s')
    .select((eb) => [
      's.participant_count as typed',
      eb
        .selectFrom('session_participant as p')
        .select((e) => e.fn.countAll<number>().as('n'))
        .whereRef('p.session_id', '=', 's.id')
        .as('named'),
    ])
    .where('s.status', '<>', 'gepland')
    .execute();
  return rows.reduce((n, r) => n + (r.typed ?? Number(r.named ?? 0)), 0);
}

/** Passages of the kinds that need evidence (the vision checks' rule) without a finding. */
async function countUnsupportedPassages(
  db: Db,
  kinds: readonly VisionPassageKind[],
): Promise<number> {
  if (kinds.length === 0) return 0;
  return count(
    db
      .selectFrom('vision_passage as p')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('p.kind', 'in', kinds)
      .where((eb) =>
        eb.not(
          eb.exists(
            eb
              .selectFrom('vision_passage_finding as l')
              .select('l.finding_id')
              .whereRef('l.passage_id', '=', 'p.id'),
          ),
        ),
      )
      .executeTakeFirst(),
  );
}

export async function stepCounts(db: Db, supportedKinds: readonly VisionPassageKind[]) {
  const all = (table: keyof Database) =>
    count(
      db
        .selectFrom(table)
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .executeTakeFirst(),
    );
  const [
    documents,
    interviews,
    interviewsHeld,
    findings,
    themes,
    sessions,
    sessionsHeld,
    participants,
    stakeholderPositions,
    roles,
    passages,
    unsupportedPassages,
    versions,
    openFeedback,
    presentations,
    decisions,
  ] = await Promise.all([
    all('document'),
    all('interview'),
    count(
      db
        .selectFrom('interview')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .where('status', '<>', 'gepland')
        .executeTakeFirst(),
    ),
    all('finding'),
    all('theme'),
    all('session'),
    count(
      db
        .selectFrom('session')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .where('status', '<>', 'gepland')
        .executeTakeFirst(),
    ),
    heldSessionParticipants(db),
    all('force_field_position'),
    all('role_assignment'),
    all('vision_passage'),
    countUnsupportedPassages(db, supportedKinds),
    count(
      db
        .selectFrom('vision_version')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .where('status', '<>', 'herstelpunt')
        .executeTakeFirst(),
    ),
    count(
      db
        .selectFrom('vision_feedback')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .where('disposition', '=', 'open')
        .executeTakeFirst(),
    ),
    all('presentation'),
    all('decision'),
  ]);
  return {
    documents,
    interviews,
    interviewsHeld,
    findings,
    themes,
    sessions,
    sessionsHeld,
    participants,
    stakeholderPositions,
    roles,
    passages,
    unsupportedPassages,
    versions,
    openFeedback,
    presentations,
    decisions,
  };
}

// Interchange import ----------------------------------------------------------------------

type ImportedRows = { [T in keyof AdoptionTables]: Insertable<AdoptionTables[T]>[] };

/** An interchange file's rows, parents before children, inside the import's transaction. */
export async function insertImportedRows(db: Db, rows: ImportedRows): Promise<void> {
  await insertRowsInOrder(
    db,
    [
      'presentation',
      'presentation_feedback',
      'decision',
      'borging_item_state',
      'adoption_revision',
    ] as const,
    rows,
  );
}
