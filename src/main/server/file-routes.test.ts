// POST /upload and GET /files/… over real HTTP with the real core in a temp folder.
import http from 'node:http';
import path from 'node:path';
import { randomBytes, randomUUID } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTempCore, type TempCore } from '../../../test/helpers/temp-core.js';
import type { SourceDocument, StagedUpload } from '../../shared/domain/document.js';
import type { Result } from '../../shared/result.js';
import { createKoersServer, type KoersServer } from './create-server.js';
import { contentDisposition, DOWNLOAD_CSP, parseFilesPath } from './files-handler.js';
import { decodeFileName } from './upload-handler.js';
import { createFilesApi } from '../../renderer/api/files.js';

const SECRET = 'file-routes-secret-0123456789abcdefghijklmn';
const LIMIT = 6 * 1024 * 1024;

let t: TempCore;
let server: KoersServer;
let cookie: string;
let engagementId: string;

interface Answer {
  status: number;
  headers: http.IncomingHttpHeaders;
  /** Raw header lines as received, to see exactly what went over the wire. */
  rawHeaders: string[];
  body: Buffer;
}

/** An open request: the test writes the body in pieces and decides when it ends. */
function open(
  method: string,
  urlPath: string,
  headers: Record<string, string | undefined>,
): { req: http.ClientRequest; answer: Promise<Answer> } {
  const sent: Record<string, string> = {};
  for (const [k, v] of Object.entries({ Host: `127.0.0.1:${server.port}`, ...headers }))
    if (v !== undefined) sent[k] = v;
  const req = http.request({
    host: '127.0.0.1',
    port: server.port,
    method,
    path: urlPath,
    headers: sent,
    agent: false,
  });
  const answer = new Promise<Answer>((resolve, reject) => {
    req.on('response', (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () =>
        resolve({
          status: res.statusCode ?? 0,
          headers: res.headers,
          rawHeaders: res.rawHeaders,
          body: Buffer.concat(chunks),
        }),
      );
      res.on('error', reject);
    });
    req.on('error', reject);
  });
  return { req, answer };
}

function send(
  method: string,
  urlPath: string,
  headers: Record<string, string | undefined>,
  body?: Buffer,
): Promise<Answer> {
  const { req, answer } = open(method, urlPath, headers);
  req.end(body);
  return answer;
}

const uploadHeaders = (
  fileName: string,
  extra: Record<string, string | undefined> = {},
): Record<string, string | undefined> => ({
  Cookie: cookie,
  'Content-Type': 'application/octet-stream',
  'X-Koers-Request': '1',
  'X-Koers-File-Name': encodeURIComponent(fileName),
  Origin: server.origin,
  ...extra,
});

const upload = async (fileName: string, bytes: Buffer): Promise<Result<StagedUpload>> => {
  const answer = await send('POST', '/upload', uploadHeaders(fileName), bytes);
  expect(answer.status).toBe(200);
  return JSON.parse(answer.body.toString()) as Result<StagedUpload>;
};

const callApi = async <T>(name: string, input: unknown): Promise<T> => {
  const answer = await send(
    'POST',
    `/api/${name}`,
    {
      Cookie: cookie,
      'Content-Type': 'application/json',
      'X-Koers-Request': '1',
    },
    Buffer.from(JSON.stringify(input)),
  );
  const result = JSON.parse(answer.body.toString()) as Result<T>;
  if (!result.ok) throw new Error(`${name}: ${result.error.message}`);
  return result.value;
};

const addDocument = async (fileName: string, bytes: Buffer): Promise<SourceDocument> => {
  const staged = await upload(fileName, bytes);
  if (!staged.ok) throw new Error(staged.error.message);
  return callApi<SourceDocument>('document:add', {
    engagementId,
    uploadId: staged.value.uploadId,
    fields: {},
  });
};

const download = (documentId: string, headers: Record<string, string> = {}): Promise<Answer> =>
  send('GET', `/files/${engagementId}/${documentId}`, { Cookie: cookie, ...headers });

const uploadsDir = (): string => path.join(t.dataDir, 'uploads');
/** What is staged on disk right now: the core keeps one temp file per streamed upload. */
const stagedFiles = (): string[] => (existsSync(uploadsDir()) ? readdirSync(uploadsDir()) : []);

const waitFor = async (check: () => boolean, what: string): Promise<void> => {
  for (let i = 0; i < 200; i++) {
    if (check()) return;
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
  throw new Error(`timed out waiting for ${what}`);
};

beforeAll(async () => {
  t = await startTempCore();
  const staticDir = path.join(t.root, 'renderer');
  mkdirSync(staticDir, { recursive: true });
  writeFileSync(path.join(staticDir, 'index.html'), '<!doctype html><title>Koers</title>');
  server = await createKoersServer({
    core: t.core,
    staticDir,
    secret: SECRET,
    maxUploadBytes: LIMIT,
  });
  cookie = `koers_session_${server.port}=${SECRET}`;
  engagementId = (
    await t.must('engagement:create', {
      fields: { clientName: 'Gemeente Dijkhaven', title: 'Visie' },
    })
  ).engagementId;
});

afterAll(async () => {
  await server.close();
  await t.dispose();
});

describe('POST /upload and GET /files', () => {
  it('streams a 5 MB upload to disk as it arrives and gives back the identical bytes', async () => {
    const bytes = randomBytes(5 * 1024 * 1024);
    const { req, answer } = open('POST', '/upload', uploadHeaders('Coalitieakkoord 2026.pdf'));
    // Half the body, then wait: the staged temp file must grow while the request is still
    // open, which it only does when the server streams rather than buffers.
    req.write(bytes.subarray(0, 3 * 1024 * 1024));
    await waitFor(
      () => stagedFiles().some((f) => statSync(path.join(uploadsDir(), f)).size >= 2 * 1024 * 1024),
      'the staged file to grow',
    );
    req.end(bytes.subarray(3 * 1024 * 1024));
    const answered = await answer;
    expect(answered.status).toBe(200);
    const staged = JSON.parse(answered.body.toString()) as Result<StagedUpload>;
    if (!staged.ok) throw new Error(staged.error.message);
    expect(staged.value).toMatchObject({
      fileName: 'Coalitieakkoord 2026.pdf',
      mimeType: 'application/pdf',
      sizeBytes: bytes.length,
    });

    const doc = await callApi<SourceDocument>('document:add', {
      engagementId,
      uploadId: staged.value.uploadId,
      fields: { type: 'coalitieakkoord' },
    });
    expect(stagedFiles()).toEqual([]);

    const got = await download(doc.id);
    expect(got.status).toBe(200);
    expect(got.body.equals(bytes)).toBe(true);
    expect(got.headers['content-type']).toBe('application/pdf');
    expect(got.headers['content-length']).toBe(String(bytes.length));
    expect(got.headers['content-disposition']).toBe(
      `attachment; filename="Coalitieakkoord 2026.pdf"; filename*=UTF-8''Coalitieakkoord%202026.pdf`,
    );
    expect(got.headers['x-content-type-options']).toBe('nosniff');
    expect(got.headers['content-security-policy']).toBe(DOWNLOAD_CSP);
  });

  it('refuses an upload without cookie, with a wrong Host or origin, or without our header, and stages nothing', async () => {
    const bytes = Buffer.from('geheim');
    const attempts: [Record<string, string | undefined>, number, string][] = [
      [{ Cookie: undefined }, 403, 'UNAUTHORIZED'],
      [{ Cookie: `koers_session_${server.port}=fout` }, 403, 'UNAUTHORIZED'],
      [{ 'X-Koers-Request': undefined }, 403, 'UNAUTHORIZED'],
      [{ Origin: 'http://evil.example' }, 403, 'UNAUTHORIZED'],
      [{ 'Sec-Fetch-Site': 'cross-site' }, 403, 'UNAUTHORIZED'],
      [{ 'Content-Type': 'application/json' }, 415, 'INVALID_INPUT'],
      [{ 'Content-Type': 'text/plain' }, 415, 'INVALID_INPUT'],
      [{ 'X-Koers-File-Name': undefined }, 400, 'INVALID_INPUT'],
      [{ 'X-Koers-File-Name': '%E0%A4%A' }, 400, 'INVALID_INPUT'],
    ];
    for (const [extra, status, code] of attempts) {
      const answer = await send('POST', '/upload', uploadHeaders('a.txt', extra), bytes);
      expect([extra, answer.status]).toEqual([extra, status]);
      expect(JSON.parse(answer.body.toString()).error.code).toBe(code);
    }
    const wrongHost = await send(
      'POST',
      '/upload',
      uploadHeaders('a.txt', { Host: 'evil.example' }),
      bytes,
    );
    expect(wrongHost.status).toBe(421);
    const wrongMethod = await send('GET', '/upload', { Cookie: cookie });
    expect(wrongMethod.status).toBe(405);
    expect(stagedFiles()).toEqual([]);
    expect(await callApi<SourceDocument[]>('document:list', { engagementId })).toHaveLength(1);
  });

  it('refuses more than the limit with 413, declared or streamed, and keeps nothing', async () => {
    const tooBig = Buffer.alloc(LIMIT + 1, 1);
    const declared = await send('POST', '/upload', uploadHeaders('groot.bin'), tooBig);
    expect(declared.status).toBe(413);

    const { req, answer } = open(
      'POST',
      '/upload',
      uploadHeaders('groot.bin', { 'Transfer-Encoding': 'chunked' }),
    );
    req.on('error', () => undefined); // the server cuts the connection after answering
    for (let at = 0; at < tooBig.length; at += 1024 * 1024)
      req.write(tooBig.subarray(at, at + 1024 * 1024));
    req.end();
    const streamed = await answer;
    expect(streamed.status).toBe(413);
    expect(JSON.parse(streamed.body.toString()).error).toMatchObject({
      code: 'INVALID_INPUT',
      path: 'body',
    });
    await waitFor(() => stagedFiles().length === 0, 'the partial upload to be removed');
  });

  it('removes the partial file when the browser gives up halfway', async () => {
    const { req, answer } = open('POST', '/upload', {
      ...uploadHeaders('half.pdf'),
      'Transfer-Encoding': 'chunked',
    });
    answer.catch(() => undefined); // no answer comes: the client hung up itself
    req.write(Buffer.alloc(1024 * 1024, 2));
    await waitFor(() => stagedFiles().length === 1, 'the upload to start');
    req.destroy();
    await waitFor(() => stagedFiles().length === 0, 'the partial upload to be removed');
  });

  it('keeps a hostile file name as data: no header can be injected', async () => {
    const hostile = 'rapport"\r\nSet-Cookie: koers=gestolen\r\nX-Evil: 1\r\n\r\n<script>.html';
    const doc = await addDocument(hostile, Buffer.from('<script>alert(1)</script>'));
    expect(doc.fileName).not.toMatch(/[\r\n"]/);
    const got = await download(doc.id);
    expect(got.status).toBe(200);
    expect(got.headers['set-cookie']).toBeUndefined();
    expect(got.headers['x-evil']).toBeUndefined();
    const dispositions = got.rawHeaders.filter(
      (_, i) => i % 2 === 0 && /^content-disposition$/i.test(got.rawHeaders[i] ?? ''),
    );
    expect(dispositions).toHaveLength(1);
    const disposition = got.headers['content-disposition'] ?? '';
    expect(disposition).toMatch(
      /^attachment; filename="[\x20-\x7e]*"; filename\*=UTF-8''[A-Za-z0-9%._~-]+$/,
    );
    const encoded = disposition.slice(disposition.indexOf("UTF-8''") + 7);
    expect(decodeURIComponent(encoded)).toBe(doc.fileName);
    // Stored HTML is handed over as a sandboxed attachment, never as a page of ours.
    expect(got.headers['content-type']).toBe('text/html');
    expect(got.headers['content-security-policy']).toBe(DOWNLOAD_CSP);
    expect(got.body.toString()).toBe('<script>alert(1)</script>');
  });

  it('keeps a Dutch name with accents and quotes through the round trip', async () => {
    const name = "Notitie 'Één overheid' (concept) – versie 2.docx";
    const doc = await addDocument(name, Buffer.from('PK'));
    expect(doc.fileName).toBe(name);
    const got = await download(doc.id);
    const disposition = got.headers['content-disposition'] ?? '';
    const encoded = disposition.slice(disposition.indexOf("UTF-8''") + 7);
    expect(encoded).toMatch(/^[A-Za-z0-9%._~-]+$/);
    expect(decodeURIComponent(encoded)).toBe(name);
  });

  it('answers 404 for unknown ids and for anything that is not two UUIDs', async () => {
    const [doc] = await callApi<SourceDocument[]>('document:list', { engagementId });
    if (doc === undefined) throw new Error('no document');
    const paths = [
      `/files/${engagementId}/${randomUUID()}`,
      `/files/${randomUUID()}/${doc.id}`,
      `/files/${engagementId}`,
      `/files/${engagementId}/${doc.id}/extra`,
      `/files/${engagementId}/../${doc.id}`,
      `/files/../api/document:list`,
      `/files/${engagementId}/%2e%2e%2f${doc.id}`,
      `/files/${engagementId}/..%2f..%2fpackage.json`,
      `/files/${engagementId}/${doc.id}%00`,
    ];
    for (const p of paths) {
      const answer = await send('GET', p, { Cookie: cookie });
      expect([p, answer.status]).toEqual([p, 404]);
    }
    const ok = await download(doc.id);
    expect(ok.status).toBe(200);
  });

  it('refuses a download without the cookie, from another Host or a cross-site request', async () => {
    const [doc] = await callApi<SourceDocument[]>('document:list', { engagementId });
    if (doc === undefined) throw new Error('no document');
    const urlPath = `/files/${engagementId}/${doc.id}`;
    expect((await send('GET', urlPath, {})).status).toBe(403);
    expect((await send('GET', urlPath, { Cookie: cookie, Host: 'evil.example' })).status).toBe(421);
    expect(
      (await send('GET', urlPath, { Cookie: cookie, 'Sec-Fetch-Site': 'cross-site' })).status,
    ).toBe(403);
    expect((await send('POST', urlPath, { Cookie: cookie })).status).toBe(405);
  });
});

describe("the renderer's file API against this server", () => {
  it('stages with the headers the server expects and downloads from the URL it serves', async () => {
    const downloads: string[] = [];
    const files = createFilesApi({
      baseUrl: `${server.origin}/`,
      // Node has no cookie jar and no XMLHttpRequest: fetch with the cookie stands in.
      sendUpload: async ({ url, headers, body }) => {
        const response = await fetch(url, {
          method: 'POST',
          headers: { ...headers, Cookie: cookie },
          body,
        });
        return { status: response.status, text: await response.text() };
      },
      download: (url) => downloads.push(url),
      language: () => 'nl',
    });
    const bytes = randomBytes(300_000);
    const [staged] = await files.stageFiles([new File([bytes], 'Beleidsnota (def) #2.pdf')]);
    if (!staged?.ok) throw new Error(JSON.stringify(staged));
    expect(staged.value.fileName).toBe('Beleidsnota (def) #2.pdf');
    const doc = await callApi<SourceDocument>('document:add', {
      engagementId,
      uploadId: staged.value.uploadId,
      fields: {},
    });
    await files.openDocument(engagementId, doc.id);
    expect(downloads).toEqual([`${server.origin}/files/${engagementId}/${doc.id}`]);
    const got = await fetch(downloads[0] ?? '', { headers: { Cookie: cookie } });
    expect(Buffer.from(await got.arrayBuffer()).equals(bytes)).toBe(true);
  });
});

describe('pure parts', () => {
  it('parses only /files/<uuid>/<uuid>', () => {
    const a = randomUUID();
    const b = randomUUID();
    expect(parseFilesPath(`/files/${a}/${b}`)).toEqual({ engagementId: a, documentId: b });
    expect(parseFilesPath(`/files/${a}/${b}/`)).toBeNull();
    expect(parseFilesPath(`/files/${a}`)).toBeNull();
    expect(parseFilesPath(`/api/${a}/${b}`)).toBeNull();
  });

  it('builds a Content-Disposition of printable ASCII only', () => {
    expect(contentDisposition('a\r\nb"c\\d;é.pdf')).toBe(
      `attachment; filename="a__b_c_d__.pdf"; filename*=UTF-8''a%0D%0Ab%22c%5Cd%3B%C3%A9.pdf`,
    );
    expect(contentDisposition('\ud800.txt')).toContain("filename*=UTF-8''%EF%BF%BD.txt");
    expect(contentDisposition('')).toBe(
      `attachment; filename="document"; filename*=UTF-8''document`,
    );
  });

  it('decodes the file-name header or refuses it', () => {
    expect(decodeFileName(encodeURIComponent('Één.pdf'))).toBe('Één.pdf');
    expect(decodeFileName(undefined)).toBeNull();
    expect(decodeFileName('%')).toBeNull();
    expect(decodeFileName(encodeURIComponent('   '))).toBeNull();
    expect(decodeFileName('x'.repeat(2001))).toBeNull();
  });
});
