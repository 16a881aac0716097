import type { EngagementFile } from '../store/engagement-file.js';
import { versionAfter, type KoersMigration } from '../store/migrate.js';
import type { EngagementTables } from './engagement/engagement.table.js';
import type { StakeholderTables } from './stakeholders/stakeholder.table.js';
import type { DocumentTables } from './documents/document.table.js';
import type { InterviewTables } from './interviews/interview.table.js';
import type { FindingTables } from './findings/finding.table.js';
import type { SearchTables } from './search/search.table.js';
import type { SessionTables } from './sessions/session.table.js';
import * as m0001 from './migrations/0001-initial.js';
import * as m0002 from './migrations/0002-analysis-and-interviews.js';
import * as m0003 from './documents/0003-document-text.js';
import * as m0004 from './sessions/0004-work-sessions.js';
// Stakeholder tools (file version 5).
import type { StakeholderToolsTables } from './stakeholder-tools/stakeholder-tools.table.js';
import * as m0005 from './stakeholder-tools/0005-stakeholder-tools.js';
// The vision (file version 6).
import type { VisionTables } from './vision/vision.table.js';
import * as m0006 from './vision/0006-vision.js';
// Presentations, decisions and borging (file version 7).
import type { AdoptionTables } from './adoption/adoption.table.js';
import * as m0007 from './adoption/0007-adoption.js';
// The nulmeting (file version 8).
import type { NulmetingTables } from './nulmeting/nulmeting.table.js';
import * as m0008 from './nulmeting/0008-nulmeting.js';
// The routekaart (file version 9).
import type { RoadmapTables } from './roadmap/roadmap.table.js';
import * as m0009 from './roadmap/0009-roadmap.js';
// The poster's routekaart band (file version 10).
import * as m0010 from './vision/0010-poster-roadmap-band.js';

// The engagement file's schema in one place: the tables every domain area declares in its own
// folder, and the migrations that make them. A new area adds its tables interface to Database
// and its migrations to MIGRATIONS; nothing else in the store changes (the store is generic).

/**
 * The kysely view of an engagement file. Columns are snake_case; services map rows to the
 * camelCase domain types in src/shared/domain. Timestamps are ISO 8601 text, ids UUID text; enum
 * columns carry their union type (the app's schemas wrote them).
 */
export interface Database
  extends
    EngagementTables,
    StakeholderTables,
    DocumentTables,
    InterviewTables,
    FindingTables,
    SearchTables,
    SessionTables,
    StakeholderToolsTables,
    VisionTables,
    AdoptionTables,
    NulmetingTables,
    RoadmapTables {}

/**
 * Every migration, in file-version order. Bundled in code (not read from a folder) so a
 * packaged app can never miss one. Append only; a released migration is frozen in time.
 * 0001 and 0002 predate the domain folders and span several areas, so they live in
 * ./migrations; later ones live in their area's folder.
 */
export const MIGRATIONS: readonly KoersMigration[] = [
  { version: 1, name: '0001-initial', up: m0001.up },
  { version: 2, name: '0002-analysis-and-interviews', up: m0002.up },
  { version: 3, name: '0003-document-text', up: m0003.up },
  { version: 4, name: '0004-work-sessions', up: m0004.up },
  { version: 5, name: '0005-stakeholder-tools', up: m0005.up },
  { version: 6, name: '0006-vision', up: m0006.up },
  { version: 7, name: '0007-adoption', up: m0007.up },
  { version: 8, name: '0008-nulmeting', up: m0008.up },
  { version: 9, name: '0009-roadmap', up: m0009.up },
  { version: 10, name: '0010-poster-roadmap-band', up: m0010.up },
];

/** The file version this Koers writes and the newest it can open. */
export const SCHEMA_VERSION = versionAfter(MIGRATIONS);

/** An open engagement file with the composed tables. */
export type KoersFile = EngagementFile<Database>;
