import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Language } from '../../../shared/domain/common.js';
import type { Finding, FindingFields } from '../../../shared/domain/finding.js';
import { localize } from '../../../shared/domain/method.js';
import type { SessionMethod } from '../../../shared/domain/method.js';
import type {
  BankStatement,
  Session,
  SessionFields,
  SessionInput,
  SessionInputSaved,
  SessionPartFields,
  SessionPartKind,
  SessionStatus,
  SessionSummary,
  SessionTypeInfo,
  StatementTally,
  TallyAnswer,
} from '../../../shared/domain/session.js';
import { KoersError } from '../../base/koers-error.js';
import type { CoreContext } from '../../core/core-context.js';
import { removeRecord, type Removed } from '../../core/remove-record.js';
import { findEngagement } from '../engagement/engagement.repository.js';
import { findDocument } from '../documents/document.repository.js';
import { engagementMethodPart } from '../../method/method-part.js';
import { sessionsMethod } from './session.method.js';
import { createFinding } from '../findings/finding.service.js';
import type { Database } from '../schema.js';
import {
  emptyTally,
  inputFromRow,
  partFromRow,
  sessionFrom,
  summaryFromRow,
  tallyFromRow,
} from './session.mapper.js';
import * as repo from './session.repository.js';
import type { SessionPartPatch, SessionPartRow, SessionPatch } from './session.table.js';

// The rules of work sessions. All SQL is in session.repository.ts.

type Db = Kysely<Database>;

const dbOf = (ctx: CoreContext, engagementId: string): Db => ctx.open.get(engagementId).file.db;
const today = (ctx: CoreContext) => ctx.now().slice(0, 10);
const NO_COUNTS: repo.SessionCounts = { parts: 0, inputs: 0, findings: 0 };

// ---- The method copy ----

/**
 * The session types and statement bank as copied into this engagement. Files made before
 * sessions existed (schema v3 and older) get today's on first use and keep that copy.
 */
export async function sessionMethodOf(ctx: CoreContext, db: Db): Promise<SessionMethod> {
  return engagementMethodPart(ctx, db, sessionsMethod);
}

async function languageOf(db: Db): Promise<Language> {
  return ((await findEngagement(db))?.language ?? 'nl') as Language;
}

export async function listSessionTypes(
  ctx: CoreContext,
  engagementId: string,
): Promise<SessionTypeInfo[]> {
  const db = dbOf(ctx, engagementId);
  const [method, language] = await Promise.all([sessionMethodOf(ctx, db), languageOf(db)]);
  return method.sessionTypes.map((t) => ({
    id: t.id,
    name: localize(t.name, language),
    description: localize(t.description, language),
    agenda: t.agenda.map((a) => ({
      title: localize(a.title, language),
      minutes: a.minutes,
      description: a.description ? localize(a.description, language) : null,
    })),
    checklist: t.checklist.map((c) => ({ id: c.id, label: localize(c.label, language) })),
  }));
}

export async function listStatementBank(
  ctx: CoreContext,
  engagementId: string,
  themeId?: string,
): Promise<BankStatement[]> {
  const db = dbOf(ctx, engagementId);
  const [method, language] = await Promise.all([sessionMethodOf(ctx, db), languageOf(db)]);
  const themes = new Map(method.statementThemes.map((t) => [t.id, localize(t.name, language)]));
  return method.statements
    .filter((s) => themeId === undefined || s.theme === themeId)
    .map((s) => ({
      id: s.id,
      themeId: s.theme,
      themeName: themes.get(s.theme) ?? s.theme,
      text: localize(s.text, language),
    }));
}

// ---- Reading ----

async function summaryOf(db: Db, id: string): Promise<SessionSummary> {
  const row = await repo.findSession(db, id);
  if (!row) throw new KoersError('NOT_FOUND');
  const [participants, counts] = await Promise.all([
    repo.listSessionParticipants(db, id),
    repo.countsBySession(db),
  ]);
  return summaryFromRow(row, participants, counts.get(id) ?? NO_COUNTS);
}

async function sessionOf(db: Db, id: string): Promise<Session> {
  const summary = await summaryOf(db, id);
  const [parts, inputs, tallies, findings] = await Promise.all([
    repo.listParts(db, id),
    repo.listInputs(db, id),
    repo.listTallies(db, id),
    repo.findingIdsBySessionInput(db, id),
  ]);
  const inputsOf = new Map<string, SessionInput[]>();
  for (const row of inputs)
    inputsOf.set(row.part_id, [
      ...(inputsOf.get(row.part_id) ?? []),
      inputFromRow(row, findings.get(row.id) ?? []),
    ]);
  const talliesOf = new Map<string, StatementTally[]>();
  for (const row of tallies)
    talliesOf.set(row.part_id, [...(talliesOf.get(row.part_id) ?? []), tallyFromRow(row)]);
  return sessionFrom(
    summary,
    parts.map((p) => partFromRow(p, inputsOf.get(p.id) ?? [], talliesOf.get(p.id) ?? [])),
  );
}

export async function listEngagementSessions(
  ctx: CoreContext,
  engagementId: string,
): Promise<SessionSummary[]> {
  const db = dbOf(ctx, engagementId);
  const [rows, participants, counts] = await Promise.all([
    repo.listSessions(db),
    repo.listSessionParticipants(db),
    repo.countsBySession(db),
  ]);
  const bySession = new Map<string, repo.SessionParticipantRow[]>();
  for (const p of participants)
    bySession.set(p.session_id, [...(bySession.get(p.session_id) ?? []), p]);
  return rows.map((row) =>
    summaryFromRow(row, bySession.get(row.id) ?? [], counts.get(row.id) ?? NO_COUNTS),
  );
}

export async function getSession(
  ctx: CoreContext,
  engagementId: string,
  id: string,
): Promise<Session> {
  return sessionOf(dbOf(ctx, engagementId), id);
}

// ---- Sessions ----

async function assertStakeholders(db: Db, ids: string[]): Promise<void> {
  if ((await repo.countExistingStakeholders(db, ids)) !== ids.length)
    throw new KoersError('NOT_FOUND');
}

export async function createSession(
  ctx: CoreContext,
  engagementId: string,
  type: string,
  fields: Partial<SessionFields> & Pick<SessionFields, 'title'>,
  withAgenda = true,
): Promise<Session> {
  const db = dbOf(ctx, engagementId);
  const [method, language] = await Promise.all([sessionMethodOf(ctx, db), languageOf(db)]);
  const sessionType = method.sessionTypes.find((t) => t.id === type);
  if (!sessionType) throw new KoersError('NOT_FOUND');
  const participantIds = [...new Set(fields.participantIds ?? [])];
  await assertStakeholders(db, participantIds);
  const id = randomUUID();
  const now = ctx.now();
  await db.transaction().execute(async (trx) => {
    await repo.insertSession(trx, {
      id,
      session_type: type,
      title: fields.title,
      goal: fields.goal ?? '',
      scheduled_at: fields.scheduledAt ?? null,
      room: fields.room ?? '',
      facilitators_json: JSON.stringify(fields.facilitators ?? []),
      audience_groups_json: JSON.stringify([...new Set(fields.audienceGroups ?? [])]),
      participant_count: fields.participantCount ?? null,
      status: 'gepland',
      status_dates_json: JSON.stringify({ gepland: today(ctx) }),
      notes: fields.notes ?? '',
      checklist_json: '[]',
      created_at: now,
      updated_at: now,
    });
    await repo.replaceSessionParticipants(trx, id, participantIds);
    if (withAgenda) {
      for (const [position, item] of sessionType.agenda.entries()) {
        await repo.insertPart(trx, {
          ...partDefaults('agendapunt'),
          id: randomUUID(),
          session_id: id,
          kind: 'agendapunt',
          position,
          title: localize(item.title, language),
          body: item.description ? localize(item.description, language) : '',
          minutes: item.minutes,
          created_at: now,
          updated_at: now,
        });
      }
    }
  });
  return sessionOf(db, id);
}

export async function updateSessionFields(
  ctx: CoreContext,
  engagementId: string,
  id: string,
  fields: Partial<SessionFields>,
): Promise<SessionSummary> {
  const db = dbOf(ctx, engagementId);
  if (!(await repo.findSession(db, id))) throw new KoersError('NOT_FOUND');
  const participantIds = fields.participantIds && [...new Set(fields.participantIds)];
  if (participantIds) await assertStakeholders(db, participantIds);
  await db.transaction().execute(async (trx) => {
    const patch: SessionPatch = { updated_at: ctx.now() };
    if (fields.title !== undefined) patch.title = fields.title;
    if (fields.goal !== undefined) patch.goal = fields.goal;
    if (fields.scheduledAt !== undefined) patch.scheduled_at = fields.scheduledAt;
    if (fields.room !== undefined) patch.room = fields.room;
    if (fields.facilitators !== undefined)
      patch.facilitators_json = JSON.stringify(fields.facilitators);
    if (fields.audienceGroups !== undefined)
      patch.audience_groups_json = JSON.stringify([...new Set(fields.audienceGroups)]);
    if (fields.participantCount !== undefined) patch.participant_count = fields.participantCount;
    if (fields.notes !== undefined) patch.notes = fields.notes;
    await repo.updateSession(trx, id, patch);
    if (participantIds) await repo.replaceSessionParticipants(trx, id, participantIds);
  });
  return summaryOf(db, id);
}

/**
 * Moves the session to a status and records the day (today unless given). Going back is
 * allowed (a report sent too early); the dates of the other statuses stay.
 */
export async function setSessionStatus(
  ctx: CoreContext,
  engagementId: string,
  id: string,
  status: SessionStatus,
  date?: string,
): Promise<SessionSummary> {
  const db = dbOf(ctx, engagementId);
  const row = await repo.findSession(db, id);
  if (!row) throw new KoersError('NOT_FOUND');
  const dates = {
    ...(JSON.parse(row.status_dates_json) as Record<string, string>),
    [status]: date ?? today(ctx),
  };
  await repo.updateSession(db, id, {
    status,
    status_dates_json: JSON.stringify(dates),
    updated_at: ctx.now(),
  });
  return summaryOf(db, id);
}

/** Corrects the day a status was reached, without changing the status. */
export async function setSessionStatusDate(
  ctx: CoreContext,
  engagementId: string,
  id: string,
  status: SessionStatus,
  date: string | null,
): Promise<SessionSummary> {
  const db = dbOf(ctx, engagementId);
  const row = await repo.findSession(db, id);
  if (!row) throw new KoersError('NOT_FOUND');
  const dates = JSON.parse(row.status_dates_json) as Record<string, string>;
  if (date === null) delete dates[status];
  else dates[status] = date;
  await repo.updateSession(db, id, {
    status_dates_json: JSON.stringify(dates),
    updated_at: ctx.now(),
  });
  return summaryOf(db, id);
}

export async function setSessionChecklistItem(
  ctx: CoreContext,
  engagementId: string,
  id: string,
  itemId: string,
  done: boolean,
): Promise<SessionSummary> {
  const db = dbOf(ctx, engagementId);
  const row = await repo.findSession(db, id);
  if (!row) throw new KoersError('NOT_FOUND');
  const method = await sessionMethodOf(ctx, db);
  const type = method.sessionTypes.find((t) => t.id === row.session_type);
  if (!type?.checklist.some((c) => c.id === itemId)) throw new KoersError('NOT_FOUND');
  const ticked = new Set(JSON.parse(row.checklist_json) as string[]);
  if (done) ticked.add(itemId);
  else ticked.delete(itemId);
  // In the checklist's own order, so the stored value does not depend on the clicking order.
  const ordered = type.checklist.map((c) => c.id).filter((c) => ticked.has(c));
  await repo.updateSession(db, id, {
    checklist_json: JSON.stringify(ordered),
    updated_at: ctx.now(),
  });
  return summaryOf(db, id);
}

/** Its parts, inputs, tallies and the findings made from them go with it (undo restores). */
export async function deleteSession(
  ctx: CoreContext,
  engagementId: string,
  id: string,
): Promise<Removed> {
  return removeRecord(ctx, engagementId, 'session', id);
}

// ---- Parts ----

function partDefaults(kind: SessionPartKind) {
  return {
    body: '',
    host: '',
    // A statement is voted on before and after the discussion; the rest starts with one round.
    rounds: kind === 'stelling' ? 2 : 1,
    minutes: null,
    municipality: '',
    example_year: null,
    appeal: '',
    document_id: null,
    bank_statement_id: null,
  };
}

/** An attachment must be one of the engagement's documents. */
async function assertDocument(db: Db, documentId: string | null | undefined): Promise<void> {
  if (documentId && !(await findDocument(db, documentId))) throw new KoersError('NOT_FOUND');
}

async function partOf(db: Db, partId: string): Promise<SessionPartRow> {
  const part = await repo.findPart(db, partId);
  if (!part) throw new KoersError('NOT_FOUND');
  return part;
}

function partPatch(fields: Partial<SessionPartFields>): SessionPartPatch {
  const patch: SessionPartPatch = {};
  if (fields.title !== undefined) patch.title = fields.title;
  if (fields.body !== undefined) patch.body = fields.body;
  if (fields.host !== undefined) patch.host = fields.host;
  if (fields.rounds !== undefined) patch.rounds = fields.rounds;
  if (fields.minutes !== undefined) patch.minutes = fields.minutes;
  if (fields.municipality !== undefined) patch.municipality = fields.municipality;
  if (fields.year !== undefined) patch.example_year = fields.year;
  if (fields.appeal !== undefined) patch.appeal = fields.appeal;
  if (fields.documentId !== undefined) patch.document_id = fields.documentId;
  return patch;
}

async function insertPartAt(
  ctx: CoreContext,
  db: Db,
  sessionId: string,
  row: { kind: SessionPartKind; title: string; bankStatementId?: string },
  fields: Partial<SessionPartFields>,
  position?: number,
): Promise<string> {
  if (!(await repo.findSession(db, sessionId))) throw new KoersError('NOT_FOUND');
  await assertDocument(db, fields.documentId);
  const existing = await repo.listParts(db, sessionId);
  const id = randomUUID();
  const now = ctx.now();
  await db.transaction().execute(async (trx) => {
    await repo.insertPart(trx, {
      ...partDefaults(row.kind),
      ...partPatch(fields),
      id,
      session_id: sessionId,
      kind: row.kind,
      position: existing.length,
      title: row.title,
      bank_statement_id: row.bankStatementId ?? null,
      created_at: now,
      updated_at: now,
    });
    const order = existing.map((p) => p.id);
    order.splice(Math.min(position ?? order.length, order.length), 0, id);
    await repo.renumberParts(trx, order);
    await repo.updateSession(trx, sessionId, { updated_at: now });
  });
  return id;
}

export async function addPart(
  ctx: CoreContext,
  engagementId: string,
  sessionId: string,
  kind: SessionPartKind,
  fields: Partial<SessionPartFields> & Pick<SessionPartFields, 'title'>,
  position?: number,
): Promise<Session> {
  const db = dbOf(ctx, engagementId);
  await insertPartAt(ctx, db, sessionId, { kind, title: fields.title }, fields, position);
  return sessionOf(db, sessionId);
}

/** A statement of the bank as a part of the session; its text can be sharpened afterwards. */
export async function addStatementFromBank(
  ctx: CoreContext,
  engagementId: string,
  sessionId: string,
  statementId: string,
  position?: number,
): Promise<Session> {
  const db = dbOf(ctx, engagementId);
  const bank = await listStatementBank(ctx, engagementId);
  const statement = bank.find((s) => s.id === statementId);
  if (!statement) throw new KoersError('NOT_FOUND');
  await insertPartAt(
    ctx,
    db,
    sessionId,
    { kind: 'stelling', title: statement.text, bankStatementId: statement.id },
    {},
    position,
  );
  return sessionOf(db, sessionId);
}

export async function updatePartFields(
  ctx: CoreContext,
  engagementId: string,
  partId: string,
  fields: Partial<SessionPartFields>,
): Promise<Session> {
  const db = dbOf(ctx, engagementId);
  const part = await partOf(db, partId);
  await assertDocument(db, fields.documentId);
  if (fields.rounds !== undefined && fields.rounds < part.rounds) {
    // Fewer rounds would hide what was typed or counted in the ones that go.
    const used = [
      ...(await repo.listInputs(db, part.session_id)).filter((i) => i.part_id === partId),
      ...(await repo.listTallies(db, part.session_id)).filter((t) => t.part_id === partId),
    ].some((r) => r.round > fields.rounds!);
    if (used) throw new KoersError('SESSION_ROUND_IN_USE', { rounds: fields.rounds });
  }
  const now = ctx.now();
  await db.transaction().execute(async (trx) => {
    await repo.updatePart(trx, partId, { ...partPatch(fields), updated_at: now });
    await repo.updateSession(trx, part.session_id, { updated_at: now });
  });
  return sessionOf(db, part.session_id);
}

export async function movePart(
  ctx: CoreContext,
  engagementId: string,
  partId: string,
  position: number,
): Promise<Session> {
  const db = dbOf(ctx, engagementId);
  const part = await partOf(db, partId);
  const order = (await repo.listParts(db, part.session_id))
    .map((p) => p.id)
    .filter((id) => id !== partId);
  order.splice(Math.min(position, order.length), 0, partId);
  await db.transaction().execute((trx) => repo.renumberParts(trx, order));
  return sessionOf(db, part.session_id);
}

/**
 * Its inputs, tallies and the findings made from them go with it (undo restores). The others
 * keep their positions, so an undone part returns to its place.
 */
export async function deletePart(
  ctx: CoreContext,
  engagementId: string,
  partId: string,
): Promise<Removed> {
  return removeRecord(ctx, engagementId, 'session_part', partId);
}

// ---- Inputs ----

function assertRound(part: SessionPartRow, round: number): void {
  if (round > part.rounds)
    throw new KoersError('SESSION_ROUND_MISSING', { round, rounds: part.rounds });
}

async function inputOf(db: Db, id: string): Promise<SessionInput> {
  const row = await repo.findInput(db, id);
  if (!row) throw new KoersError('NOT_FOUND');
  const findings = await repo.findingIdsBySessionInput(db, row.session_id);
  return inputFromRow(row, findings.get(id) ?? []);
}

/** A new input in a part and round; durable before it answers, like every autosave. */
export async function addInput(
  ctx: CoreContext,
  engagementId: string,
  partId: string,
  round: number,
  text: string,
): Promise<SessionInput> {
  const db = dbOf(ctx, engagementId);
  const part = await partOf(db, partId);
  assertRound(part, round);
  const id = randomUUID();
  const now = ctx.now();
  await repo.insertInput(db, {
    id,
    part_id: partId,
    round,
    text,
    created_at: now,
    updated_at: now,
  });
  return inputOf(db, id);
}

/**
 * The autosave of an input as it is typed: one UPDATE in its own transaction; with
 * synchronous = FULL the answer only goes back once the text is on disk.
 */
export async function saveInput(
  ctx: CoreContext,
  engagementId: string,
  inputId: string,
  text: string,
): Promise<SessionInputSaved> {
  const db = dbOf(ctx, engagementId);
  const now = ctx.now();
  if (!(await repo.saveInputText(db, inputId, text, now))) throw new KoersError('NOT_FOUND');
  const row = await repo.findInput(db, inputId);
  return { id: inputId, partId: row!.part_id, round: row!.round, updatedAt: now };
}

/** The findings made from it go with it (undo restores). */
export async function deleteInput(
  ctx: CoreContext,
  engagementId: string,
  inputId: string,
): Promise<Removed> {
  return removeRecord(ctx, engagementId, 'session_input', inputId);
}

/** A dot vote on an idea (+1) or one taken back (−1); never below zero. */
export async function voteInput(
  ctx: CoreContext,
  engagementId: string,
  inputId: string,
  delta: 1 | -1,
): Promise<SessionInput> {
  const db = dbOf(ctx, engagementId);
  if (!(await repo.addVotes(db, inputId, delta, ctx.now()))) throw new KoersError('NOT_FOUND');
  return inputOf(db, inputId);
}

/**
 * Turns an input into a finding in one action, with the session, part and round as its source.
 * The statement defaults to the input's text (the first 2000 characters), the quote to all of it.
 */
export async function inputToFinding(
  ctx: CoreContext,
  engagementId: string,
  inputId: string,
  fields: Partial<FindingFields>,
): Promise<Finding> {
  const db = dbOf(ctx, engagementId);
  const input = await repo.findInput(db, inputId);
  if (!input) throw new KoersError('NOT_FOUND');
  const text = input.text.trim();
  if (text === '' && !fields.statement) throw new KoersError('SESSION_INPUT_EMPTY');
  return createFinding(
    ctx,
    engagementId,
    { type: 'session', inputId },
    {
      ...fields,
      statement: fields.statement ?? text.slice(0, 2000).trim(),
      quote: fields.quote ?? (text.length > 2000 ? text : ''),
      kind: fields.kind ?? 'uitdaging',
    },
  );
}

// ---- Statement tallies ----

async function statementOf(db: Db, partId: string, round: number): Promise<SessionPartRow> {
  const part = await partOf(db, partId);
  if (part.kind !== 'stelling') throw new KoersError('SESSION_NOT_A_STATEMENT');
  assertRound(part, round);
  return part;
}

async function tallyOf(
  ctx: CoreContext,
  db: Db,
  partId: string,
  round: number,
): Promise<StatementTally> {
  const row = await repo.findTally(db, partId, round);
  return row ? tallyFromRow(row) : emptyTally(partId, round, ctx.now());
}

/** The counts of one round as typed (e.g. after a show of hands). */
export async function setTally(
  ctx: CoreContext,
  engagementId: string,
  partId: string,
  round: number,
  counts: Record<TallyAnswer, number>,
): Promise<StatementTally> {
  const db = dbOf(ctx, engagementId);
  await statementOf(db, partId, round);
  await repo.upsertTally(db, { part_id: partId, round, ...counts, updated_at: ctx.now() });
  return tallyOf(ctx, db, partId, round);
}

/** One answer counted (a key or a click per person), or taken back with delta −1. */
export async function incrementTally(
  ctx: CoreContext,
  engagementId: string,
  partId: string,
  round: number,
  answer: TallyAnswer,
  delta: 1 | -1,
): Promise<StatementTally> {
  const db = dbOf(ctx, engagementId);
  await statementOf(db, partId, round);
  await db
    .transaction()
    .execute((trx) => repo.incrementTally(trx, partId, round, answer, delta, ctx.now()));
  return tallyOf(ctx, db, partId, round);
}

/** Starts the round's count again: zero and hidden. */
export async function resetTallyRound(
  ctx: CoreContext,
  engagementId: string,
  partId: string,
  round: number,
): Promise<StatementTally> {
  const db = dbOf(ctx, engagementId);
  await statementOf(db, partId, round);
  await repo.upsertTally(db, {
    part_id: partId,
    round,
    eens: 0,
    oneens: 0,
    neutraal: 0,
    revealed: 0,
    updated_at: ctx.now(),
  });
  return tallyOf(ctx, db, partId, round);
}

/** Shows (or hides again) the round's result on the room display. */
export async function revealTally(
  ctx: CoreContext,
  engagementId: string,
  partId: string,
  round: number,
  revealed: boolean,
): Promise<StatementTally> {
  const db = dbOf(ctx, engagementId);
  await statementOf(db, partId, round);
  await repo.setTallyRevealed(db, partId, round, revealed, ctx.now());
  return tallyOf(ctx, db, partId, round);
}
