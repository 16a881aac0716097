import { sql, type Kysely } from 'kysely';

// The nulmeting (file version 8): measurements, their respondents, each respondent's levels per
// dimension, the agreed level per dimension and the findings that support it. Frozen in time
// like every migration.
//
// A respondent lets go of a deleted stakeholder (SET NULL, the label stays); everything else
// goes with its measurement (CASCADE), and a finding's link goes with the finding. No composite
// foreign keys: the undo of a delete follows single-column references (record.repository.ts),
// so the agreed findings point at the measurement, not at the agreed row.

const LEVEL = (column: string) =>
  `${column} REAL CHECK (${column} IS NULL OR (${column} BETWEEN 1 AND 5 AND ${column} * 2 = CAST(${column} * 2 AS INTEGER)))`;

const STATEMENTS = [
  `CREATE TABLE assessment (
     id TEXT PRIMARY KEY NOT NULL,
     name TEXT NOT NULL,
     date TEXT NOT NULL,
     horizon_years INTEGER NOT NULL DEFAULT 5 CHECK (horizon_years BETWEEN 1 AND 10),
     notes TEXT NOT NULL DEFAULT '',
     conclusions TEXT NOT NULL DEFAULT '',
     created_at TEXT NOT NULL,
     updated_at TEXT NOT NULL
   )`,
  `CREATE TABLE assessment_respondent (
     id TEXT PRIMARY KEY NOT NULL,
     assessment_id TEXT NOT NULL REFERENCES assessment(id) ON DELETE CASCADE,
     stakeholder_id TEXT REFERENCES stakeholder(id) ON DELETE SET NULL,
     label TEXT NOT NULL DEFAULT '',
     respondent_group TEXT NOT NULL CHECK (respondent_group IN
       ('bestuur', 'mt', 'leidinggevenden', 'medewerkers', 'informatie-data', 'ict', 'overig')),
     position INTEGER NOT NULL,
     created_at TEXT NOT NULL
   )`,
  `CREATE INDEX assessment_respondent_assessment ON assessment_respondent (assessment_id, position)`,
  `CREATE INDEX assessment_respondent_stakeholder ON assessment_respondent (stakeholder_id)`,
  `CREATE TABLE assessment_score (
     respondent_id TEXT NOT NULL REFERENCES assessment_respondent(id) ON DELETE CASCADE,
     dimension_id TEXT NOT NULL,
     ${LEVEL('current_level')},
     ${LEVEL('desired_level')},
     evidence TEXT NOT NULL DEFAULT '',
     confidence TEXT CHECK (confidence IS NULL OR confidence IN ('laag', 'middel', 'hoog')),
     updated_at TEXT NOT NULL,
     PRIMARY KEY (respondent_id, dimension_id)
   )`,
  `CREATE TABLE assessment_agreed (
     assessment_id TEXT NOT NULL REFERENCES assessment(id) ON DELETE CASCADE,
     dimension_id TEXT NOT NULL,
     ${LEVEL('current_level')},
     ${LEVEL('desired_level')},
     rationale TEXT NOT NULL DEFAULT '',
     updated_at TEXT NOT NULL,
     PRIMARY KEY (assessment_id, dimension_id)
   )`,
  `CREATE TABLE assessment_agreed_finding (
     assessment_id TEXT NOT NULL REFERENCES assessment(id) ON DELETE CASCADE,
     dimension_id TEXT NOT NULL,
     finding_id TEXT NOT NULL REFERENCES finding(id) ON DELETE CASCADE,
     position INTEGER NOT NULL,
     PRIMARY KEY (assessment_id, dimension_id, finding_id)
   )`,
  `CREATE INDEX assessment_agreed_finding_finding ON assessment_agreed_finding (finding_id)`,
];

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const statement of STATEMENTS) await sql.raw(statement).execute(db);
}
