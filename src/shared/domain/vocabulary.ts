// The fixed lists of the domain, without their zod schemas: an export's worker thread needs the
// lists, and loading zod there for them alone costs about 12 MB. finding.ts and stakeholder.ts
// build their schemas from these and export them as before.

export const FINDING_KINDS = [
  'uitdaging',
  'ambitie',
  'randvoorwaarde',
  'must-have',
  'risico',
  'citaat',
] as const;

export const STAKEHOLDER_GROUPS = [
  'programmateam',
  'teammanager',
  'directie',
  'wethouder',
  'raadslid',
  'beheerder',
  'beleidsmedewerker',
  'extern',
  'inwoner',
] as const;

/** Where a finding comes from: step 1 (interviews, documents, direct) and step 2 (sessions). */
export const FINDING_SOURCE_TYPES = ['interview', 'passage', 'direct', 'session'] as const;
