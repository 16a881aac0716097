import { createReadStream } from 'node:fs';
import { join } from 'node:path';
import {
  INTERVIEW_STATUSES,
  type InterviewStatus,
  type InterviewStatusDates,
} from '../../shared/domain/interview.js';
import type { CoreContext } from '../core/core-context.js';
import { KoersError } from '../base/koers-error.js';
import { addDocument, createPassage } from '../domains/documents/document.service.js';
import { createFinding } from '../domains/findings/finding.service.js';
import {
  createInterview,
  saveNotes,
  setInterviewStatus,
  setInterviewStatusDates,
} from '../domains/interviews/interview.service.js';
import { listEngagementStakeholders } from '../domains/stakeholders/stakeholder.service.js';
import { listEngagementThemes } from '../domains/findings/theme.service.js';
import { demoDocuments, demoFindings, demoInterviews } from './demo-analysis-content.js';
import { resolveDemoDir } from './demo-files.js';

/** Paragraphs as the editor stores them: Tiptap JSON plus the plain text it would give. */
export function paragraphsToNotes(paragraphs: string[]): { json: string; text: string } {
  return {
    json: JSON.stringify({
      type: 'doc',
      content: paragraphs.map((p) => ({
        type: 'paragraph',
        content: p === '' ? [] : [{ type: 'text', text: p }],
      })),
    }),
    text: paragraphs.join('\n\n'),
  };
}

/**
 * Step 1 of the demo: documents with passages, interviews with notes, findings. Everything
 * goes through the same services as the UI, so the demo shows only what the app can do.
 */
export async function addDemoAnalysis(ctx: CoreContext, engagementId: string): Promise<void> {
  const people = new Map(
    (await listEngagementStakeholders(ctx, engagementId)).map((s) => [s.name, s.id]),
  );
  // The demo refers to the method's theme ids; a new engagement has the default list's themes
  // in the same order, under its own UUIDs.
  const method = ctx.method.themes;
  const list = method.lists.find((l) => l.id === method.defaultList)!;
  const themes = await listEngagementThemes(ctx, engagementId);
  const themeId = (methodId: string): string => {
    const index = list.themes.findIndex((t) => t.id === methodId);
    const theme = themes.find((t) => t.sortOrder === index);
    if (index < 0 || !theme) throw new KoersError('NOT_FOUND');
    return theme.id;
  };

  const demoDir = resolveDemoDir();
  const passageIds: string[][] = [];
  for (const doc of demoDocuments) {
    const staged = await ctx.uploads.stageStream(
      createReadStream(join(demoDir, doc.fileName)),
      doc.fileName,
    );
    const stored = await addDocument(ctx, engagementId, staged.uploadId, doc.fields);
    const ids: string[] = [];
    for (const passage of doc.passages)
      ids.push((await createPassage(ctx, engagementId, stored.id, passage)).id);
    passageIds.push(ids);
  }

  const interviews: { id: string; questions: Map<string, string> }[] = [];
  for (const demo of demoInterviews) {
    const participantIds = demo.participantNames.map((name) => {
      const id = people.get(name);
      if (!id) throw new KoersError('NOT_FOUND');
      return id;
    });
    const interview = await createInterview(ctx, engagementId, {
      title: demo.title,
      scheduledAt: demo.scheduledAt,
      location: demo.location,
      interviewers: demo.interviewers,
      participantIds,
    });
    const questions = new Map(interview.questions.map((q) => [q.guideQuestionId ?? '', q.id]));
    for (const [guideId, paragraphs] of Object.entries(demo.notes)) {
      const questionId = questions.get(guideId);
      if (!questionId) throw new KoersError('NOT_FOUND');
      await saveNotes(ctx, engagementId, interview.id, questionId, paragraphsToNotes(paragraphs));
    }
    if (demo.freeNotes.length > 0) {
      await saveNotes(ctx, engagementId, interview.id, null, paragraphsToNotes(demo.freeNotes));
    }
    // Walk the statuses in order, as a consultant would, so each has its date.
    for (const status of INTERVIEW_STATUSES.slice(1, INTERVIEW_STATUSES.indexOf(demo.status) + 1)) {
      await setInterviewStatus(ctx, engagementId, interview.id, status);
    }
    // ... and then dates like a real engagement's: planned two weeks ahead, held on the day.
    await setInterviewStatusDates(
      ctx,
      engagementId,
      interview.id,
      demoStatusDates(demo.scheduledAt, demo.status, ctx.now()),
    );
    interviews.push({ id: interview.id, questions });
  }

  for (const finding of demoFindings) {
    const fields = {
      statement: finding.statement,
      quote: finding.quote,
      kind: finding.kind,
      themeIds: finding.themeIds.map(themeId),
      importance: finding.importance,
    };
    const source = finding.source;
    if (source.type === 'interview') {
      const interview = interviews[source.interview]!;
      const questionId =
        source.question === null ? null : (interview.questions.get(source.question) ?? null);
      await createFinding(
        ctx,
        engagementId,
        { type: 'interview', interviewId: interview.id, questionId },
        fields,
      );
    } else if (source.type === 'passage') {
      const passageId = passageIds[source.document]![source.passage]!;
      await createFinding(ctx, engagementId, { type: 'passage', passageId }, fields);
    } else {
      await createFinding(
        ctx,
        engagementId,
        { type: 'direct' },
        { ...fields, group: source.group },
      );
    }
  }
}

/** Days after the interview on which each status was reached in the demo. */
const DEMO_STATUS_DAYS: Record<InterviewStatus, number> = {
  gepland: -14,
  afgenomen: 0,
  uitgewerkt: 3,
  'ter-review': 5,
  geaccordeerd: 12,
};

/** Dates of the reached statuses around the interview's day, never after today. */
export function demoStatusDates(
  scheduledAt: string,
  status: InterviewStatus,
  now: string,
): InterviewStatusDates {
  const day = Date.parse(`${scheduledAt.slice(0, 10)}T12:00:00.000Z`);
  const today = now.slice(0, 10);
  const dates: InterviewStatusDates = {};
  for (const reached of INTERVIEW_STATUSES.slice(0, INTERVIEW_STATUSES.indexOf(status) + 1)) {
    const date = new Date(day + DEMO_STATUS_DAYS[reached] * 86_400_000).toISOString().slice(0, 10);
    dates[reached] = date < today ? date : today;
  }
  return dates;
}
