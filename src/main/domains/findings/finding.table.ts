import type { Insertable, Selectable, Updateable } from 'kysely';
import type { FindingKind, FindingSourceType } from '../../../shared/domain/finding.js';
import type { StakeholderGroup } from '../../../shared/domain/stakeholder.js';

export interface ThemeTable {
  id: string;
  name: string;
  color: string;
  sort_order: number;
  created_at: string;
  updated_at: string;
}

export interface FindingTable {
  id: string;
  statement: string;
  quote: string;
  kind: FindingKind;
  importance: number;
  stakeholder_group: StakeholderGroup | null;
  source_type: FindingSourceType;
  interview_id: string | null;
  question_id: string | null;
  passage_id: string | null;
  /** A finding from a work session (migration 0004): the session, part and input. */
  session_id: string | null;
  session_part_id: string | null;
  session_input_id: string | null;
  created_at: string;
  updated_at: string;
}

export interface FindingThemeTable {
  finding_id: string;
  theme_id: string;
}

/** The tables of this area, as the composed Database (src/main/domains/database.ts) sees them. */
export interface FindingTables {
  theme: ThemeTable;
  finding: FindingTable;
  finding_theme: FindingThemeTable;
}

export type ThemeRow = Selectable<ThemeTable>;
export type ThemePatch = Updateable<ThemeTable>;
export type FindingRow = Selectable<FindingTable>;
export type FindingPatch = Updateable<FindingTable>;
export type NewFindingRow = Insertable<FindingTable>;
