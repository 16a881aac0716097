import path from 'node:path';
import type { Core } from '../../core/core-types.js';
import {
  EXPORT_FORMATS,
  EXPORT_TYPES,
  type ExportTypeInfo,
  type ExportType,
} from '../../../shared/domain/export.js';
import { flagOption, stringOption } from '../cli-args.js';
import { withCliCore } from '../cli-core.js';
import { EXIT_FAILED, EXIT_OK, type CommandContext } from '../cli-context.js';
import { isDirectory, writeNewFile } from '../write-file.js';
import { printable } from '../printable.js';

interface Job {
  type: ExportType;
  interviewId?: string;
  /** The nulmeting's measurement; its documents take the newest when absent. */
  assessmentId?: string;
}

const isExportType = (v: string): v is ExportType =>
  (EXPORT_TYPES as readonly string[]).includes(v);

/** One document: start the job, wait for it, write its bytes. Returns the path or an error line. */
async function makeOne(
  core: Core,
  engagementId: string,
  job: Job,
  options: Record<string, unknown>,
  outDir: string,
): Promise<{ ok: true; path: string } | { ok: false; message: string }> {
  const started = await core.call('export:start', {
    engagementId,
    type: job.type,
    ...(job.interviewId ? { interviewId: job.interviewId } : {}),
    ...(job.assessmentId ? { assessmentId: job.assessmentId } : {}),
    options,
  });
  if (!started.ok) return { ok: false, message: started.error.message };
  const ended = await core.waitForExport(started.value.jobId);
  if (!ended.ok) return { ok: false, message: ended.error.message };
  if (ended.value.state !== 'done')
    return { ok: false, message: ended.value.error?.message ?? ended.value.state };
  const taken = await core.takeExport(started.value.jobId);
  if (!taken.ok) return { ok: false, message: taken.error.message };
  return { ok: true, path: writeNewFile(outDir, taken.value.fileName, taken.value.bytes) };
}

export async function exportCommand(ctx: CommandContext): Promise<number> {
  const { t, positionals, values } = ctx;
  if (positionals.length === 0) return ctx.usageError(t('missingFile'));
  if (positionals.length > 1) return ctx.usageError(t('tooManyArguments'));
  const typeArg = stringOption(values, 'type');
  const out = stringOption(values, 'out');
  if (typeArg === undefined) return ctx.usageError(t('missingOption', { option: '--type' }));
  if (out === undefined) return ctx.usageError(t('missingOption', { option: '--out' }));
  if (typeArg !== 'all' && !isExportType(typeArg))
    return ctx.usageError(
      t('export.unknownType', { value: typeArg, known: EXPORT_TYPES.join(', ') }),
    );
  const format = stringOption(values, 'format');
  if (format !== undefined && !(EXPORT_FORMATS as readonly string[]).includes(format))
    return ctx.usageError(t('export.unknownFormat', { value: format }));
  const interviewId = stringOption(values, 'interview');
  const allInterviews = flagOption(values, 'all-interviews');
  const assessmentId = stringOption(values, 'assessment');
  if (typeArg === 'interview-report' && !interviewId && !allInterviews)
    return ctx.usageError(t('export.needsInterview'));

  const outDir = path.resolve(out);
  if (!isDirectory(outDir)) {
    ctx.io.stderr(t('folderMissing', { dir: outDir }));
    return EXIT_FAILED;
  }
  // Documents are in the engagement's language unless --lang was given on this command line
  // (KOERS_LANG only sets the language of the messages).
  const lang = stringOption(values, 'lang');
  const options = {
    useNames: flagOption(values, 'names'),
    confidential: flagOption(values, 'confidential'),
    ...(lang ? { language: lang } : {}),
  };
  const filePath = path.resolve(positionals[0]!);

  return withCliCore(ctx.env, ctx.language, path.dirname(filePath), async (core) => {
    const available = await core.call('export:types', {});
    if (!available.ok) {
      ctx.io.stderr(printable(available.error.message));
      return EXIT_FAILED;
    }
    let chosen: ExportTypeInfo[];
    if (typeArg === 'all') {
      chosen = available.value.filter((t) => format === undefined || t.format === format);
      if (chosen.length === 0) {
        ctx.io.stderr(format ? t('export.noTypesInFormat', { format }) : t('export.noTypes'));
        return EXIT_FAILED;
      }
    } else {
      const info = available.value.find((t) => t.type === typeArg);
      if (!info) {
        ctx.io.stderr(t('export.typeUnavailable', { type: typeArg }));
        return EXIT_FAILED;
      }
      if (format !== undefined && info.format !== format)
        return ctx.usageError(t('export.formatMismatch', { type: typeArg, format: info.format }));
      chosen = [info];
    }

    const opened = await core.openPath(filePath);
    if (!opened.ok) {
      ctx.io.stderr(printable(opened.error.message));
      return EXIT_FAILED;
    }
    const engagementId = opened.value.engagementId;
    const jobs: Job[] = [];
    for (const info of chosen) {
      if (!info.needsInterview) {
        jobs.push({ type: info.type, ...(assessmentId ? { assessmentId } : {}) });
      } else if (interviewId) {
        jobs.push({ type: info.type, interviewId });
      } else {
        const interviews = await core.call('interview:list', { engagementId });
        if (!interviews.ok) {
          ctx.io.stderr(printable(interviews.error.message));
          return EXIT_FAILED;
        }
        if (interviews.value.length === 0) ctx.io.stderr(t('export.noInterviews'));
        for (const iv of interviews.value) jobs.push({ type: info.type, interviewId: iv.id });
      }
    }

    let failed = 0;
    for (const job of jobs) {
      const made = await makeOne(core, engagementId, job, options, outDir);
      if (made.ok) {
        ctx.io.stdout(printable(made.path));
      } else {
        failed++;
        ctx.io.stderr(
          t('export.failed', {
            label: job.interviewId ? `${job.type} ${job.interviewId}` : job.type,
            message: made.message,
          }),
        );
      }
    }
    return failed === 0 ? EXIT_OK : EXIT_FAILED;
  });
}
