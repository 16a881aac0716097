import type { Kysely } from 'kysely';
import { z } from 'zod';
import { sessionMethodFileSchema, type SessionMethod } from '../../../shared/domain/method.js';
import {
  SESSION_INPUT_MAX,
  SESSION_PART_KINDS,
  SESSION_ROUNDS_MAX,
  SESSION_STATUSES,
  TALLY_MAX,
} from '../../../shared/domain/session.js';
import { STAKEHOLDER_GROUPS } from '../../../shared/domain/vocabulary.js';
import type { InterchangeSection } from '../../interchange/interchange-section.js';
import { baseIds } from '../../interchange/interchange-section.js';
import type { Database } from '../schema.js';
import { writeMethodPart } from '../engagement/method.repository.js';
import { patchFinding } from '../findings/finding.repository.js';
import * as repo from './session.repository.js';
import type {
  SessionInputRow,
  SessionPartRow,
  SessionRow,
  StatementTallyRow,
} from './session.table.js';

// Work sessions in the JSON interchange format: one property "sessions" with the method copy of
// session types and statements, every session with its parts, inputs and tallies, and which
// findings came from which input. The base format's findings predate sessions, so a finding
// from a session is written there as 'direct' and linked here (findingSources); an older Koers
// reads such a file as direct findings, and a file without this property imports no sessions.

const id = z.uuid();
const instant = z.iso.datetime();
const text = (max: number) => z.string().max(max);
const required = (max: number) => z.string().min(1).max(max);
const day = z.iso.date();
const round = z.number().int().min(1).max(SESSION_ROUNDS_MAX);
const RECORDS_MAX = 1_000_000;

const inputRecord = z.object({
  id,
  round,
  text: text(SESSION_INPUT_MAX),
  votes: z.number().int().min(0).max(1_000_000),
  createdAt: instant,
  updatedAt: instant,
});

const tallyRecord = z.object({
  round,
  eens: z.number().int().min(0).max(TALLY_MAX),
  oneens: z.number().int().min(0).max(TALLY_MAX),
  neutraal: z.number().int().min(0).max(TALLY_MAX),
  revealed: z.boolean(),
  updatedAt: instant,
});

const partRecord = z.object({
  id,
  kind: z.enum(SESSION_PART_KINDS),
  title: required(500),
  body: text(20_000),
  host: text(200),
  rounds: round,
  minutes: z.number().int().min(1).max(480).nullable(),
  municipality: text(200),
  year: z.number().int().min(1900).max(2100).nullable(),
  appeal: text(20_000),
  documentId: id
    .nullable()
    .optional()
    .describe("An example's attachment: the id of one of the engagement's documents."),
  bankStatementId: text(100).nullable().describe('The statement of the bank it was picked from.'),
  createdAt: instant,
  updatedAt: instant,
  inputs: z.array(inputRecord).max(RECORDS_MAX).describe('In round order, then as created.'),
  tallies: z.array(tallyRecord).max(SESSION_ROUNDS_MAX).describe('Statements: one per round.'),
});

const sessionRecord = z.object({
  id,
  type: required(100).describe('A session type id of the method copy (method.sessionTypes).'),
  title: required(300),
  goal: text(4000),
  scheduledAt: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/)
    .nullable(),
  room: text(300),
  facilitators: z.array(required(200)).max(20),
  audienceGroups: z.array(z.enum(STAKEHOLDER_GROUPS)).max(STAKEHOLDER_GROUPS.length),
  participantCount: z.number().int().min(0).max(10_000).nullable(),
  status: z.enum(SESSION_STATUSES),
  statusDates: z.partialRecord(z.enum(SESSION_STATUSES), day),
  notes: text(20_000),
  checklist: z.array(required(100)).max(1000).describe('Ticked checklist item ids.'),
  createdAt: instant,
  updatedAt: instant,
  participants: z.array(id).max(500).describe('Stakeholder ids, in listed order.'),
  parts: z.array(partRecord).max(10_000).describe('In the order of the session.'),
});

const sessionsValue = z.object({
  method: z
    .object({ copiedAt: instant, content: sessionMethodFileSchema })
    .nullable()
    .describe('The session types and statement bank as copied into the engagement.'),
  sessions: z.array(sessionRecord).max(RECORDS_MAX),
  findingSources: z
    .array(z.object({ findingId: id, inputId: id }))
    .max(RECORDS_MAX)
    .describe('Findings (findings[].id, written there as direct) that came from a session input.'),
});

type SessionsValue = z.infer<typeof sessionsValue>;

function groupBy<T>(items: T[], key: (item: T) => string): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    const list = out.get(k);
    if (list) list.push(item);
    else out.set(k, [item]);
  }
  return out;
}

export const sessionsSection: InterchangeSection<SessionsValue> = {
  key: 'sessions',
  since: 2,
  schema: sessionsValue.describe(
    'Work sessions (step 2): sessions with their parts, inputs per round and statement tallies.',
  ),
  read(sqlite) {
    const all = <T>(q: string) => sqlite.prepare(q).all() as T[];
    const method = all<{ content_json: string; copied_at: string }>(
      "SELECT content_json, copied_at FROM method_snapshot WHERE part = 'sessions'",
    )[0];
    const participantsOf = groupBy(
      all<{ session_id: string; stakeholder_id: string }>(
        'SELECT session_id, stakeholder_id FROM session_participant ORDER BY session_id, position, stakeholder_id',
      ),
      (p) => p.session_id,
    );
    const partsOf = groupBy(
      all<SessionPartRow>('SELECT * FROM session_part ORDER BY session_id, position, id'),
      (p) => p.session_id,
    );
    const inputsOf = groupBy(
      all<SessionInputRow>('SELECT * FROM session_input ORDER BY part_id, round, created_at, id'),
      (i) => i.part_id,
    );
    const talliesOf = groupBy(
      all<StatementTallyRow>('SELECT * FROM statement_tally ORDER BY part_id, round'),
      (t) => t.part_id,
    );
    const sessions = all<SessionRow>('SELECT * FROM session ORDER BY created_at, id').map((s) => ({
      id: s.id,
      type: s.session_type,
      title: s.title,
      goal: s.goal,
      scheduledAt: s.scheduled_at,
      room: s.room,
      facilitators: JSON.parse(s.facilitators_json) as string[],
      audienceGroups: JSON.parse(
        s.audience_groups_json,
      ) as SessionsValue['sessions'][number]['audienceGroups'],
      participantCount: s.participant_count,
      status: s.status,
      // In the statuses' own order, so the export does not depend on the order they were set.
      statusDates: Object.fromEntries(
        Object.entries(JSON.parse(s.status_dates_json) as Record<string, string>).sort(
          ([a], [b]) => SESSION_STATUSES.indexOf(a as never) - SESSION_STATUSES.indexOf(b as never),
        ),
      ),
      notes: s.notes,
      checklist: JSON.parse(s.checklist_json) as string[],
      createdAt: s.created_at,
      updatedAt: s.updated_at,
      participants: (participantsOf.get(s.id) ?? []).map((p) => p.stakeholder_id),
      parts: (partsOf.get(s.id) ?? []).map((p) => ({
        id: p.id,
        kind: p.kind,
        title: p.title,
        body: p.body,
        host: p.host,
        rounds: p.rounds,
        minutes: p.minutes,
        municipality: p.municipality,
        year: p.example_year,
        appeal: p.appeal,
        documentId: p.document_id,
        bankStatementId: p.bank_statement_id,
        createdAt: p.created_at,
        updatedAt: p.updated_at,
        inputs: (inputsOf.get(p.id) ?? []).map((i) => ({
          id: i.id,
          round: i.round,
          text: i.text,
          votes: i.votes,
          createdAt: i.created_at,
          updatedAt: i.updated_at,
        })),
        tallies: (talliesOf.get(p.id) ?? []).map((t) => ({
          round: t.round,
          eens: t.eens,
          oneens: t.oneens,
          neutraal: t.neutraal,
          revealed: t.revealed === 1,
          updatedAt: t.updated_at,
        })),
      })),
    }));
    const findingSources = all<{ id: string; session_input_id: string }>(
      "SELECT id, session_input_id FROM finding WHERE source_type = 'session' AND session_input_id IS NOT NULL ORDER BY created_at, id",
    ).map((f) => ({ findingId: f.id, inputId: f.session_input_id }));
    return {
      method: method
        ? {
            copiedAt: method.copied_at,
            content: JSON.parse(method.content_json) as SessionMethod,
          }
        : null,
      sessions,
      findingSources,
    };
  },
  async insert(trx: Kysely<Database>, value) {
    if (value.method) {
      await writeMethodPart(trx, 'sessions', value.method.content, value.method.copiedAt);
    }
    const partOfInput = new Map<string, { sessionId: string; partId: string }>();
    for (const s of value.sessions) {
      await repo.insertSession(trx, {
        id: s.id,
        session_type: s.type,
        title: s.title,
        goal: s.goal,
        scheduled_at: s.scheduledAt,
        room: s.room,
        facilitators_json: JSON.stringify(s.facilitators),
        audience_groups_json: JSON.stringify(s.audienceGroups),
        participant_count: s.participantCount,
        status: s.status,
        status_dates_json: JSON.stringify(s.statusDates),
        notes: s.notes,
        checklist_json: JSON.stringify(s.checklist),
        created_at: s.createdAt,
        updated_at: s.updatedAt,
      });
      await repo.replaceSessionParticipants(trx, s.id, s.participants);
      for (const [position, p] of s.parts.entries()) {
        await repo.insertPart(trx, {
          id: p.id,
          session_id: s.id,
          kind: p.kind,
          position,
          title: p.title,
          body: p.body,
          host: p.host,
          rounds: p.rounds,
          minutes: p.minutes,
          municipality: p.municipality,
          example_year: p.year,
          appeal: p.appeal,
          document_id: p.documentId ?? null,
          bank_statement_id: p.bankStatementId,
          created_at: p.createdAt,
          updated_at: p.updatedAt,
        });
        for (const i of p.inputs) {
          partOfInput.set(i.id, { sessionId: s.id, partId: p.id });
          await repo.insertInput(trx, {
            id: i.id,
            part_id: p.id,
            round: i.round,
            text: i.text,
            votes: i.votes,
            created_at: i.createdAt,
            updated_at: i.updatedAt,
          });
        }
        for (const t of p.tallies) {
          await repo.upsertTally(trx, {
            part_id: p.id,
            round: t.round,
            eens: t.eens,
            oneens: t.oneens,
            neutraal: t.neutraal,
            revealed: t.revealed ? 1 : 0,
            updated_at: t.updatedAt,
          });
        }
      }
    }
    for (const link of value.findingSources) {
      const at = partOfInput.get(link.inputId)!;
      await patchFinding(trx, link.findingId, {
        source_type: 'session',
        session_id: at.sessionId,
        session_part_id: at.partId,
        session_input_id: link.inputId,
      });
    }
  },
  check(value, doc) {
    const base = baseIds(doc);
    const stakeholders = base.stakeholder!;
    const directFindings = new Set(
      doc.findings.filter((f) => f.source.type === 'direct').map((f) => f.id),
    );
    const seen = new Set<string>();
    const inputs = new Set<string>();
    // Every id once in the section: the tables' keys would refuse a repeat mid-import.
    const once = (key: string) => {
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    };
    for (const [i, s] of value.sessions.entries()) {
      if (!once(s.id)) return { path: `sessions.sessions[${i}].id`, id: s.id };
      const people = new Set<string>();
      for (const [j, p] of s.participants.entries()) {
        if (!stakeholders.has(p) || people.has(p))
          return { path: `sessions.sessions[${i}].participants[${j}]`, id: p };
        people.add(p);
      }
      for (const [j, part] of s.parts.entries()) {
        const at = `sessions.sessions[${i}].parts[${j}]`;
        if (!once(part.id)) return { path: `${at}.id`, id: part.id };
        if (part.documentId && !base.document!.has(part.documentId))
          return { path: `${at}.documentId`, id: part.documentId };
        for (const [k, input] of part.inputs.entries()) {
          if (!once(input.id) || input.round > part.rounds)
            return { path: `${at}.inputs[${k}].id`, id: input.id };
          inputs.add(input.id);
        }
        const rounds = new Set<number>();
        for (const [k, t] of part.tallies.entries()) {
          if (rounds.has(t.round) || t.round > part.rounds || part.kind !== 'stelling')
            return { path: `${at}.tallies[${k}].round`, id: String(t.round) };
          rounds.add(t.round);
        }
      }
    }
    const linked = new Set<string>();
    for (const [i, link] of value.findingSources.entries()) {
      if (!directFindings.has(link.findingId) || linked.has(link.findingId))
        return { path: `sessions.findingSources[${i}].findingId`, id: link.findingId };
      linked.add(link.findingId);
      if (!inputs.has(link.inputId))
        return { path: `sessions.findingSources[${i}].inputId`, id: link.inputId };
    }
    return null;
  },
};
