import type { Insertable, Selectable, Updateable } from 'kysely';
import type {
  FeedbackDisposition,
  PosterFormat,
  PosterLayout,
  VisionPassageKind,
  VisionVersionStatus,
} from '../../../shared/domain/vision.js';

// Since file version 6 (0006-vision). Ids are UUID text, timestamps ISO text. A version's
// content (passages with links, poster settings, house style) is one JSON text, frozen.

export interface VisionPassageTable {
  id: string;
  kind: VisionPassageKind;
  title: string;
  body: string;
  for_inhabitants: string;
  for_staff: string;
  for_board: string;
  theme_id: string | null;
  portfolio_holder_id: string | null;
  position: number;
  created_at: string;
  updated_at: string;
}

export interface VisionPassageFindingTable {
  passage_id: string;
  finding_id: string;
  position: number;
}

/** One row (id 1): the working copy's poster settings. */
export interface VisionPosterTable {
  id: number;
  title: string;
  layout: PosterLayout;
  format: PosterFormat;
  /** Since file version 10: 1 on, 0 off, NULL the default (on for A0 with a routekaart). */
  roadmap_band: number | null;
  updated_at: string;
}

export interface VisionVersionTable {
  id: string;
  label: string;
  status: VisionVersionStatus;
  frozen_at: string;
  note: string;
  restored_label: string | null;
  content_json: string;
}

export interface VisionFeedbackTable {
  id: string;
  version_id: string;
  /** A passage id inside the version's content (no foreign key: the passage may be gone). */
  passage_id: string | null;
  text: string;
  from_text: string;
  from_stakeholder_id: string | null;
  disposition: FeedbackDisposition;
  reason: string;
  created_at: string;
  updated_at: string;
}

/** The tables of this area, as the composed Database (src/main/domains/schema.ts) sees them. */
export interface VisionTables {
  vision_passage: VisionPassageTable;
  vision_passage_finding: VisionPassageFindingTable;
  vision_poster: VisionPosterTable;
  vision_version: VisionVersionTable;
  vision_feedback: VisionFeedbackTable;
}

export type VisionPassageRow = Selectable<VisionPassageTable>;
export type NewVisionPassageRow = Insertable<VisionPassageTable>;
export type VisionPassagePatch = Updateable<VisionPassageTable>;
export type VisionPassageFindingRow = Selectable<VisionPassageFindingTable>;
export type VisionPosterRow = Selectable<VisionPosterTable>;
export type VisionPosterPatch = Updateable<VisionPosterTable>;
export type VisionVersionRow = Selectable<VisionVersionTable>;
export type NewVisionVersionRow = Insertable<VisionVersionTable>;
export type VisionFeedbackRow = Selectable<VisionFeedbackTable>;
export type NewVisionFeedbackRow = Insertable<VisionFeedbackTable>;
export type VisionFeedbackPatch = Updateable<VisionFeedbackTable>;
