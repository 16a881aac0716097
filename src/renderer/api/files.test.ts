import { describe, expect, it } from 'vitest';
import type { StagedUpload } from '../../shared/domain/document.js';
import type { Result } from '../../shared/result.js';
import {
  createFilesApi,
  MAX_UPLOAD_BYTES,
  type FilesEnvironment,
  type SendUpload,
} from './files.js';

const ENGAGEMENT = '3f1c1d52-7b0e-4c51-9d0e-0a6f1f0f6a11';
const DOCUMENT = '8d2b0c1e-5a4f-4e7d-9b1a-2c3d4e5f6a7b';
const JOB = '7c9e6679-7425-40de-944b-e07fc1f90ae7';

const stagedFor = (name: string, size: number): StagedUpload => ({
  uploadId: '0b5c6d7e-1f2a-4b3c-8d4e-5f6a7b8c9d0e',
  fileName: name,
  mimeType: 'application/pdf',
  sizeBytes: size,
});

const browserEnv = (sendUpload: SendUpload, extra: Partial<FilesEnvironment> = {}) => {
  const downloads: string[] = [];
  const env: FilesEnvironment = {
    sendUpload,
    download: (url) => downloads.push(url),
    language: () => 'nl',
    ...extra,
  };
  return { files: createFilesApi(env), downloads };
};

describe('browser mode', () => {
  it('uploads each file to ./upload with our headers and reports progress over all files', async () => {
    const requests: { url: string; headers: Record<string, string>; size: number }[] = [];
    const { files } = browserEnv(async ({ url, headers, body, onProgress }) => {
      requests.push({ url, headers, size: body.size });
      onProgress(Math.floor(body.size / 2));
      onProgress(body.size);
      const name = decodeURIComponent(headers['X-Koers-File-Name'] ?? '');
      return { status: 200, text: JSON.stringify({ ok: true, value: stagedFor(name, body.size) }) };
    });
    const progress: [number, number][] = [];
    const results = await files.stageFiles(
      [new File(['abcd'], 'Één "rapport".pdf'), new File(['123456'], 'b.docx')],
      (loaded, total) => progress.push([loaded, total]),
    );
    expect(results.map((r) => r.ok && r.value.fileName)).toEqual(['Één "rapport".pdf', 'b.docx']);
    expect(requests).toEqual([
      {
        url: './upload',
        headers: {
          'Content-Type': 'application/octet-stream',
          'X-Koers-Request': '1',
          'X-Koers-File-Name': '%C3%89%C3%A9n%20%22rapport%22.pdf',
        },
        size: 4,
      },
      expect.objectContaining({ size: 6 }),
    ]);
    expect(progress).toEqual([
      [0, 10],
      [2, 10],
      [4, 10],
      [4, 10],
      [7, 10],
      [10, 10],
      [10, 10],
    ]);
  });

  it("passes the server's refusal through and survives garbage or no connection", async () => {
    const answers: Awaited<ReturnType<SendUpload>>[] = [
      {
        status: 403,
        text: JSON.stringify({
          ok: false,
          error: { code: 'UNAUTHORIZED', message: 'Geen sessie' },
        }),
      },
      { status: 502, text: '<html>proxy</html>' },
      'NETWORK_ERROR',
    ];
    const { files } = browserEnv(async () => answers.shift() ?? 'NETWORK_ERROR');
    const [refused, garbage, offline] = await files.stageFiles([
      new File(['a'], 'a.pdf'),
      new File(['b'], 'b.pdf'),
      new File(['c'], 'c.pdf'),
    ]);
    expect(refused).toEqual({ ok: false, error: { code: 'UNAUTHORIZED', message: 'Geen sessie' } });
    expect(garbage).toMatchObject({ ok: false, error: { code: 'INTERNAL' } });
    if (garbage && !garbage.ok) expect(garbage.error.message).toContain('HTTP 502');
    expect(offline).toMatchObject({ ok: false, error: { code: 'INTERNAL' } });
    if (offline && !offline.ok) expect(offline.error.message).toContain('niet bereikbaar');
  });

  it('refuses a file over 2 GB without sending it', async () => {
    let sent = 0;
    const { files } = browserEnv(async () => {
      sent++;
      return 'NETWORK_ERROR';
    });
    const huge = { name: 'film.mp4', size: MAX_UPLOAD_BYTES + 1 } as File;
    const [result] = await files.stageFiles([huge]);
    expect(result).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', path: 'size' } });
    if (result && !result.ok) expect(result.error.message).toContain('groter dan 2 GB');
    expect(sent).toBe(0);
  });

  it('has no native dialog, and opens a document as a download of ./files/…', async () => {
    const { files, downloads } = browserEnv(async () => 'NETWORK_ERROR');
    expect(files.canPickNatively()).toBe(false);
    expect(await files.pickDocuments(ENGAGEMENT)).toMatchObject({
      ok: false,
      error: { code: 'NOT_SUPPORTED' },
    });
    expect(await files.openDocument(ENGAGEMENT, DOCUMENT)).toEqual({
      ok: true,
      value: { opened: true },
    });
    expect(downloads).toEqual([`./files/${ENGAGEMENT}/${DOCUMENT}`]);
  });

  it('saves an export as a download of ./exports/<job>', async () => {
    const { files, downloads } = browserEnv(async () => 'NETWORK_ERROR');
    expect(await files.saveExport(JOB, 'Bevindingenrapport.docx')).toEqual({
      ok: true,
      value: { saved: true, fileName: 'Bevindingenrapport.docx' },
    });
    expect(downloads).toEqual([`./exports/${JOB}`]);
  });
});

describe('Electron', () => {
  const electron = () => {
    const log: string[] = [];
    const files = createFilesApi({
      koers: {
        'shell:pickDocuments': async ({ engagementId }) => {
          log.push(`pick ${engagementId}`);
          return { ok: true, value: [stagedFor('a.pdf', 1)] };
        },
        'shell:openDocument': async ({ documentId }) => {
          log.push(`open ${documentId}`);
          return { ok: true, value: { opened: true } };
        },
        'shell:saveExport': async ({ jobId }) => {
          log.push(`saveExport ${jobId}`);
          return jobId === JOB
            ? { ok: true, value: { saved: false, fileName: 'Register.xlsx' } }
            : { ok: false, error: { code: 'NOT_FOUND', message: 'weg' } };
        },
      },
      koersFiles: {
        stage: async (file): Promise<Result<StagedUpload>> => {
          log.push(`stage ${file.name}`);
          if (file.name === 'kapot.pdf') throw new Error('IPC weg');
          return { ok: true, value: stagedFor(file.name, file.size) };
        },
      },
      sendUpload: async () => {
        log.push('upload');
        return 'NETWORK_ERROR';
      },
      download: (url) => log.push(`download ${url}`),
      language: () => 'en',
    });
    return { files, log };
  };

  it('uses the native dialog and the system viewer', async () => {
    const { files, log } = electron();
    expect(files.canPickNatively()).toBe(true);
    const picked = await files.pickDocuments(ENGAGEMENT);
    expect(picked.ok && picked.value.map((s) => s.fileName)).toEqual(['a.pdf']);
    expect(await files.openDocument(ENGAGEMENT, DOCUMENT)).toEqual({
      ok: true,
      value: { opened: true },
    });
    expect(log).toEqual([`pick ${ENGAGEMENT}`, `open ${DOCUMENT}`]);
  });

  it('saves an export through the native dialog, never as a download', async () => {
    const { files, log } = electron();
    expect(await files.saveExport(JOB, 'Register.xlsx')).toEqual({
      ok: true,
      value: { saved: false, fileName: 'Register.xlsx' },
    });
    expect(await files.saveExport(DOCUMENT, 'x.docx')).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND' },
    });
    expect(log).toEqual([`saveExport ${JOB}`, `saveExport ${DOCUMENT}`]);
  });

  it('stages dropped files through the preload, never over HTTP, per file', async () => {
    const { files, log } = electron();
    const progress: number[] = [];
    const results = await files.stageFiles(
      [new File(['12'], 'a.pdf'), new File(['3'], 'kapot.pdf'), new File(['456'], 'c.md')],
      (loaded) => progress.push(loaded),
    );
    expect(results.map((r) => r.ok)).toEqual([true, false, true]);
    expect(results[1]).toMatchObject({ ok: false, error: { code: 'INTERNAL' } });
    expect(log).toEqual(['stage a.pdf', 'stage kapot.pdf', 'stage c.md']);
    expect(progress).toEqual([0, 2, 3, 6]);
  });
});
