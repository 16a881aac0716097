import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { medianLevel, summariseAssessment } from '../../src/shared/domain/nulmeting-summary.js';
import {
  RESPONDENT_GROUPS,
  type AgreedScore,
  type Respondent,
  type Score,
} from '../../src/shared/domain/nulmeting.js';
import { rowsOfOpenFile } from '../helpers/open-file.js';
import { startTempCore, type TempCore } from '../helpers/temp-core.js';

// The numbers the core answers are the shared summary of the rows in the file: random
// measurements entered through the contract, the file read back on its own, and the summary
// computed from those rows compared with assessment:get; the proposal is the median of the rows.

let t: TempCore;
let engagementId = '';
let filePath = '';
let dimensions: string[] = [];
beforeAll(async () => {
  t = await startTempCore(undefined, { idleCheckpointMs: 5 });
  const open = await t.must('engagement:create', {
    fields: { clientName: 'Gemeente Dijkhaven', title: 'Nulmeting' },
  });
  engagementId = open.engagementId;
  filePath = open.displayPath;
  dimensions = (await t.must('maturity:model', { engagementId })).dimensions.map((d) => d.id);
});
afterAll(async () => {
  await t.dispose();
});

/** Rows of the engagement file, read from a copy while the core holds it open. */
const fileRows = <T>(sql: string, ...params: unknown[]): Promise<T[]> =>
  rowsOfOpenFile<T>(filePath, sql, ...params);

const level = fc.option(
  fc.integer({ min: 2, max: 10 }).map((n) => n / 2),
  { nil: null },
);
const entry = fc.record({
  group: fc.constantFrom(...RESPONDENT_GROUPS),
  scores: fc.array(fc.record({ dim: fc.nat(7), current: level, desired: level }), {
    maxLength: 10,
  }),
});

describe('the summary of a measurement, against the file', () => {
  it('answers the shared summary of the rows the file holds, and proposes their median', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(entry, { minLength: 1, maxLength: 5 }), async (entries) => {
        const a = await t.must('assessment:create', {
          engagementId,
          fields: { name: 'Meting', date: '2026-03-02' },
        });
        for (const [i, en] of entries.entries()) {
          const r = await t.must('respondent:create', {
            engagementId,
            assessmentId: a.id,
            fields: { label: `R${i}`, group: en.group },
          });
          for (const s of en.scores)
            await t.must('score:set', {
              engagementId,
              respondentId: r.id,
              dimensionId: dimensions[s.dim]!,
              fields: { current: s.current, desired: s.desired },
            });
        }
        const proposed = await t.must('agreed:proposeFromScores', {
          engagementId,
          assessmentId: a.id,
        });
        const respondents = (
          await fileRows<{ id: string; respondent_group: Respondent['group'] }>(
            'SELECT id, respondent_group FROM assessment_respondent WHERE assessment_id = ?',
            a.id,
          )
        ).map((r): Respondent => ({
          id: r.id,
          assessmentId: a.id,
          stakeholderId: null,
          label: '',
          group: r.respondent_group,
        }));
        const scores = (
          await fileRows<{
            respondent_id: string;
            dimension_id: string;
            current_level: number | null;
            desired_level: number | null;
          }>(
            `SELECT s.* FROM assessment_score s JOIN assessment_respondent r ON r.id = s.respondent_id
             WHERE r.assessment_id = ?`,
            a.id,
          )
        ).map((s): Score => ({
          respondentId: s.respondent_id,
          dimensionId: s.dimension_id,
          current: s.current_level,
          desired: s.desired_level,
          evidence: '',
          confidence: null,
        }));
        const agreed = (
          await fileRows<{
            dimension_id: string;
            current_level: number | null;
            desired_level: number | null;
          }>('SELECT * FROM assessment_agreed WHERE assessment_id = ?', a.id)
        ).map((g): AgreedScore => ({
          dimensionId: g.dimension_id,
          current: g.current_level,
          desired: g.desired_level,
          rationale: '',
          findingIds: [],
          updatedAt: '',
        }));
        const view = await t.must('assessment:get', { engagementId, id: a.id });
        expect(view.summary).toEqual(summariseAssessment(dimensions, respondents, scores, agreed));
        expect(proposed.summary).toEqual(view.summary);
        for (const d of dimensions) {
          const of = (key: 'current' | 'desired') =>
            scores.flatMap((s) => (s.dimensionId === d && s[key] !== null ? [s[key]] : []));
          const g = agreed.find((x) => x.dimensionId === d);
          expect(g?.current ?? null).toBe(medianLevel(of('current')));
          expect(g?.desired ?? null).toBe(medianLevel(of('desired')));
        }
        await t.must('assessment:delete', { engagementId, id: a.id });
      }),
      { numRuns: 12 },
    );
  });
});
