import type { DocumentFields, PassageFields } from '../../shared/domain/document.js';
import type { FindingKind } from '../../shared/domain/finding.js';
import type { InterviewStatus } from '../../shared/domain/interview.js';
import type { StakeholderGroup } from '../../shared/domain/stakeholder.js';

// Step 1 of the demo as plain data. Records refer to each other by position or by method id,
// because the UUIDs only exist once the core has stored them.

export interface DemoDocument {
  fields: DocumentFields;
  fileName: string;
  /** One entry per page, each a list of paragraphs; makeDemoPdf turns this into the PDF. */
  pages: string[][];
  /** Each text occurs word for word on its page. */
  passages: PassageFields[];
}

export interface DemoInterview {
  title: string;
  /** Local date-time, yyyy-mm-ddThh:mm. */
  scheduledAt: string;
  location: string;
  /** Names from demoEngagement.consultants. */
  interviewers: string[];
  /** Names from demoStakeholders. */
  participantNames: string[];
  status: InterviewStatus;
  /** Paragraphs per guide question id (resources/method/interview-guide.json). */
  notes: Record<string, string[]>;
  freeNotes: string[];
}

export type DemoFindingSource =
  /** question null: the quote comes from the free notes. */
  | { type: 'interview'; interview: number; question: string | null }
  | { type: 'passage'; document: number; passage: number }
  | { type: 'direct'; group: StakeholderGroup };

export interface DemoFinding {
  statement: string;
  /** Word for word from the source's text; empty for a finding written directly. */
  quote: string;
  kind: FindingKind;
  /** Theme ids of the method's default list ('bevindingen'). */
  themeIds: string[];
  importance: 1 | 2 | 3;
  source: DemoFindingSource;
}
