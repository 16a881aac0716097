import fs from 'node:fs';
import path from 'node:path';
import { randomUUID } from 'node:crypto';
import type { EngagementFields, OpenEngagement } from '../../../shared/domain/engagement.js';
import { DEFAULT_HOUSE_STYLE } from '../../../shared/domain/engagement.js';
import { localize } from '../../../shared/domain/method.js';
import { closeCleanly } from '../../store/engagement-file.js';
import { createKoersFile, openKoersFile } from '../../core/koers-files.js';
import type { KoersFile } from '../schema.js';
import { findEngagement, insertEngagement } from './engagement.repository.js';
import { writeMethodPart } from './method.repository.js';
import { insertThemes } from '../findings/theme.repository.js';
import { openSqlite } from '../../store/sqlite-connection.js';
import type { CoreContext } from '../../core/core-context.js';
import { KoersError } from '../../base/koers-error.js';
import { describeOpen, type OpenDocument } from '../../core/open-engagements.js';
import { engagementFromRow } from './engagement.mapper.js';
import { ENGAGEMENT_FILE_EXTENSION } from '../../store/file-format.js';
import { fileNameFromTitle, resolveInWorkspace, uniqueFileName } from '../../app/workspace.js';

// Opening, creating, copying and renaming engagement files: the "document" side of the core.

export type NewEngagementFields = Partial<EngagementFields> &
  Pick<EngagementFields, 'clientName' | 'title'>;

async function register(ctx: CoreContext, file: KoersFile): Promise<OpenEngagement> {
  const row = await findEngagement(file.db);
  if (!row) {
    closeCleanly(file.sqlite);
    throw new KoersError('FILE_CORRUPT', { fileName: path.basename(file.path) });
  }
  if (ctx.open.has(row.id)) {
    closeCleanly(file.sqlite);
    throw new KoersError('FILE_IN_USE', { fileName: path.basename(file.path) });
  }
  const doc: OpenDocument = { engagementId: row.id, file };
  ctx.open.add(doc);
  const engagement = engagementFromRow(row);
  ctx.appIndex.touchRecent({
    path: file.path,
    title: engagement.title,
    clientName: engagement.clientName,
  });
  return describeOpen(doc, engagement);
}

/** For other services that build a file themselves (JSON import): open it as a document. */
export const registerEngagementFile = (
  ctx: CoreContext,
  file: KoersFile,
): Promise<OpenEngagement> => register(ctx, file);

export async function describeDoc(doc: OpenDocument): Promise<OpenEngagement> {
  const row = await findEngagement(doc.file.db);
  if (!row) throw new KoersError('NOT_FOUND');
  return describeOpen(doc, engagementFromRow(row));
}

export async function openEngagementAt(
  ctx: CoreContext,
  filePath: string,
): Promise<OpenEngagement> {
  const already = ctx.open.findByPath(filePath);
  if (already) return describeDoc(already);
  const trusted = ctx.appIndex.cleanCloseOf(filePath);
  const file = await openKoersFile(ctx, filePath, trusted);
  // From now on the file changes: the fingerprint no longer vouches for it.
  ctx.appIndex.setCleanClose(filePath, undefined);
  return register(ctx, file);
}

export async function createEngagementAt(
  ctx: CoreContext,
  filePath: string,
  fields: NewEngagementFields,
): Promise<OpenEngagement> {
  const now = ctx.now();
  const language = fields.language ?? ctx.appIndex.preferences.language;
  const style = fields.houseStyle ?? DEFAULT_HOUSE_STYLE;
  const method = ctx.method;
  const themeList = method.themes.lists.find((l) => l.id === method.themes.defaultList)!;
  const file = await createKoersFile(ctx, filePath, async (trx) => {
    await insertEngagement(trx, {
      id: randomUUID(),
      client_name: fields.clientName,
      title: fields.title,
      consultants_json: JSON.stringify(fields.consultants ?? []),
      start_date: fields.startDate ?? null,
      status: fields.status ?? 'voorbereiding',
      language,
      primary_color: style.primaryColor,
      secondary_color: style.secondaryColor,
      font_name: style.fontName,
      logo_mime: style.logo?.mimeType ?? null,
      logo_data: style.logo ? Buffer.from(style.logo.dataBase64, 'base64') : null,
      method_version: method.manifest.version,
      created_at: now,
      updated_at: now,
    });
    // The engagement keeps its own copy of the method: editing resources/method later
    // never changes what this file shows.
    await writeMethodPart(trx, 'manifest', method.manifest, now);
    await writeMethodPart(trx, 'steps', method.steps, now);
    await writeMethodPart(trx, 'themes', method.themes, now);
    await writeMethodPart(trx, 'interviewGuide', method.interviewGuide, now);
    // Each area's part (sessions, stakeholder tools …) is copied with the base.
    for (const [part, content] of Object.entries(method.parts))
      await writeMethodPart(trx, part, content, now);
    await insertThemes(
      trx,
      themeList.themes.map((theme, i) => ({
        id: randomUUID(),
        name: localize(theme.name, language),
        color: theme.color,
        sort_order: i,
        created_at: now,
        updated_at: now,
      })),
    );
  });
  return register(ctx, file);
}

/**
 * Word's "Opslaan als": the open engagement continues in the copy, the original stays as it
 * was when last saved (every change is saved immediately, so that is now).
 */
export async function saveEngagementAs(
  ctx: CoreContext,
  engagementId: string,
  targetPath: string,
  overwrite: boolean,
): Promise<OpenEngagement> {
  const doc = ctx.open.get(engagementId);
  const resolved = path.resolve(targetPath);
  if (resolved === path.resolve(doc.file.path)) return describeDoc(doc);
  if (ctx.open.findByPath(resolved)) {
    throw new KoersError('FILE_IN_USE', { fileName: path.basename(resolved) });
  }
  if (fs.existsSync(resolved) && !overwrite) {
    throw new KoersError('FILE_EXISTS', { fileName: path.basename(resolved) });
  }
  const temp = path.join(path.dirname(resolved), `.${path.basename(resolved)}.${randomUUID()}.tmp`);
  try {
    await doc.file.sqlite.backup(temp);
    // The copy inherits WAL mode from the page images; leave it as a closed Koers file.
    const copy = openSqlite(
      temp,
      ctx.options.nativeBinding ? { nativeBinding: ctx.options.nativeBinding } : {},
    );
    copy.pragma('journal_mode = DELETE');
    copy.close();
    fs.renameSync(temp, resolved);
  } finally {
    fs.rmSync(temp, { force: true });
  }
  await ctx.open.close(engagementId);
  return openEngagementAt(ctx, resolved);
}

export async function renameEngagement(
  ctx: CoreContext,
  engagementId: string,
  targetPath: string,
): Promise<OpenEngagement> {
  const doc = ctx.open.get(engagementId);
  const from = path.resolve(doc.file.path);
  const to = path.resolve(targetPath);
  if (from === to) return describeDoc(doc);
  if (fs.existsSync(to)) throw new KoersError('FILE_EXISTS', { fileName: path.basename(to) });
  await ctx.open.close(engagementId);
  try {
    fs.linkSync(from, to);
    fs.unlinkSync(from);
  } catch {
    // No hard links on this volume (USB stick): a plain rename, after the existence check above.
    if (!fs.existsSync(to)) fs.renameSync(from, to);
  }
  ctx.appIndex.forgetPath(from);
  return openEngagementAt(ctx, to);
}

/**
 * Browser mode's "Openen vanaf elders": a .koers file the user chose anywhere on the computer
 * arrives as an upload. The page cannot write back to where it came from, so the engagement
 * continues in a copy in the workspace ("Naam (2).koers" when the name is taken); the original
 * stays as it was. A file that is not a (sound) engagement leaves no copy behind.
 */
export async function openUploadedEngagement(
  ctx: CoreContext,
  uploadId: string,
): Promise<OpenEngagement> {
  const upload = ctx.uploads.take(uploadId);
  let target: string | undefined;
  try {
    if (!upload.fileName.toLowerCase().endsWith(ENGAGEMENT_FILE_EXTENSION))
      throw new KoersError('NOT_A_KOERS_FILE', { fileName: upload.fileName });
    fs.mkdirSync(ctx.workspaceDir, { recursive: true });
    const name = uniqueFileName(ctx.workspaceDir, fileNameFromTitle(upload.fileName));
    target = resolveInWorkspace(ctx.workspaceDir, name);
    // COPYFILE_EXCL: a file that appeared under this name meanwhile is never overwritten.
    fs.copyFileSync(upload.path, target, fs.constants.COPYFILE_EXCL);
    return await openEngagementAt(ctx, target);
  } catch (error) {
    if (target && !ctx.open.findByPath(target))
      for (const suffix of ['', '-wal', '-shm', '-journal'])
        fs.rmSync(target + suffix, { force: true });
    throw error;
  } finally {
    upload.release();
  }
}
