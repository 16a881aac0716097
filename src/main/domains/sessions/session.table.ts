import type { Generated, Selectable, Updateable } from 'kysely';
import type { SessionPartKind, SessionStatus } from '../../../shared/domain/session.js';

export interface SessionTable {
  id: string;
  /** A session type id of the method copy (raadssessie, world-cafe …). */
  session_type: string;
  title: string;
  goal: string;
  scheduled_at: string | null;
  room: string;
  facilitators_json: string;
  audience_groups_json: string;
  participant_count: number | null;
  status: SessionStatus;
  /** { status: yyyy-mm-dd } */
  status_dates_json: string;
  notes: string;
  /** Ticked checklist item ids, as a JSON array. */
  checklist_json: string;
  created_at: string;
  updated_at: string;
}

export interface SessionParticipantTable {
  session_id: string;
  stakeholder_id: string;
  position: number;
}

export interface SessionPartTable {
  id: string;
  session_id: string;
  kind: SessionPartKind;
  position: number;
  title: string;
  body: string;
  host: string;
  rounds: number;
  minutes: number | null;
  municipality: string;
  example_year: number | null;
  appeal: string;
  document_id: string | null;
  bank_statement_id: string | null;
  created_at: string;
  updated_at: string;
}

export interface SessionInputTable {
  id: string;
  part_id: string;
  round: number;
  text: string;
  votes: Generated<number>;
  created_at: string;
  updated_at: string;
}

export interface StatementTallyTable {
  part_id: string;
  round: number;
  eens: number;
  oneens: number;
  neutraal: number;
  revealed: number;
  updated_at: string;
}

/** The tables of this area, as the composed Database (src/main/domains/schema.ts) sees them. */
export interface SessionTables {
  session: SessionTable;
  session_participant: SessionParticipantTable;
  session_part: SessionPartTable;
  session_input: SessionInputTable;
  statement_tally: StatementTallyTable;
}

export type SessionRow = Selectable<SessionTable>;
export type SessionPatch = Updateable<SessionTable>;
export type SessionPartRow = Selectable<SessionPartTable>;
export type SessionPartPatch = Updateable<SessionPartTable>;
export type SessionInputRow = Selectable<SessionInputTable>;
export type StatementTallyRow = Selectable<StatementTallyTable>;
