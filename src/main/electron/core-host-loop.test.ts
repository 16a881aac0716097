import { EventEmitter } from 'node:events';
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SourceDocument, StagedUpload } from '../../shared/domain/document.js';
import type { ExportJobStatus } from '../../shared/domain/export.js';
import type { Result } from '../../shared/result.js';
import { startTempCore, type TempCore } from '../../../test/helpers/temp-core.js';
import type { HostPort, HostReply, HostRequest } from './core-protocol.js';
import { formatHostArgs, parseHostOptions, serveCore } from './core-host-loop.js';

/** process.parentPort's stand-in: the test sends { data } events and reads the replies. */
class StandInPort extends EventEmitter implements HostPort {
  replies: HostReply[] = [];
  postMessage(message: HostReply): void {
    this.replies.push(message);
    this.emit('reply', message);
  }
  private nextId = 1;
  /** Sends one request and waits for the reply with its id. */
  ask<T = unknown>(name: string, input: unknown): Promise<Result<T>> {
    const id = this.nextId++;
    return new Promise((resolve) => {
      const onReply = (reply: HostReply) => {
        if (reply.id !== id) return;
        this.off('reply', onReply);
        resolve(reply.result as Result<T>);
      };
      this.on('reply', onReply);
      this.emit('message', { data: { id, name, input } satisfies HostRequest });
    });
  }
}

const value = <T>(result: Result<T>): T => {
  if (!result.ok) throw new Error(`${result.error.code}: ${result.error.message}`);
  return result.value;
};

let t: TempCore;
let port: StandInPort;
let engagementId: string;

beforeAll(async () => {
  t = await startTempCore();
  port = new StandInPort();
  serveCore(port, Promise.resolve(t.core));
  engagementId = (
    await t.must('engagement:create', {
      fields: { clientName: 'Gemeente Dijkhaven', title: 'Visie' },
    })
  ).engagementId;
});

afterAll(async () => {
  await t.dispose();
  rmSync(t.root, { recursive: true, force: true });
});

describe('the core host loop', () => {
  it("answers contract operations through the core's dispatcher, with the request's id", async () => {
    const info = await port.ask<{ shell: string }>('app:info', {});
    expect(value(info).shell).toBe('test');
    const open = value(await port.ask<{ engagementId: string }[]>('engagement:listOpen', {}));
    expect(open.map((e) => e.engagementId)).toEqual([engagementId]);
    // The dispatcher parses: bad input and unknown names come back as Results.
    expect(await port.ask('stakeholder:create', { engagementId })).toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT' },
    });
    expect(await port.ask('engagement:explode', {})).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND' },
    });
    expect(value(await port.ask('host:ready', null))).toBeNull();
  });

  it('leaves a message without an id unanswered', async () => {
    const before = port.replies.length;
    port.emit('message', { data: { name: 'app:info', input: {} } });
    port.emit('message', { data: 'rommel' });
    await port.ask('app:info', {});
    expect(port.replies.length).toBe(before + 1);
  });

  it('writes a stored document to a new file, and never over an existing one', async () => {
    const source = path.join(t.root, 'Notulen MT.txt');
    writeFileSync(source, 'Notulen van het MT, 12 maart.');
    const staged = value(await port.ask<StagedUpload>('host:stagePath', { path: source }));
    const added = await t.must('document:add', {
      engagementId,
      uploadId: staged.uploadId,
      fields: {},
    });

    const target = path.join(t.root, 'open', 'kopie.txt');
    const dir = path.dirname(target);
    mkdirSync(dir);
    const written = await port.ask<SourceDocument>('host:writeDocumentToFile', {
      engagementId,
      documentId: added.id,
      filePath: target,
    });
    expect(value(written).fileName).toBe('Notulen MT.txt');
    expect(readFileSync(target, 'utf8')).toBe('Notulen van het MT, 12 maart.');

    writeFileSync(target, 'van iemand anders');
    const again = await port.ask('host:writeDocumentToFile', {
      engagementId,
      documentId: added.id,
      filePath: target,
    });
    expect(again.ok).toBe(false);
    expect(readFileSync(target, 'utf8')).toBe('van iemand anders');

    const missing = path.join(dir, 'bestaat-niet.txt');
    const unknown = await port.ask('host:writeDocumentToFile', {
      engagementId,
      documentId: '00000000-0000-4000-8000-000000000000',
      filePath: missing,
    });
    expect(unknown).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    expect(existsSync(missing)).toBe(false);
    expect(readdirSync(dir)).toEqual(['kopie.txt']);
  });

  it('saves a finished export to the chosen file once', async () => {
    const job = await t.must('export:start', { engagementId, type: 'findings-register' });
    const done = value(await port.ask<ExportJobStatus>('host:waitForExport', { jobId: job.jobId }));
    expect(done.state).toBe('done');
    const target = path.join(t.root, 'Register.xlsx');
    const saved = await port.ask('host:saveExportToFile', { jobId: job.jobId, filePath: target });
    expect(value(saved)).toEqual({ fileName: 'Register.xlsx' });
    // An xlsx is a zip: it starts with PK.
    expect(readFileSync(target).subarray(0, 2).toString()).toBe('PK');
    const twice = await port.ask('host:saveExportToFile', { jobId: job.jobId, filePath: target });
    expect(twice.ok).toBe(false);
  });

  it('reports a folder it cannot write an export to, and leaves nothing behind', async () => {
    const job = await t.must('export:start', { engagementId, type: 'findings-register' });
    await port.ask('host:waitForExport', { jobId: job.jobId });
    const folder = path.join(t.root, 'alleen-lezen');
    mkdirSync(folder);
    const result = await port.ask('host:saveExportToFile', {
      jobId: job.jobId,
      filePath: path.join(folder, 'bestaat-niet', 'Register.xlsx'),
    });
    expect(result).toMatchObject({ ok: false, error: { code: 'INTERNAL' } });
    expect(readdirSync(folder)).toEqual([]);
  });

  it('opens and saves engagement files by the paths main chose, and refuses relative paths', async () => {
    const copy = path.join(t.root, 'Kopie.koers');
    const saved = await port.ask<{ engagementId: string; fileName: string }>('host:saveAsPath', {
      engagementId,
      path: copy,
    });
    expect(value(saved).fileName).toBe('Kopie.koers');
    expect(existsSync(copy)).toBe(true);
    expect(await port.ask('host:openPath', { path: 'relatief.koers' })).toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT', path: 'path' },
    });
  });

  it('closes every engagement on host:dispose', async () => {
    expect(value(await port.ask('host:dispose', null))).toBeNull();
    expect(value(await port.ask('engagement:listOpen', {}))).toEqual([]);
  });

  it('answers every request with the reason when the core could not be made', async () => {
    const failing = new StandInPort();
    serveCore(failing, Promise.reject(new Error('SQLite-module ontbreekt')));
    const result = await failing.ask('host:ready', null);
    expect(result).toMatchObject({ ok: false, error: { code: 'INTERNAL' } });
    expect(!result.ok && result.error.message).toContain('SQLite-module ontbreekt');
  });
});

describe('the host options', () => {
  it('travel as one argument and come back as the Electron core options', () => {
    const args = formatHostArgs({ dataDir: '/home/a/.config/Koers', nativeBinding: '/app/b.node' });
    expect(parseHostOptions(['/usr/lib/koers/electron', ...args])).toEqual({
      dataDir: '/home/a/.config/Koers',
      shell: 'electron',
      nativeBinding: '/app/b.node',
    });
    expect(parseHostOptions(formatHostArgs({ dataDir: '/d' }))).toEqual({
      dataDir: '/d',
      shell: 'electron',
    });
    expect(() => parseHostOptions([])).toThrow('geen opties');
    expect(() => parseHostOptions(formatHostArgs({ dataDir: 'relatief' }))).toThrow('dataDir');
  });
});
