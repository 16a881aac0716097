// GET /exports/<jobId> over real HTTP with the real core: the demo engagement, a job started
// and polled through the JSON API like the renderer does, then the download.
import http from 'node:http';
import path from 'node:path';
import { mkdirSync, writeFileSync } from 'node:fs';
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTempCore, type TempCore } from '../../../test/helpers/temp-core.js';
import type { ExportJobStatus } from '../../shared/domain/export.js';
import type { Result } from '../../shared/result.js';
import { createKoersServer, type KoersServer } from './create-server.js';
import { DOWNLOAD_CSP } from './files-handler.js';
import { parseExportsPath } from './exports-handler.js';

const SECRET = 'export-route-secret-0123456789abcdefghijklmn';
const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

let t: TempCore;
let server: KoersServer;
let cookie: string;
let engagementId: string;

interface Answer {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: Buffer;
}

function send(
  method: string,
  urlPath: string,
  headers: Record<string, string>,
  body?: Buffer,
): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const req = http.request({
      host: '127.0.0.1',
      port: server.port,
      method,
      path: urlPath,
      headers: { Host: `127.0.0.1:${server.port}`, ...headers },
      agent: false,
    });
    req.on('response', (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () =>
        resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }),
      );
      res.on('error', reject);
    });
    req.on('error', reject);
    req.end(body);
  });
}

const callApi = async <T>(name: string, input: unknown): Promise<T> => {
  const answer = await send(
    'POST',
    `/api/${name}`,
    { Cookie: cookie, 'Content-Type': 'application/json', 'X-Koers-Request': '1' },
    Buffer.from(JSON.stringify(input)),
  );
  const result = JSON.parse(answer.body.toString()) as Result<T>;
  if (!result.ok) throw new Error(`${name}: ${result.error.message}`);
  return result.value;
};

/** What the renderer does: start, then poll export:status until the job has ended. */
const exportDone = async (type: string, options: object = {}): Promise<ExportJobStatus> => {
  let status = await callApi<ExportJobStatus>('export:start', { engagementId, type, options });
  for (let i = 0; status.state === 'running' && i < 600; i++) {
    await new Promise((resolve) => setTimeout(resolve, 50));
    status = await callApi<ExportJobStatus>('export:status', { jobId: status.jobId });
  }
  expect(status.state).toBe('done');
  return status;
};

const download = (jobId: string, headers: Record<string, string> = {}): Promise<Answer> =>
  send('GET', `/exports/${jobId}`, { Cookie: cookie, ...headers });

beforeAll(async () => {
  t = await startTempCore();
  const staticDir = path.join(t.root, 'renderer');
  mkdirSync(staticDir, { recursive: true });
  writeFileSync(path.join(staticDir, 'index.html'), '<!doctype html><title>Koers</title>');
  server = await createKoersServer({ core: t.core, staticDir, secret: SECRET });
  cookie = `koers_session_${server.port}=${SECRET}`;
  engagementId = (await t.must('demo:create', {})).engagementId;
}, 60_000);

afterAll(async () => {
  await server.close();
  await t.dispose();
});

describe('GET /exports/<jobId>', () => {
  it('hands a finished Word export over once, as an attachment that is never cached', async () => {
    const status = await exportDone('findings-report');
    const answer = await download(status.jobId);
    expect(answer.status).toBe(200);
    expect(answer.body.subarray(0, 2).toString('latin1')).toBe('PK');
    expect(answer.body.length).toBe(status.sizeBytes);
    expect(answer.headers['content-type']).toBe(DOCX);
    expect(answer.headers['content-length']).toBe(String(status.sizeBytes));
    expect(answer.headers['cache-control']).toBe('no-store');
    expect(answer.headers['x-content-type-options']).toBe('nosniff');
    expect(answer.headers['content-security-policy']).toBe(DOWNLOAD_CSP);
    const disposition = answer.headers['content-disposition'] ?? '';
    expect(disposition).toMatch(/^attachment; filename="[^"]+\.docx"; filename\*=UTF-8''/);
    expect(decodeURIComponent(disposition.split("UTF-8''")[1] ?? '')).toBe(status.fileName);

    // Taken: the job is gone, for the API as for a second download.
    expect((await download(status.jobId)).status).toBe(404);
    const after = await send(
      'POST',
      '/api/export:status',
      { Cookie: cookie, 'Content-Type': 'application/json', 'X-Koers-Request': '1' },
      Buffer.from(JSON.stringify({ jobId: status.jobId })),
    );
    expect((JSON.parse(after.body.toString()) as Result<unknown>).ok).toBe(false);
  });

  it('serves an Excel workbook with its own mime type and extension', async () => {
    const status = await exportDone('findings-register');
    const answer = await download(status.jobId.toUpperCase());
    expect(answer.status).toBe(200);
    expect(answer.body.subarray(0, 2).toString('latin1')).toBe('PK');
    expect(answer.headers['content-type']).toBe(
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    );
    expect(answer.headers['content-disposition']).toMatch(/\.xlsx"; filename\*=/);
  });

  it('serves the poster as SVG and PDF with their own types, sandboxed, never inline', async () => {
    for (const [type, mime, ext, magic] of [
      ['poster-svg', 'image/svg+xml', 'svg', '<svg'],
      ['poster-pdf', 'application/pdf', 'pdf', '%PDF'],
    ] as const) {
      const status = await exportDone(type);
      const answer = await download(status.jobId);
      expect(answer.status).toBe(200);
      expect(answer.body.subarray(0, 4).toString('latin1')).toBe(magic);
      expect(answer.headers['content-type']).toBe(mime);
      // An SVG can hold script: it is only ever a download, in a sandbox without sources.
      expect(answer.headers['content-security-policy']).toBe(DOWNLOAD_CSP);
      expect(answer.headers['content-disposition']).toMatch(
        new RegExp(`^attachment; filename="[^"]+\\.${ext}"; filename\\*=`),
      );
    }
  });

  it('refuses without the session, with a foreign Host, or from another site, and keeps the job', async () => {
    const status = await exportDone('stakeholder-register');
    expect((await send('GET', `/exports/${status.jobId}`, {})).status).toBe(403);
    expect((await download(status.jobId, { Host: 'evil.example:80' })).status).toBe(421);
    expect((await download(status.jobId, { 'Sec-Fetch-Site': 'cross-site' })).status).toBe(403);
    expect((await send('HEAD', `/exports/${status.jobId}`, { Cookie: cookie })).status).toBe(405);
    // None of those spent the one hand-over.
    const answer = await download(status.jobId, { 'Sec-Fetch-Site': 'same-origin' });
    expect(answer.status).toBe(200);
    expect(answer.body.subarray(0, 2).toString('latin1')).toBe('PK');
  });

  it('answers 404 for unknown jobs, malformed ids and a cancelled job', async () => {
    expect((await download(randomUUID())).status).toBe(404);
    for (const bad of ['nope', '../files', `${randomUUID()}/x`, `${randomUUID()}%00`])
      expect((await download(bad)).status).toBe(404);

    // Cancelled straight through the core, before the builder's first turn: the Word builder
    // holds the event loop while it runs, so a cancel over HTTP would arrive after it finished.
    const started = await t.must('export:start', { engagementId, type: 'findings-report' });
    await t.must('export:cancel', { jobId: started.jobId });
    const ended = await t.core.waitForExport(started.jobId);
    expect(ended.ok && ended.value.state).toBe('cancelled');
    expect((await download(started.jobId)).status).toBe(404);
  });

  it('parses only /exports/<uuid>', () => {
    const id = randomUUID();
    expect(parseExportsPath(`/exports/${id}`)).toBe(id);
    expect(parseExportsPath(`/exports/${id.toUpperCase()}`)).toBe(id);
    expect(parseExportsPath(`/exports/${id}/`)).toBeNull();
    expect(parseExportsPath(`/exports/`)).toBeNull();
    expect(parseExportsPath(`/files/${id}`)).toBeNull();
  });
});
