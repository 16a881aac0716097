import type { DocumentDetail } from '../../shared/domain/document.js';
import type { Engagement } from '../../shared/domain/engagement.js';
import type { Finding } from '../../shared/domain/finding.js';
import type { Interview } from '../../shared/domain/interview.js';
import type { GuideQuestion } from '../../shared/domain/method.js';
import type { Theme } from '../../shared/domain/overview.js';
import type { Session } from '../../shared/domain/session.js';
import type { Stakeholder } from '../../shared/domain/stakeholder.js';
import type {
  ForceFieldPosition,
  ForceFieldSnapshot,
  Iceberg,
  InterestConflict,
  Party,
  RoleAssignment,
  StakeholderToolsGuide,
  ValueWeight,
} from '../../shared/domain/stakeholder-tools.js';
import type { Language } from '../../shared/domain/common.js';
import type { VisionSnapshot } from '../../shared/domain/vision.js';
import type { AdoptionSnapshot } from '../../shared/domain/adoption.js';

/**
 * Which of the costly parts of a snapshot a document type reads. Interviews carry all their
 * notes and documents their passages: the findings register of a large engagement does not
 * need 600 interviews' notes read, copied to a worker and thrown away. Parts not asked for
 * are empty lists.
 */
export interface SnapshotScope {
  /** 'one': only the interview of the run (`interviewId`). */
  interviews: 'all' | 'one' | 'none';
  documents: boolean;
  /** Work sessions with their parts, inputs and tallies (the sessions area adds them). */
  sessions?: boolean;
  /** Parties, krachtenveld, value map, icebergs, conflicts and roles (the stakeholder-tools area). */
  stakeholderTools?: boolean;
  /** The vision with its linked findings, versions, feedback and approach counts (vision area). */
  vision?: boolean;
  /** Presentations, decisions, borging and the timeline of step 4 (adoption area). */
  adoption?: boolean;
}

/** Everything of the stakeholder tools, read whole for the stakeholder analysis and register. */
export interface StakeholderToolsData {
  /** The engagement's method copy in both languages: the document's language picks one. */
  guides: Record<Language, StakeholderToolsGuide>;
  parties: Party[];
  positions: ForceFieldPosition[];
  /** Dated krachtenvelden, oldest first, each with its positions. */
  snapshots: ForceFieldSnapshot[];
  valueWeights: ValueWeight[];
  icebergs: Iceberg[];
  conflicts: InterestConflict[];
  roles: RoleAssignment[];
}

/**
 * Everything an export may use, as plain data read in one transaction. Builders in this folder
 * take a snapshot and return bytes; they never touch the database, the file system or Electron,
 * so every document can be rebuilt and tested from a snapshot alone.
 */
export interface EngagementSnapshot {
  engagement: Engagement;
  stakeholders: Stakeholder[];
  themes: Theme[];
  documents: DocumentDetail[];
  interviews: Interview[];
  findings: Finding[];
  guide: GuideQuestion[];
  /** Work sessions, in date order; absent unless the scope asked for them. */
  sessions?: Session[];
  /** Absent unless the scope asked for the stakeholder tools. */
  stakeholderTools?: StakeholderToolsData;
  /** Absent unless the scope asked for the vision. */
  vision?: VisionSnapshot;
  /** Absent unless the scope asked for step 4 (adoption). */
  adoption?: AdoptionSnapshot;
  /** How many there are in the engagement, also when the scope left the lists empty. */
  totals: { interviews: number; documents: number };
  /** ISO instant the snapshot was read: the date on the cover. */
  takenAt: string;
}
