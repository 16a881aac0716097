import { z } from 'zod';
import { requiredText, shortText, type Timestamps } from './common.js';
import { STAKEHOLDER_GROUPS } from './vocabulary.js';

export { STAKEHOLDER_GROUPS };

export const stakeholderGroupSchema = z.enum(STAKEHOLDER_GROUPS);
export type StakeholderGroup = z.infer<typeof stakeholderGroupSchema>;

export const CONSENT_STATES = ['onbekend', 'gegeven', 'geweigerd'] as const;
export const consentSchema = z.enum(CONSENT_STATES);
export type Consent = z.infer<typeof consentSchema>;

export const stakeholderFieldsSchema = z.object({
  name: requiredText(200),
  jobTitle: shortText(200),
  department: shortText(200),
  group: stakeholderGroupSchema,
  consent: consentSchema,
  consentNote: shortText(1000),
});
export type StakeholderFields = z.infer<typeof stakeholderFieldsSchema>;

export interface Stakeholder extends StakeholderFields, Timestamps {
  id: string;
  /** R01, R02 …: assigned once, never reused, used instead of the name in shared documents. */
  pseudonym: string;
}

/** What hangs on a stakeholder: interviews they take part in, and those interviews' findings. */
export interface StakeholderLinks {
  interviews: number;
  findings: number;
}

/** A deleted stakeholder, or one kept under the pseudonym with the name erased (when linked). */
export interface RemovedStakeholder {
  id: string;
  undoToken: string;
  outcome: 'deleted' | 'name-erased';
}
