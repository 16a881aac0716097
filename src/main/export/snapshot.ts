import type { DocumentDetail } from '../../shared/domain/document.js';
import type { Engagement } from '../../shared/domain/engagement.js';
import type { Finding } from '../../shared/domain/finding.js';
import type { Interview } from '../../shared/domain/interview.js';
import type { GuideQuestion } from '../../shared/domain/method.js';
import type { Theme } from '../../shared/domain/overview.js';
import type { Stakeholder } from '../../shared/domain/stakeholder.js';

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
  /** ISO instant the snapshot was read: the date on the cover. */
  takenAt: string;
}
