// .js extensions: this file is also type-checked under NodeNext by its tests, and Vite maps
// them to the .ts sources.
//
// Moving document files in and out of the core. The bytes never travel through the JSON API:
// in Electron the preload hands main a disk path (which the page itself never sees), in browser
// mode the file is streamed to POST /upload and fetched back from GET /files/….
import type { EngagementApi } from '../../shared/contract.js';
import type { Language } from '../../shared/domain/common.js';
import type { StagedUpload } from '../../shared/domain/document.js';
import { errorResult } from '../../shared/error-result.js';
import type { ShellApi } from '../../shared/shell-contract.js';
import type { ErrorCode, Result } from '../../shared/result.js';

/** Equal to the server's limit (src/main/server/upload-handler.ts): refused before sending. */
export const MAX_UPLOAD_BYTES = 2 * 1024 ** 3;

export type UploadProgress = (loadedBytes: number, totalBytes: number) => void;

/** What the Electron preload exposes as window.koersFiles. */
export interface KoersFilesBridge {
  stage(file: File): Promise<Result<StagedUpload>>;
}

/** One HTTP upload with progress: XMLHttpRequest in the page (fetch reports no upload progress). */
export type SendUpload = (request: {
  url: string;
  headers: Record<string, string>;
  body: Blob;
  onProgress: (loadedBytes: number) => void;
}) => Promise<{ status: number; text: string } | 'NETWORK_ERROR'>;

export interface FilesEnvironment {
  koers?: Pick<
    EngagementApi & ShellApi,
    'shell:pickDocuments' | 'shell:openDocument' | 'shell:saveExport'
  >;
  koersFiles?: KoersFilesBridge;
  sendUpload: SendUpload;
  /** Starts a browser download of a same-origin URL. */
  download: (url: string) => void;
  language: () => Language;
  /** Relative to the page by default, like the JSON API. */
  baseUrl?: string;
}

export interface FilesApi {
  canPickNatively(): boolean;
  pickDocuments(engagementId: string): Promise<Result<StagedUpload[]>>;
  stageFiles(files: File[], onProgress?: UploadProgress): Promise<Result<StagedUpload>[]>;
  openDocument(engagementId: string, documentId: string): Promise<Result<{ opened: boolean }>>;
  saveExport(jobId: string, fileName: string): Promise<Result<SavedExport>>;
}

/** `saved: false` when the user cancelled the save dialog (Electron). */
export interface SavedExport {
  saved: boolean;
  fileName: string;
}

export function createFilesApi(env: FilesEnvironment): FilesApi {
  const baseUrl = env.baseUrl ?? './';
  const failure = (code: ErrorCode, params: Record<string, string> = {}, path?: string) =>
    errorResult(code, params, env.language(), path);

  const uploadOverHttp = async (
    file: File,
    onLoaded: (bytes: number) => void,
  ): Promise<Result<StagedUpload>> => {
    const answer = await env.sendUpload({
      url: `${baseUrl}upload`,
      headers: {
        'Content-Type': 'application/octet-stream',
        'X-Koers-Request': '1',
        'X-Koers-File-Name': encodeURIComponent(file.name),
      },
      body: file,
      onProgress: onLoaded,
    });
    if (answer === 'NETWORK_ERROR')
      return failure('INTERNAL', {
        detail: env.language() === 'en' ? 'Koers cannot be reached' : 'Koers is niet bereikbaar',
      });
    return parseResult(answer.text, answer.status, failure);
  };

  return {
    canPickNatively: () => env.koers !== undefined,

    async pickDocuments(engagementId) {
      if (env.koers === undefined) return failure('NOT_SUPPORTED');
      const picked = await env.koers['shell:pickDocuments']({ engagementId });
      // null only means "cancelled"; the operation answers [] for that, but be lenient.
      return picked.ok ? { ok: true, value: picked.value ?? [] } : picked;
    },

    async stageFiles(files, onProgress) {
      const totalBytes = files.reduce((sum, file) => sum + file.size, 0);
      let doneBytes = 0;
      onProgress?.(0, totalBytes);
      const results: Result<StagedUpload>[] = [];
      // One at a time: the core stages one file at a time anyway, and progress stays honest.
      for (const file of files) {
        let result: Result<StagedUpload>;
        if (file.size > MAX_UPLOAD_BYTES) {
          result = tooLarge(file.name, env.language());
        } else if (env.koersFiles !== undefined) {
          try {
            result = await env.koersFiles.stage(file);
          } catch (error) {
            result = failure('INTERNAL', {
              detail: error instanceof Error ? error.message : String(error),
            });
          }
        } else {
          result = await uploadOverHttp(file, (loaded) =>
            onProgress?.(doneBytes + Math.min(loaded, file.size), totalBytes),
          );
        }
        doneBytes += file.size;
        onProgress?.(doneBytes, totalBytes);
        results.push(result);
      }
      return results;
    },

    async openDocument(engagementId, documentId) {
      if (env.koers !== undefined) {
        const opened = await env.koers['shell:openDocument']({ engagementId, documentId });
        return opened.ok ? { ok: true, value: opened.value ?? { opened: false } } : opened;
      }
      env.download(
        `${baseUrl}files/${encodeURIComponent(engagementId)}/${encodeURIComponent(documentId)}`,
      );
      return { ok: true, value: { opened: true } };
    },

    async saveExport(jobId, fileName) {
      if (env.koers !== undefined) {
        const saved = await env.koers['shell:saveExport']({ jobId });
        return saved.ok ? { ok: true, value: saved.value ?? { saved: false, fileName } } : saved;
      }
      // The browser saves it to its downloads folder under the name the server sends.
      env.download(`${baseUrl}exports/${encodeURIComponent(jobId)}`);
      return { ok: true, value: { saved: true, fileName } };
    },
  };
}

function tooLarge(fileName: string, language: Language): Result<never> {
  const message =
    language === 'en'
      ? `"${fileName}" is larger than 2 GB. Koers keeps documents up to 2 GB; split the file or keep a link to it instead.`
      : `"${fileName}" is groter dan 2 GB. Koers bewaart documenten tot 2 GB; splits het bestand of leg een verwijzing vast.`;
  return { ok: false, error: { code: 'INVALID_INPUT', message, path: 'size' } };
}

type Failure = (code: ErrorCode, params?: Record<string, string>, path?: string) => Result<never>;

function parseResult(text: string, status: number, failure: Failure): Result<StagedUpload> {
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    return failure('INTERNAL', { detail: `HTTP ${status}` });
  }
  if (typeof body === 'object' && body !== null && 'ok' in body) {
    const candidate = body as { ok: unknown; value?: unknown; error?: unknown };
    if (candidate.ok === true && isStagedUpload(candidate.value))
      return { ok: true, value: candidate.value };
    if (candidate.ok === false && typeof candidate.error === 'object' && candidate.error !== null) {
      const error = candidate.error as { code?: unknown; message?: unknown; path?: unknown };
      if (typeof error.code === 'string' && typeof error.message === 'string')
        return {
          ok: false,
          error: {
            code: error.code as ErrorCode,
            message: error.message,
            ...(typeof error.path === 'string' ? { path: error.path } : {}),
          },
        };
    }
  }
  return failure('INTERNAL', { detail: `HTTP ${status}` });
}

function isStagedUpload(value: unknown): value is StagedUpload {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  return (
    typeof v.uploadId === 'string' &&
    typeof v.fileName === 'string' &&
    typeof v.mimeType === 'string' &&
    typeof v.sizeBytes === 'number'
  );
}

const sendWithXhr: SendUpload = ({ url, headers, body, onProgress }) =>
  new Promise((resolve) => {
    const request = new XMLHttpRequest();
    request.open('POST', url);
    for (const [name, value] of Object.entries(headers)) request.setRequestHeader(name, value);
    request.upload.onprogress = (event) => onProgress(event.loaded);
    request.onload = () => resolve({ status: request.status, text: request.responseText });
    request.onerror = () => resolve('NETWORK_ERROR');
    request.onabort = () => resolve('NETWORK_ERROR');
    request.send(body);
  });

function clickDownload(url: string): void {
  const link = document.createElement('a');
  link.href = url;
  // The server names the file (Content-Disposition); an empty value keeps that name.
  link.download = '';
  link.rel = 'noopener';
  link.style.display = 'none';
  document.body.append(link);
  link.click();
  link.remove();
}

const pageLanguage = (): Language =>
  typeof document !== 'undefined' && document.documentElement.lang.startsWith('en') ? 'en' : 'nl';

let browserFiles: FilesApi | undefined;

/**
 * The preload's bridges, as declared in window.d.ts. Spelled out here because this file is
 * also checked under the Node test config, which does not see that global declaration.
 */
type Bridges = Pick<FilesEnvironment, 'koers' | 'koersFiles'>;

/** Bound to this window; made on first use so importing this module has no side effects. */
const files = (): FilesApi =>
  (browserFiles ??= createFilesApi({
    koers: (window as Bridges).koers,
    koersFiles: (window as Bridges).koersFiles,
    sendUpload: sendWithXhr,
    download: clickDownload,
    language: pageLanguage,
  }));

/** Electron: a native dialog can pick documents. Browser mode: a file input or drop only. */
export const canPickNatively = (): boolean => files().canPickNatively();

/** The native multi-select dialog (Electron); NOT_SUPPORTED in browser mode. [] on cancel. */
export const pickDocuments = (engagementId: string): Promise<Result<StagedUpload[]>> =>
  files().pickDocuments(engagementId);

/**
 * Stages dropped or chosen files for `document:add`, one result per file in the same order.
 * Progress counts bytes over all files; in Electron it moves per finished file.
 */
export const stageFiles = (
  list: File[],
  onProgress?: UploadProgress,
): Promise<Result<StagedUpload>[]> => files().stageFiles(list, onProgress);

/** Electron: opens the original in the system viewer. Browser: downloads it. */
export const openDocument = (
  engagementId: string,
  documentId: string,
): Promise<Result<{ opened: boolean }>> => files().openDocument(engagementId, documentId);

/**
 * A finished export job. Electron: the native save dialog, then the bytes are written there.
 * Browser: a download of ./exports/<jobId>, which the server hands over once.
 */
export const saveExport = (jobId: string, fileName: string): Promise<Result<SavedExport>> =>
  files().saveExport(jobId, fileName);
