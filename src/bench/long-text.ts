import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createCore } from '../main/core/create-core.js';
import type { Core } from '../main/core/core-types.js';
import type { ExportType } from '../shared/domain/export.js';
import type { RichText } from '../shared/domain/interview.js';
import { must } from './must.js';

// The "lange tekst" case (issue 10): text that is long in one piece, not long in total. A word of
// 40,000 characters without a space, a paragraph of 10,000 runs with alternating marks, a quote
// of 20,000 characters. Shared by the bench and test/exports/long-text.test.ts.

const MARKS = [[], ['bold'], ['italic'], ['bold', 'italic'], ['underline'], ['code']];

function runWords(count: number): string[] {
  return Array.from({ length: count }, (_, i) => `woord${i} `);
}

export const LONG_TEXT = {
  word: 'x'.repeat(39_990) + '0123456789',
  runsText: runWords(10_000).join(''),
  quote: Array.from({ length: 2000 }, (_, i) => `zin ${String(i).padStart(4, '0')}.`)
    .join(' ')
    .slice(0, 20_000),
};

/** Interview notes (Tiptap JSON and plain text) with the long word and the many-run paragraph. */
export function longTextNotes(): RichText {
  const runs = runWords(10_000).map((text, i) => ({
    type: 'text',
    text,
    marks: MARKS[i % MARKS.length]!.map((type) => ({ type })),
  }));
  const doc = {
    type: 'doc',
    content: [
      { type: 'paragraph', content: [{ type: 'text', text: LONG_TEXT.word }] },
      { type: 'paragraph', content: runs },
    ],
  };
  return { json: JSON.stringify(doc), text: `${LONG_TEXT.word}\n${LONG_TEXT.runsText}` };
}

/** One export through the core, from export:start until the bytes are taken, in ms. */
async function timedExport(
  core: Core,
  input: { engagementId: string; type: ExportType; interviewId?: string },
): Promise<number> {
  const start = process.hrtime.bigint();
  const job = await must(core.call('export:start', { ...input, options: {} }));
  const status = await must(core.waitForExport(job.jobId));
  if (status.state !== 'done') throw new Error(`${input.type}: ${status.state}`);
  await must(core.takeExport(job.jobId));
  return Number(process.hrtime.bigint() - start) / 1e6;
}

/**
 * The bench's "lange tekst" figure: an interview report with the long word and the many-run
 * paragraph in its notes, and a findings report with the long quote, in a small engagement of
 * their own, so the time is that of the text and not of the stress file.
 */
export async function measureLongText(): Promise<{ interviewMs: number; findingsMs: number }> {
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'koers-bench-long-'));
  const core = await createCore({
    dataDir: path.join(work, 'data'),
    workspaceDir: work,
    shell: 'cli',
  });
  try {
    const { engagementId } = await must(
      core.call('engagement:create', { fields: { clientName: 'Lang', title: 'Lange tekst' } }),
    );
    const person = await must(
      core.call('stakeholder:create', {
        engagementId,
        fields: { name: 'Ilse Vermeer', group: 'wethouder' },
      }),
    );
    const interview = await must(
      core.call('interview:create', {
        engagementId,
        fields: { title: 'Lang gesprek', participantIds: [person.id] },
      }),
    );
    await must(
      core.call('interview:saveNotes', {
        engagementId,
        interviewId: interview.id,
        questionId: interview.questions[0]!.id,
        notes: longTextNotes(),
      }),
    );
    await must(
      core.call('finding:create', {
        engagementId,
        source: { type: 'interview', interviewId: interview.id, questionId: null },
        fields: {
          statement: 'Lange quote',
          quote: LONG_TEXT.quote,
          kind: 'risico',
          group: 'raadslid',
        },
      }),
    );
    const interviewMs = await timedExport(core, {
      engagementId,
      type: 'interview-report',
      interviewId: interview.id,
    });
    const findingsMs = await timedExport(core, { engagementId, type: 'findings-report' });
    await must(core.call('engagement:close', { engagementId }));
    return { interviewMs, findingsMs };
  } finally {
    await core.dispose();
    fs.rmSync(work, { recursive: true, force: true });
  }
}
