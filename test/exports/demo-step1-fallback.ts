import fs from 'node:fs';
import path from 'node:path';
import { Readable } from 'node:stream';
import { demoDocuments, demoFindings, demoInterviews } from '../../src/main/demo/demo-step1-content.js';
import { makeDemoPdf } from '../../src/main/demo/demo-pdf.js';
import type { TempCore } from '../helpers/temp-core.js';

// Until demo:create stores step 1 itself (documents, interviews, findings), the export tests add
// the same demo content through the core here, so they test against the real demo data either way.

export async function ensureDemoStep1(t: TempCore, engagementId: string): Promise<void> {
  if ((await t.must('interview:list', { engagementId })).length > 0) return;
  const themesJson = JSON.parse(fs.readFileSync(path.resolve('resources/method/themes.json'), 'utf8')) as {
    defaultList: string;
    lists: { id: string; themes: { id: string }[] }[];
  };
  const methodThemes = themesJson.lists.find((l) => l.id === themesJson.defaultList)?.themes ?? [];
  const themes = (await t.must('theme:list', { engagementId })).sort((a, b) => a.sortOrder - b.sortOrder);
  const themeId = new Map(methodThemes.map((th, i) => [th.id, themes[i]?.id ?? '']));
  const stakeholders = await t.must('stakeholder:list', { engagementId });
  const personId = new Map(stakeholders.map((s) => [s.name, s.id]));

  const documents: { id: string; passages: string[] }[] = [];
  for (const demo of demoDocuments) {
    const staged = await t.core.stageUpload(Readable.from([Buffer.from(await makeDemoPdf(demo.fields.title, demo.pages))]), demo.fileName);
    if (!staged.ok) throw new Error(staged.error.message);
    const doc = await t.must('document:add', { engagementId, uploadId: staged.value.uploadId, fields: demo.fields });
    const passages: string[] = [];
    for (const p of demo.passages) passages.push((await t.must('passage:create', { engagementId, documentId: doc.id, fields: p })).id);
    documents.push({ id: doc.id, passages });
  }

  const interviews: { id: string; questions: Map<string, string> }[] = [];
  for (const demo of demoInterviews) {
    const interview = await t.must('interview:create', {
      engagementId,
      fields: {
        title: demo.title,
        scheduledAt: demo.scheduledAt,
        location: demo.location,
        interviewers: demo.interviewers,
        participantIds: demo.participantNames.map((n) => personId.get(n) ?? ''),
      },
    });
    const questions = new Map(interview.questions.map((q) => [q.guideQuestionId ?? '', q.id]));
    const save = async (questionId: string | null, paragraphs: string[]) => {
      const json = JSON.stringify({ type: 'doc', content: paragraphs.map((text) => ({ type: 'paragraph', content: [{ type: 'text', text }] })) });
      await t.must('interview:saveNotes', { engagementId, interviewId: interview.id, questionId, notes: { json, text: paragraphs.join('\n\n') } });
    };
    for (const [guideId, paragraphs] of Object.entries(demo.notes)) await save(questions.get(guideId) ?? null, paragraphs);
    if (demo.freeNotes.length > 0) await save(null, demo.freeNotes);
    if (demo.status !== 'gepland') await t.must('interview:setStatus', { engagementId, id: interview.id, status: demo.status });
    interviews.push({ id: interview.id, questions });
  }

  for (const demo of demoFindings) {
    const s = demo.source;
    const source =
      s.type === 'interview'
        ? { type: 'interview' as const, interviewId: interviews[s.interview]?.id ?? '', questionId: s.question ? (interviews[s.interview]?.questions.get(s.question) ?? null) : null }
        : s.type === 'passage'
          ? { type: 'passage' as const, passageId: documents[s.document]?.passages[s.passage] ?? '' }
          : { type: 'direct' as const };
    await t.must('finding:create', {
      engagementId,
      source,
      fields: {
        statement: demo.statement,
        quote: demo.quote,
        kind: demo.kind,
        importance: demo.importance,
        themeIds: demo.themeIds.map((id) => themeId.get(id) ?? ''),
        ...(s.type === 'direct' ? { group: s.group } : {}),
      },
    });
  }
}
