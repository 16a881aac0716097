import fs from 'node:fs';
import path from 'node:path';
import type { OpenEngagement } from '../../shared/domain/engagement.js';
import { fail, ok, type Result } from '../../shared/result.js';
import { createKoersFile } from '../core/koers-files.js';
import { importFailure } from './interchange-messages.js';
import { INTERCHANGE_MAX_CHARS, type InterchangeDocument } from './interchange-schema.js';
import { InterchangeError, parseInterchange } from './parse-interchange.js';
import { serializeInterchange } from './serialize-interchange.js';
import { insertEngagement, readEngagement } from './interchange.repository.js';
import type { CoreContext } from '../core/core-context.js';
import { errorResult } from '../../shared/error-result.js';
import { KoersError } from '../base/koers-error.js';
import { registerEngagementFile } from '../domains/engagement/engagement-files.service.js';
import { engagementGuide } from '../domains/interviews/interview-guide.service.js';

// The JSON interchange format on the core's side: reading a whole engagement (every table,
// including checklist state and the method copy, which the export snapshot leaves out) and
// building a new file from such a document with the original ids and timestamps.

export interface InterchangeExportOptions {
  withAttachments: boolean;
  /** ISO instant for `exportedAt`; now when absent (the CLI passes SOURCE_DATE_EPOCH). */
  exportedAt?: string;
}

/** The whole engagement as interchange JSON text (deterministic: see serializeInterchange). */
export async function exportInterchange(
  ctx: CoreContext,
  engagementId: string,
  options: InterchangeExportOptions,
): Promise<string> {
  const doc = ctx.open.get(engagementId);
  // Files from before step 1 get their guide copy on first use; take it now, so the export
  // contains the copy the file will keep from here on.
  await engagementGuide(ctx, doc.file.db);
  const data = readEngagement(
    doc.file.sqlite,
    options.withAttachments,
    options.exportedAt ?? ctx.now(),
    ctx.appVersion,
  );
  let text: string;
  try {
    text = serializeInterchange(data);
  } catch (error) {
    // Attachments too large for one JavaScript string (about 512 MB).
    if (error instanceof RangeError) throw new KoersError('NOT_SUPPORTED', {}, { cause: error });
    throw error;
  }
  if (text.length > INTERCHANGE_MAX_CHARS) throw new KoersError('NOT_SUPPORTED');
  return text;
}

/**
 * Reads and checks an interchange file. Never throws: a bad file becomes INVALID_INPUT with the
 * path of the first bad field, in a message that also says no file was made.
 */
export function loadInterchangeFile(
  ctx: CoreContext,
  jsonPath: string,
): Result<InterchangeDocument> {
  const fileName = path.basename(jsonPath);
  const refuse = (error: InterchangeError) =>
    fail({
      code: 'INVALID_INPUT',
      message: importFailure(ctx.language(), fileName, error.path, error.reason),
      path: error.path,
    });
  const stat = fs.statSync(jsonPath, { throwIfNoEntry: false });
  if (!stat?.isFile()) {
    return errorResult('FILE_MISSING', { fileName, displayPath: jsonPath }, ctx.language());
  }
  // UTF-16 code units never outnumber UTF-8 bytes, so the byte size is a safe first bound.
  if (stat.size > INTERCHANGE_MAX_CHARS * 3) {
    return refuse(
      new InterchangeError('', {
        kind: 'tooLarge',
        maxMegabytes: Math.floor(INTERCHANGE_MAX_CHARS / 1024 / 1024),
      }),
    );
  }
  try {
    let text: string;
    try {
      text = new TextDecoder('utf-8', { fatal: true }).decode(fs.readFileSync(jsonPath));
    } catch (error) {
      if (error instanceof TypeError)
        throw new InterchangeError('', { kind: 'notJson', detail: 'UTF-8' });
      if (error instanceof RangeError) {
        throw new InterchangeError('', {
          kind: 'tooLarge',
          maxMegabytes: Math.floor(INTERCHANGE_MAX_CHARS / 1024 / 1024),
        });
      }
      throw error;
    }
    return ok(parseInterchange(text, ctx.method));
  } catch (error) {
    if (error instanceof InterchangeError) return refuse(error);
    throw error;
  }
}

/**
 * A new engagement file from a checked interchange document, with the original ids and
 * timestamps. Built under a temporary name and linked into place only when complete, so a
 * failure leaves nothing behind; the search index fills itself through the schema's triggers.
 */
export async function importInterchange(
  ctx: CoreContext,
  doc: InterchangeDocument,
  targetPath: string,
): Promise<OpenEngagement> {
  if (ctx.open.has(doc.engagement.id)) {
    throw new KoersError('FILE_IN_USE', { fileName: path.basename(targetPath) });
  }
  const file = await createKoersFile(ctx, targetPath, (trx) => insertEngagement(trx, doc));
  return registerEngagementFile(ctx, file);
}
