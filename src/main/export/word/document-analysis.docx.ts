import { Paragraph, TextRun, type Table } from 'docx';
import { DOCX_MIME, type ExportBuilder, type ExportRun } from '../builder-types.js';
import { checkAborted } from '../export-i18n.js';
import { caption, dataTable, heading, meta, paragraph, quote } from './word-blocks.js';
import { packWordDocument, wordContext } from './word-document.js';

// The document register: which of the client's documents were read, and per document the
// summary and the passages that matter for the vision, with their page.

async function build(run: ExportRun): Promise<Uint8Array> {
  const ctx = wordContext(run);
  const { t, x, house } = ctx;
  const documents = [...run.snapshot.documents].sort(
    (a, b) =>
      (a.documentDate ?? '9999').localeCompare(b.documentDate ?? '9999') ||
      a.title.localeCompare(b.title),
  );
  const client = x(run.snapshot.engagement.clientName);
  const body: (Paragraph | Table)[] = [];

  body.push(
    heading(1, t('documents.intro'), { pageBreakBefore: true }),
    paragraph(t('documents.introText', { count: documents.length, client })),
  );
  body.push(heading(1, t('documents.register')));
  if (documents.length === 0) {
    body.push(meta(t('documents.noDocuments')));
  } else {
    body.push(
      dataTable(
        {
          header: [
            t('documents.titleColumn'),
            t('documents.typeColumn'),
            t('documents.dateColumn'),
            t('documents.authorColumn'),
          ],
          rows: documents.map((d) => [
            x(d.title),
            t(`docTypes.${d.type}`),
            ctx.date(d.documentDate) || t('common.none'),
            x(d.author) || t('common.none'),
          ]),
          widths: [4, 2.2, 1.8, 2.6],
        },
        house,
      ),
      caption(t('documents.registerCaption')),
    );
  }
  run.progress(0.1);

  if (documents.length > 0)
    body.push(heading(1, t('documents.perDocument'), { pageBreakBefore: true }));
  documents.forEach((document, i) => {
    checkAborted(run.signal);
    const details = [
      t(`docTypes.${document.type}`),
      ctx.date(document.documentDate),
      x(document.author),
    ].filter((s) => s !== '');
    body.push(
      heading(2, x(document.title)),
      meta(details.join('  ·  ')),
      heading(3, t('documents.summary')),
    );
    const summary = x(document.summary).trim();
    if (summary === '') body.push(meta(t('documents.noSummary')));
    for (const part of summary.split(/\n\s*\n/).filter((p) => p.trim() !== ''))
      body.push(paragraph(part.trim()));
    body.push(heading(3, t('documents.passages')));
    if (document.passages.length === 0) body.push(meta(t('documents.noPassages')));
    const passages = [...document.passages].sort(
      (a, b) => (a.page ?? Infinity) - (b.page ?? Infinity),
    );
    for (const passage of passages) {
      body.push(
        new Paragraph({
          keepNext: true,
          spacing: { before: 160, after: 40 },
          children: [
            new TextRun({
              text:
                passage.page === null
                  ? t('documents.noPage')
                  : t('documents.page', { page: passage.page }),
              bold: true,
              size: 18,
              color: '57606A',
            }),
          ],
        }),
        quote(x(passage.text)),
      );
      const note = x(passage.note).trim();
      if (note !== '')
        body.push(
          new Paragraph({
            children: [
              new TextRun({ text: `${t('documents.note')} `, bold: true }),
              new TextRun(note),
            ],
          }),
        );
    }
    run.progress(0.1 + (0.8 * (i + 1)) / documents.length);
  });
  checkAborted(run.signal);

  const textSize = documents.reduce(
    (n, d) => d.passages.reduce((m, p) => m + p.text.length + p.note.length, n + d.summary.length),
    0,
  );
  return packWordDocument(ctx, { documentTitle: t('documents.documentTitle'), body, textSize });
}

export const documentAnalysisBuilder: ExportBuilder = {
  mimeType: DOCX_MIME,
  reads: { interviews: 'none', documents: true },
  build,
};
