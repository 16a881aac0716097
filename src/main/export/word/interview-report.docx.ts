import type { Paragraph, Table } from 'docx';
import type { Interview, RichText } from '../../../shared/domain/interview.js';
import { DOCX_MIME, type ExportBuilder, type ExportRun } from '../builder-types.js';
import { checkAborted } from '../export-i18n.js';
import { notesToParagraphs } from './tiptap-to-docx.js';
import { heading, keyValueTable, meta, paragraph } from './word-blocks.js';
import { packWordDocument, privacyLine, wordContext, type WordContext } from './word-document.js';

// One interview, written up for the interviewee to review: who, when, where; the notes per
// question with their formatting; then a closing section that asks for their approval.

function interviewOf(run: ExportRun): Interview {
  const interview = run.snapshot.interviews.find((i) => i.id === run.interviewId);
  // The core checks the id before it starts the job; this only guards a direct call.
  if (!interview) throw new Error('interview not in snapshot');
  return interview;
}

/** Pseudonyms unless the consultant chose names; then "Name (R03)", so both can be traced. */
function participants(ctx: WordContext, interview: Interview): string[] {
  return interview.participants.map((p) =>
    ctx.run.options.useNames ? `${ctx.x(p.name)} (${p.pseudonym})` : p.pseudonym,
  );
}

/** Pseudonyms, or the interview's title when nobody is linked to it. */
function who(ctx: WordContext, interview: Interview): string {
  const pseudonyms = interview.participants.map((p) => p.pseudonym);
  return pseudonyms.length > 0 ? pseudonyms.join(', ') : ctx.x(interview.title);
}

function hasNotes(notes: RichText): boolean {
  return notes.text.trim() !== '' || /"text"\s*:\s*"[^"]/.test(notes.json);
}

async function build(run: ExportRun): Promise<Uint8Array> {
  const ctx = wordContext(run);
  const { t, x, house } = ctx;
  const interview = interviewOf(run);
  const consultants =
    interview.interviewers.map(x).join(', ') ||
    run.snapshot.engagement.consultants.map(x).join(', ');
  const names = participants(ctx, interview);
  const listInstances = { next: 1 };
  const notes = (n: RichText) =>
    notesToParagraphs(n, { clean: x, listInstances, emptyText: t('common.empty') });
  const body: (Paragraph | Table)[] = [];

  body.push(
    heading(1, t('interview.about'), { pageBreakBefore: true }),
    privacyLine(ctx),
    keyValueTable(
      [
        [t('interview.subject'), x(interview.title)],
        [t('interview.date'), ctx.date(interview.scheduledAt) || t('common.none')],
        [t('interview.location'), x(interview.location) || t('common.none')],
        [t('interview.interviewers'), interview.interviewers.map(x).join(', ') || t('common.none')],
        [t('interview.interviewees'), names.join(', ') || t('common.none')],
        [t('interview.status'), t(`interview.statuses.${interview.status}`)],
      ],
      house,
    ),
    paragraph(''),
    paragraph(t('interview.intro')),
  );
  run.progress(0.15);
  checkAborted(run.signal);

  body.push(heading(1, t('interview.questions'), { pageBreakBefore: true }));
  const questions = [...interview.questions].sort((a, b) => a.position - b.position);
  // Questions not discussed are left out, but the others keep their number, so "vraag 5" in
  // the findings report points at the same question here.
  const discussed = questions.filter((q) => hasNotes(q.notes));
  discussed.forEach((question, i) => {
    body.push(
      heading(
        2,
        t('interview.questionHeading', { number: question.position + 1, text: x(question.text) }),
      ),
      ...notes(question.notes),
    );
    if (i % 5 === 4) {
      run.progress(0.15 + (0.65 * (i + 1)) / discussed.length);
      checkAborted(run.signal);
    }
  });
  if (discussed.length === 0) body.push(meta(t('common.empty')));
  run.progress(0.8);
  checkAborted(run.signal);

  if (hasNotes(interview.freeNotes))
    body.push(heading(1, t('interview.freeNotes')), ...notes(interview.freeNotes));

  body.push(
    heading(1, t('interview.review')),
    paragraph(t('interview.reviewText', { consultants })),
    paragraph(''),
    paragraph(`${t('interview.reviewDate')}  ________________________________`),
    paragraph(''),
    paragraph(`${t('interview.reviewAgree')}  ________________________________`),
    paragraph(''),
    paragraph(t('interview.reviewRemarks')),
  );
  run.progress(0.9);
  checkAborted(run.signal);

  return packWordDocument(ctx, {
    documentTitle: t('interview.documentTitle'),
    coverLine: `${x(interview.title)} · ${names.join(', ') || who(ctx, interview)}`,
    body,
    textSize: interview.questions.reduce(
      (n, q) => n + q.notes.text.length,
      interview.freeNotes.text.length,
    ),
  });
}

export const interviewReportBuilder: ExportBuilder = {
  mimeType: DOCX_MIME,
  reads: { interviews: 'one', documents: false },
  build,
};
