import type {
  Session,
  SessionInput,
  SessionPart,
  SessionSummary,
  StatementTally,
} from '../../../shared/domain/session.js';
import type { SessionCounts, SessionParticipantRow } from './session.repository.js';
import type {
  SessionInputRow,
  SessionPartRow,
  SessionRow,
  StatementTallyRow,
} from './session.table.js';

// Rows of the sessions area to the camelCase types of src/shared/domain/session.ts.

export function summaryFromRow(
  row: SessionRow,
  participants: SessionParticipantRow[],
  counts: SessionCounts,
): SessionSummary {
  return {
    id: row.id,
    type: row.session_type,
    title: row.title,
    goal: row.goal,
    scheduledAt: row.scheduled_at,
    room: row.room,
    facilitators: JSON.parse(row.facilitators_json) as string[],
    audienceGroups: JSON.parse(row.audience_groups_json) as SessionSummary['audienceGroups'],
    participantCount: row.participant_count,
    participants: participants.map((p) => ({
      id: p.id,
      name: p.name,
      pseudonym: p.pseudonym,
      group: p.group_code as SessionSummary['participants'][number]['group'],
    })),
    status: row.status,
    statusDates: JSON.parse(row.status_dates_json) as SessionSummary['statusDates'],
    notes: row.notes,
    checklist: JSON.parse(row.checklist_json) as string[],
    partCount: counts.parts,
    inputCount: counts.inputs,
    findingCount: counts.findings,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

export const inputFromRow = (row: SessionInputRow, findingIds: string[]): SessionInput => ({
  id: row.id,
  partId: row.part_id,
  round: row.round,
  text: row.text,
  votes: row.votes,
  findingIds,
  createdAt: row.created_at,
  updatedAt: row.updated_at,
});

export const tallyFromRow = (row: StatementTallyRow): StatementTally => ({
  partId: row.part_id,
  round: row.round,
  eens: row.eens,
  oneens: row.oneens,
  neutraal: row.neutraal,
  revealed: row.revealed === 1,
  updatedAt: row.updated_at,
});

/** A round nobody has tallied yet: all zero and hidden. */
export const emptyTally = (partId: string, round: number, at: string): StatementTally => ({
  partId,
  round,
  eens: 0,
  oneens: 0,
  neutraal: 0,
  revealed: false,
  updatedAt: at,
});

export function partFromRow(
  row: SessionPartRow,
  inputs: SessionInput[],
  tallies: StatementTally[],
): SessionPart {
  return {
    id: row.id,
    sessionId: row.session_id,
    kind: row.kind,
    position: row.position,
    title: row.title,
    body: row.body,
    host: row.host,
    rounds: row.rounds,
    minutes: row.minutes,
    municipality: row.municipality,
    year: row.example_year,
    appeal: row.appeal,
    documentId: row.document_id,
    bankStatementId: row.bank_statement_id,
    inputs,
    tallies,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

export function sessionFrom(summary: SessionSummary, parts: SessionPart[]): Session {
  return { ...summary, parts };
}
