import fs from 'node:fs';
import path from 'node:path';
import { randomUUID } from 'node:crypto';
import type { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { StagedUpload } from '../../shared/domain/document.js';
import { KoersError } from '../base/koers-error.js';

// Files reach the core out of band, because they can be far larger than any JSON message:
// the HTTP bridge streams an upload to disk, the Electron shell hands over a path the user
// picked in a native dialog. Either way the renderer only ever holds an opaque upload id.

interface StagedRecord extends StagedUpload {
  /** Where the bytes are: our own temp file, or the user's file for a dialog pick. */
  path: string;
  ownsFile: boolean;
}

/** 2 GiB: larger files do not belong inside an engagement file that is mailed around. */
export const MAX_UPLOAD_BYTES = 2 * 1024 * 1024 * 1024;

const MIME_BY_EXTENSION: Record<string, string> = {
  '.pdf': 'application/pdf',
  '.docx': 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  '.doc': 'application/msword',
  '.xlsx': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  '.pptx': 'application/vnd.openxmlformats-officedocument.presentationml.presentation',
  '.odt': 'application/vnd.oasis.opendocument.text',
  '.txt': 'text/plain',
  '.md': 'text/markdown',
  '.html': 'text/html',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
};

export const mimeTypeFor = (fileName: string): string =>
  MIME_BY_EXTENSION[path.extname(fileName).toLowerCase()] ?? 'application/octet-stream';

/** A file name from outside, reduced to a plain name that is safe to show and to write. */
export function safeFileName(name: string): string {
  const base = name.split(/[\\/]/).pop() ?? '';
  const cleaned = base
    // eslint-disable-next-line no-control-regex
    .replace(/[<>:"|?*\u0000-\u001f\u007f]/g, '_')
    .trim()
    .slice(0, 200);
  return cleaned === '' || cleaned === '.' || cleaned === '..' ? 'document' : cleaned;
}

export class UploadStaging {
  private readonly staged = new Map<string, StagedRecord>();

  constructor(private readonly dir: string) {}

  /** Streams bytes to a temp file; never holds the whole file in memory. */
  async stageStream(source: Readable, fileName: string): Promise<StagedUpload> {
    fs.mkdirSync(this.dir, { recursive: true });
    const uploadId = randomUUID();
    const target = path.join(this.dir, `${uploadId}.upload`);
    let size = 0;
    source.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_UPLOAD_BYTES)
        source.destroy(new KoersError('INVALID_INPUT', { path: 'bestand' }));
    });
    try {
      await pipeline(source, fs.createWriteStream(target, { flags: 'wx' }));
    } catch (error) {
      fs.rmSync(target, { force: true });
      throw error;
    }
    const name = safeFileName(fileName);
    const record: StagedRecord = {
      uploadId,
      fileName: name,
      mimeType: mimeTypeFor(name),
      sizeBytes: size,
      path: target,
      ownsFile: true,
    };
    this.staged.set(uploadId, record);
    return this.describe(record);
  }

  /** A file the user picked in a native dialog: read in place when added, not copied first. */
  stagePath(filePath: string): StagedUpload {
    let stat: fs.Stats;
    try {
      stat = fs.statSync(filePath);
    } catch {
      throw new KoersError('FILE_MISSING', {
        fileName: path.basename(filePath),
        displayPath: filePath,
      });
    }
    if (!stat.isFile()) throw new KoersError('NOT_FOUND');
    const uploadId = randomUUID();
    const name = safeFileName(path.basename(filePath));
    const record: StagedRecord = {
      uploadId,
      fileName: name,
      mimeType: mimeTypeFor(name),
      sizeBytes: stat.size,
      path: filePath,
      ownsFile: false,
    };
    this.staged.set(uploadId, record);
    return this.describe(record);
  }

  /** Hands the upload over once; the caller must call release() when done. */
  take(uploadId: string): StagedRecord & { release(): void } {
    const record = this.staged.get(uploadId);
    if (!record) throw new KoersError('NOT_FOUND');
    this.staged.delete(uploadId);
    return {
      ...record,
      release: () => {
        if (record.ownsFile) fs.rmSync(record.path, { force: true });
      },
    };
  }

  /** Removes every temp file, including those of a previous run that was killed. */
  clear(): void {
    this.staged.clear();
    fs.rmSync(this.dir, { recursive: true, force: true });
  }

  private describe(record: StagedRecord): StagedUpload {
    const { uploadId, fileName, mimeType, sizeBytes } = record;
    return { uploadId, fileName, mimeType, sizeBytes };
  }
}
