import type { DocumentDetail } from '../../shared/domain/document.js';
import type { Engagement } from '../../shared/domain/engagement.js';
import type { Finding } from '../../shared/domain/finding.js';
import type { Interview } from '../../shared/domain/interview.js';
import type { GuideQuestion } from '../../shared/domain/method.js';
import type { Theme } from '../../shared/domain/overview.js';
import type { Stakeholder } from '../../shared/domain/stakeholder.js';

/**
 * Which of the costly parts of a snapshot a document type reads. Interviews carry all their
 * notes and documents their passages: the findings register of a large engagement does not
 * need 600 interviews' notes read, copied to a worker and thrown away. Parts not asked for
 * are empty lists.
 */
// A domain area adds its part (a key in the scope, a field in the snapshot) from its own folder
// by augmenting these two interfaces (`declare module '…/export/snapshot.js'`), next to the
// area's `snapshot` hook that reads it; this file names no area.
export interface SnapshotScope {
  /** 'one': only the interview of the run (`interviewId`). */
  interviews: 'all' | 'one' | 'none';
  documents: boolean;
  /**
   * false: `findings` stays empty, for a type that reads findings only through an area's part
   * (the routekaart's part carries just the ones its traces point at). Absent: all of them.
   */
  findings?: boolean;
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
  /** How many there are in the engagement, also when the scope left the lists empty. */
  totals: { interviews: number; documents: number };
  /** ISO instant the snapshot was read: the date on the cover. */
  takenAt: string;
}
