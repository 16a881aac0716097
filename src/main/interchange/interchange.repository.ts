import type { Kysely, Selectable } from 'kysely';
import type { SqliteHandle } from '../store/sqlite-connection.js';
import type { ChecklistStateRow, EngagementRow } from '../domains/engagement/engagement.table.js';
import { insertBatched } from '../core/insert-batched.js';
import type { Database } from '../domains/schema.js';
import type { FindingRow, ThemeRow } from '../domains/findings/finding.table.js';
import type { InterviewQuestionRow, InterviewRow } from '../domains/interviews/interview.table.js';
import type { DocumentTable, PassageRow } from '../domains/documents/document.table.js';
import type { StakeholderRow } from '../domains/stakeholders/stakeholder.table.js';
import * as rows from './interchange-rows.js';
import type { InterchangeDocument } from './interchange-schema.js';
import { INTERCHANGE_FORMAT } from './interchange-schema.js';
import { INTERCHANGE_FORMAT_VERSION, INTERCHANGE_SECTIONS } from './interchange-format.js';
import { KoersError } from '../base/koers-error.js';
import { CHUNK_BYTES } from '../domains/documents/document.service.js';
// The SQL of the interchange format: reading a whole engagement and writing one from a checked
// document. Reading uses the driver directly and synchronously, inside one transaction: no
// other call can interleave, so the JSON is one consistent moment (and it is the fastest path
// measured for 30,000 findings).

const METHOD_PARTS = ['manifest', 'steps', 'themes', 'interviewGuide'] as const;

/** "created_at, id": the order every list in the format is written in. */
const BY_CREATION = 'ORDER BY created_at, id';

/**
 * Everything in one read transaction. The reads are synchronous on the driver, so no other call
 * can interleave with them even though this runs outside the dispatcher's queue.
 */
export function readEngagement(
  sqlite: SqliteHandle,
  withAttachments: boolean,
  exportedAt: string,
  koersVersion: string,
) {
  const all = <T>(sql: string, ...params: unknown[]) => sqlite.prepare(sql).all(...params) as T[];
  return sqlite.transaction((): InterchangeDocument => {
    const engagement = all<EngagementRow>('SELECT * FROM engagement LIMIT 1')[0];
    if (!engagement) throw new KoersError('NOT_FOUND');
    const counter = all<{ value: string }>(
      "SELECT value FROM meta WHERE key = 'next_pseudonym'",
    )[0];

    const methodRows = new Map(
      all<{ part: string; content_json: string; copied_at: string }>(
        'SELECT * FROM method_snapshot',
      ).map((r) => [r.part, r]),
    );
    const methodPart = (part: (typeof METHOD_PARTS)[number]) => {
      const row = methodRows.get(part);
      if (!row) throw new KoersError('FILE_CORRUPT', { fileName: 'method_snapshot' });
      return { copiedAt: row.copied_at, content: JSON.parse(row.content_json) as unknown };
    };
    const method = Object.fromEntries(
      METHOD_PARTS.map((p) => [p, methodPart(p)]),
    ) as InterchangeDocument['method'];

    const passagesOf = groupBy(
      all<PassageRow>(`SELECT * FROM passage ${BY_CREATION}`),
      (p) => p.document_id,
    );
    const chunks = sqlite.prepare(
      'SELECT data FROM document_chunk WHERE document_id = ? ORDER BY seq',
    );
    const documents = all<Selectable<DocumentTable>>(`SELECT * FROM document ${BY_CREATION}`).map(
      (d) => {
        let content: InterchangeDocument['documents'][number]['content'] = null;
        if (withAttachments) {
          const parts = (chunks.all(d.id) as { data: Uint8Array }[]).map((c) => c.data);
          // A document stored without its bytes (imported without attachments) has none to give.
          if (parts.length > 0 || Number(d.size_bytes) === 0) {
            content = { base64: Buffer.concat(parts).toString('base64') };
          }
        }
        return rows.documentRecord(
          d,
          (passagesOf.get(d.id) ?? []).map(rows.passageRecord),
          content,
        );
      },
    );

    const participantsOf = groupBy(
      all<{ interview_id: string; stakeholder_id: string }>(
        'SELECT interview_id, stakeholder_id FROM interview_participant ORDER BY interview_id, position, stakeholder_id',
      ),
      (p) => p.interview_id,
    );
    const questionsOf = groupBy(
      all<InterviewQuestionRow>(
        'SELECT * FROM interview_question ORDER BY interview_id, position, id',
      ),
      (q) => q.interview_id,
    );
    const interviews = all<InterviewRow>(`SELECT * FROM interview ${BY_CREATION}`).map((iv) =>
      rows.interviewRecord(
        iv,
        (participantsOf.get(iv.id) ?? []).map((p) => p.stakeholder_id),
        (questionsOf.get(iv.id) ?? []).map(rows.questionRecord),
      ),
    );

    const themesOf = groupBy(
      all<{ finding_id: string; theme_id: string }>(
        'SELECT finding_id, theme_id FROM finding_theme ORDER BY finding_id, theme_id',
      ),
      (ft) => ft.finding_id,
    );
    const findings = all<FindingRow>(`SELECT * FROM finding ${BY_CREATION}`).map((f) =>
      rows.findingRecord(
        f,
        (themesOf.get(f.id) ?? []).map((ft) => ft.theme_id),
      ),
    );

    const sections = Object.fromEntries(
      INTERCHANGE_SECTIONS.map((section) => [section.key, section.read(sqlite)]),
    );
    return {
      format: INTERCHANGE_FORMAT,
      formatVersion: INTERCHANGE_FORMAT_VERSION,
      exportedAt,
      koersVersion,
      engagement: rows.engagementRecord(engagement, Number(counter?.value ?? 1)),
      method,
      checklist: all<ChecklistStateRow>(
        'SELECT * FROM checklist_state ORDER BY step_id, item_id',
      ).map(rows.checklistRecord),
      stakeholders: all<StakeholderRow>(`SELECT * FROM stakeholder ${BY_CREATION}`).map(
        rows.stakeholderRecord,
      ),
      themes: all<ThemeRow>(`SELECT * FROM theme ${BY_CREATION}`).map(rows.themeRecord),
      documents,
      interviews,
      findings,
      // After the base records: the envelope ("format", "formatVersion") opens the file.
      ...sections,
    };
  })();
}

function groupBy<T>(items: T[], key: (item: T) => string): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    const list = out.get(k);
    if (list) list.push(item);
    else out.set(k, [item]);
  }
  return out;
}

export async function insertEngagement(
  trx: Kysely<Database>,
  doc: InterchangeDocument,
): Promise<void> {
  await trx.insertInto('engagement').values(rows.engagementRow(doc.engagement)).execute();
  // Past every pseudonym in the file, and never below the counter it came with: numbers of
  // deleted stakeholders stay retired.
  // A loop, not Math.max(...all): spreading 140,000 arguments overflows the stack.
  let highest = 0;
  for (const s of doc.stakeholders) highest = Math.max(highest, Number(s.pseudonym.slice(1)));
  await trx
    .updateTable('meta')
    .set({ value: String(Math.max(doc.engagement.nextPseudonym, highest + 1)) })
    .where('key', '=', 'next_pseudonym')
    .execute();
  for (const part of METHOD_PARTS) {
    const { copiedAt, content } = doc.method[part];
    await trx
      .insertInto('method_snapshot')
      .values({ part, content_json: JSON.stringify(content), copied_at: copiedAt })
      .execute();
  }
  await insertBatched(trx, 'checklist_state', doc.checklist.map(rows.checklistRow));
  await insertBatched(trx, 'stakeholder', doc.stakeholders.map(rows.stakeholderRow));
  await insertBatched(trx, 'theme', doc.themes.map(rows.themeRow));
  for (const d of doc.documents) {
    await trx.insertInto('document').values(rows.documentRow(d)).execute();
    if (d.content) {
      const bytes = Buffer.from(d.content.base64, 'base64');
      for (let seq = 0, at = 0; at < bytes.length; seq++, at += CHUNK_BYTES) {
        await trx
          .insertInto('document_chunk')
          .values({ document_id: d.id, seq, data: bytes.subarray(at, at + CHUNK_BYTES) })
          .execute();
      }
    }
    await insertBatched(
      trx,
      'passage',
      d.passages.map((p) => rows.passageRow(p, d.id)),
    );
  }
  await insertBatched(trx, 'interview', doc.interviews.map(rows.interviewRow));
  await insertBatched(
    trx,
    'interview_participant',
    doc.interviews.flatMap((iv) =>
      iv.participants.map((stakeholderId, position) => ({
        interview_id: iv.id,
        stakeholder_id: stakeholderId,
        position,
      })),
    ),
  );
  await insertBatched(
    trx,
    'interview_question',
    doc.interviews.flatMap((iv) => iv.questions.map((q) => rows.questionRow(q, iv.id))),
  );
  await insertBatched(trx, 'finding', doc.findings.map(rows.findingRow));
  await insertBatched(
    trx,
    'finding_theme',
    doc.findings.flatMap((f) =>
      f.themeIds.map((themeId) => ({ finding_id: f.id, theme_id: themeId })),
    ),
  );
  // Every later area's records, in the order the areas are listed (a later area may point at
  // an earlier one's rows).
  const sections = doc as InterchangeDocument & Record<string, unknown>;
  for (const section of INTERCHANGE_SECTIONS) {
    const value = sections[section.key];
    if (value !== undefined) await section.insert(trx, value);
  }
}
