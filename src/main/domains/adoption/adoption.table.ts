import type { Insertable, Selectable, Updateable } from 'kysely';
import type {
  BorgingStatus,
  DecisionBody,
  DecisionKind,
  DecisionSubject,
  PresentationAudience,
} from '../../../shared/domain/adoption.js';

// Since file version 7 (0007-adoption). Ids are UUID text, dates yyyy-mm-dd, timestamps ISO
// text. A borging item's state is keyed by the method item's id (resources/method/borging.json):
// an item without a row is open and has no owner.

export interface PresentationTable {
  id: string;
  audience: PresentationAudience;
  title: string;
  date: string;
  version_id: string | null;
  attendees: string;
  notes: string;
  created_at: string;
  updated_at: string;
}

/** The vision feedback given at a presentation. */
export interface PresentationFeedbackTable {
  presentation_id: string;
  feedback_id: string;
}

export interface DecisionTable {
  id: string;
  body: DecisionBody;
  kind: DecisionKind;
  subject: DecisionSubject;
  date: string;
  reference: string;
  version_id: string | null;
  document_id: string | null;
  notes: string;
  created_at: string;
  updated_at: string;
}

export interface BorgingItemStateTable {
  item_id: string;
  status: BorgingStatus;
  owner_stakeholder_id: string | null;
  owner_text: string;
  due_date: string | null;
  notes: string;
  updated_at: string;
}

/** A revision of the adopted vision, started after the decision it reopens. */
export interface AdoptionRevisionTable {
  id: string;
  /** The latest adopting decision when the revision started; null once that decision is gone. */
  decision_id: string | null;
  started_at: string;
}

/** The tables of this area, as the composed Database (src/main/domains/schema.ts) sees them. */
export interface AdoptionTables {
  presentation: PresentationTable;
  presentation_feedback: PresentationFeedbackTable;
  decision: DecisionTable;
  borging_item_state: BorgingItemStateTable;
  adoption_revision: AdoptionRevisionTable;
}

export type PresentationRow = Selectable<PresentationTable>;
export type NewPresentationRow = Insertable<PresentationTable>;
export type PresentationPatch = Updateable<PresentationTable>;
export type DecisionRow = Selectable<DecisionTable>;
export type NewDecisionRow = Insertable<DecisionTable>;
export type DecisionPatch = Updateable<DecisionTable>;
export type BorgingItemStateRow = Selectable<BorgingItemStateTable>;
export type AdoptionRevisionRow = Selectable<AdoptionRevisionTable>;
