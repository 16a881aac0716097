import type { Kysely } from 'kysely';
import type { FindingSource } from '../../../shared/domain/finding.js';
import type { Database } from '../schema.js';
import type { FindingRow } from './finding.table.js';

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
    private readonly parts: Map<string, string>,
    private readonly inputs: Map<string, number>,
  ) {}

  static async load(db: Kysely<Database>): Promise<SourceDirectory> {
    const [interviews, participants, questions, passages, documents, sessions, parts, inputs] =
      await Promise.all([
        db.selectFrom('interview').select(['id', 'title']).execute(),
        db
          .selectFrom('interview_participant as p')
          .innerJoin('stakeholder as s', 's.id', 'p.stakeholder_id')
          .select(['p.interview_id', 's.pseudonym'])
          .orderBy('p.position')
          .execute(),
        db.selectFrom('interview_question').select(['id', 'position']).execute(),
        db.selectFrom('passage').select(['id', 'document_id', 'page']).execute(),
        db.selectFrom('document').select(['id', 'title']).execute(),
        db.selectFrom('session').select(['id', 'title']).execute(),
        db.selectFrom('session_part').select(['id', 'title']).execute(),
        // Only inputs that findings came from: a world café can hold thousands of notes.
        db
          .selectFrom('session_input')
          .select(['id', 'round'])
          .where('id', 'in', (eb) =>
            eb
              .selectFrom('finding')
              .select('session_input_id')
              .where('session_input_id', 'is not', null),
          )
          .execute(),
      ]);
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
      new Map(parts.map((p) => [p.id, p.title])),
      new Map(inputs.map((i) => [i.id, i.round])),
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
              partTitle: this.parts.get(row.session_part_id) ?? null,
              round: this.inputs.get(row.session_input_id) ?? null,
            }
          : null,
    };
  }
}
