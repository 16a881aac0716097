import type { Insertable, Selectable, Updateable } from 'kysely';
import type { Consent, StakeholderGroup } from '../../../shared/domain/stakeholder.js';

export interface StakeholderTable {
  id: string;
  name: string;
  job_title: string;
  department: string;
  group_code: StakeholderGroup;
  pseudonym: string;
  consent: Consent;
  consent_note: string;
  created_at: string;
  updated_at: string;
}

/** The tables of this area, as the composed Database (src/main/domains/database.ts) sees them. */
export interface StakeholderTables {
  stakeholder: StakeholderTable;
}

export type StakeholderRow = Selectable<StakeholderTable>;
export type NewStakeholderRow = Insertable<StakeholderTable>;
export type StakeholderPatch = Updateable<StakeholderTable>;
