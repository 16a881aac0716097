import type { Kysely } from 'kysely';
import type { FindingSource } from '../../../shared/domain/finding.js';
import type { Database } from '../schema.js';
import type { FindingRow } from './finding.table.js';
import { sourceNameRows } from './finding.repository.js';

/**
 * Everything needed to describe the sources of many findings, loaded once: describing 30,000
 * findings must not cost 30,000 queries.
 */
export class SourceDirectory {
  private constructor(
    private readonly interviews: Map<string, { title: string; pseudonyms: string[] }>,
    private readonly questions: Map<string, number>,
    private readonly passages: Map<string, { documentId: string; page: number | null }>,
    private readonly documents: Map<string, string>,
    private readonly sessions: Map<string, string>,
    private readonly sessionParts: Map<string, string>,
    private readonly sessionInputs: Map<string, number>,
  ) {}

  static async load(db: Kysely<Database>): Promise<SourceDirectory> {
    const {
      interviews,
      participants,
      questions,
      passages,
      documents,
      sessions,
      sessionParts,
      sessionInputs,
    } = await sourceNameRows(db);
    const pseudonyms = new Map<string, string[]>();
    for (const p of participants)
      pseudonyms.set(p.interview_id, [...(pseudonyms.get(p.interview_id) ?? []), p.pseudonym]);
    return new SourceDirectory(
      new Map(
        interviews.map((i) => [i.id, { title: i.title, pseudonyms: pseudonyms.get(i.id) ?? [] }]),
      ),
      new Map(questions.map((q) => [q.id, q.position])),
      new Map(passages.map((p) => [p.id, { documentId: p.document_id, page: p.page }])),
      new Map(documents.map((d) => [d.id, d.title])),
      new Map(sessions.map((s) => [s.id, s.title])),
      new Map(sessionParts.map((p) => [p.id, p.title])),
      new Map(sessionInputs.map((i) => [i.id, i.round])),
    );
  }

  describe(row: FindingRow): FindingSource {
    const interview = row.interview_id ? this.interviews.get(row.interview_id) : undefined;
    const position = row.question_id ? this.questions.get(row.question_id) : undefined;
    const passage = row.passage_id ? this.passages.get(row.passage_id) : undefined;
    return {
      type: row.source_type as FindingSource['type'],
      interviewId: row.interview_id,
      questionId: row.question_id,
      passageId: row.passage_id,
      documentId: passage?.documentId ?? null,
      interviewTitle: interview?.title ?? null,
      questionNumber: position === undefined ? null : position + 1,
      pseudonyms: interview?.pseudonyms ?? [],
      documentTitle: passage ? (this.documents.get(passage.documentId) ?? null) : null,
      page: passage?.page ?? null,
      session:
        row.session_id && row.session_part_id && row.session_input_id
          ? {
              sessionId: row.session_id,
              partId: row.session_part_id,
              inputId: row.session_input_id,
              sessionTitle: this.sessions.get(row.session_id) ?? null,
              partTitle: this.sessionParts.get(row.session_part_id) ?? null,
              round: this.sessionInputs.get(row.session_input_id) ?? null,
            }
          : null,
    };
  }
}
