import {
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { randomUUID } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { SourceDocument, StagedUpload } from '../../shared/domain/document.js';
import type { Result } from '../../shared/result.js';
import {
  documentsDialogOptions,
  makeDocumentFileOperations,
  makeStageDroppedHandler,
  openTempDir,
  removeOpenTempDirs,
  safeTempFileName,
  type DocumentFileDeps,
} from './document-files.js';

const ENGAGEMENT = '3f1c1d52-7b0e-4c51-9d0e-0a6f1f0f6a11';
const DOCUMENT = '8d2b0c1e-5a4f-4e7d-9b1a-2c3d4e5f6a7b';
const trusted = { senderFrame: { url: 'file:///app/renderer/index.html' } };
const isTrusted = (url: string | null | undefined) => url === trusted.senderFrame.url;

let tmp: string;
beforeEach(() => {
  tmp = mkdtempSync(path.join(os.tmpdir(), 'koers-docfiles-'));
});
afterEach(() => rmSync(tmp, { recursive: true, force: true }));

const staged = (filePath: string): StagedUpload => ({
  uploadId: randomUUID(),
  fileName: path.basename(filePath),
  mimeType: 'application/pdf',
  sizeBytes: 3,
});

const documentNamed = (fileName: string): SourceDocument => ({
  id: DOCUMENT,
  fileName,
  mimeType: 'application/pdf',
  sizeBytes: 3,
  sha256: '',
  passageCount: 0,
  textStatus: 'failed',
  pageCount: null,
  title: 't',
  type: 'anders',
  documentDate: null,
  author: '',
  summary: '',
  createdAt: '',
  updatedAt: '',
});

const setup = (options: {
  picked?: string[];
  storedName?: string;
  failPath?: string;
  viewerError?: string;
}) => {
  const log: string[] = [];
  const tempDirs: string[] = [];
  const core: DocumentFileDeps['core'] = {
    stagePath: async (filePath): Promise<Result<StagedUpload>> => {
      log.push(`stage ${filePath}`);
      if (filePath === options.failPath)
        return { ok: false, error: { code: 'FILE_MISSING', message: `weg: ${filePath}` } };
      return { ok: true, value: staged(filePath) };
    },
    // The core's process writes the file (core-host-loop.test.ts covers that part); here only
    // the bytes must land at the path main gave, inside the fresh folder.
    writeDocumentToFile: async (engagementId, documentId, filePath) => {
      log.push(`write ${engagementId} ${documentId}`);
      if (options.storedName === undefined)
        return { ok: false, error: { code: 'NOT_FOUND', message: 'bestaat niet' } };
      writeFileSync(filePath, '%PD', { flag: 'wx' });
      return { ok: true, value: documentNamed(options.storedName) };
    },
  };
  const operations = makeDocumentFileOperations({
    core,
    showDocumentsDialog: async () => {
      log.push('dialog');
      return options.picked ?? [];
    },
    openPath: async (filePath) => {
      log.push(`viewer ${filePath}`);
      return options.viewerError ?? '';
    },
    tmpDir: tmp,
    onTempDir: (name) => tempDirs.push(name),
  });
  return { operations, log, tempDirs };
};

describe('the documents dialog', () => {
  it('picks several files, documents first, with an escape to all files, in Dutch or English', () => {
    expect(documentsDialogOptions('nl')).toEqual({
      title: 'Documenten toevoegen',
      buttonLabel: 'Toevoegen',
      properties: ['openFile', 'multiSelections'],
      filters: [
        {
          name: 'Documenten',
          extensions: ['pdf', 'docx', 'doc', 'odt', 'xlsx', 'pptx', 'txt', 'md'],
        },
        { name: 'Alle bestanden', extensions: ['*'] },
      ],
    });
    expect(documentsDialogOptions('en').filters?.map((f) => f.name)).toEqual([
      'Documents',
      'All files',
    ]);
  });

  it('stages every picked path, in order', async () => {
    const { operations, log } = setup({ picked: ['/d/a.pdf', '/d/b.docx'] });
    const result = await operations['shell:pickDocuments']();
    expect(result.ok && result.value.map((s) => s.fileName)).toEqual(['a.pdf', 'b.docx']);
    expect(log).toEqual(['dialog', 'stage /d/a.pdf', 'stage /d/b.docx']);
  });

  it('answers [] when cancelled, and the error of a file that cannot be read', async () => {
    expect(await setup({}).operations['shell:pickDocuments']()).toEqual({ ok: true, value: [] });
    const failing = await setup({
      picked: ['/d/a.pdf', '/d/weg.pdf'],
      failPath: '/d/weg.pdf',
    }).operations['shell:pickDocuments']();
    expect(failing).toMatchObject({
      ok: false,
      error: { code: 'FILE_MISSING', message: 'weg: /d/weg.pdf' },
    });
  });
});

describe('opening a document in the system viewer', () => {
  it('writes it to a fresh koers-open-<uuid> folder under its own safe name, then opens it', async () => {
    const { operations, log, tempDirs } = setup({ storedName: 'Coalitieakkoord 2026.pdf' });
    const result = await operations['shell:openDocument']({
      engagementId: ENGAGEMENT,
      documentId: DOCUMENT,
    });
    expect(result).toEqual({ ok: true, value: { opened: true } });
    expect(tempDirs).toHaveLength(1);
    expect(tempDirs[0]).toMatch(/^koers-open-[0-9a-f-]{36}$/);
    const folder = path.join(tmp, tempDirs[0] ?? '');
    expect(readdirSync(folder)).toEqual(['Coalitieakkoord 2026.pdf']);
    const opened = path.join(folder, 'Coalitieakkoord 2026.pdf');
    expect(readFileSync(opened, 'utf8')).toBe('%PD');
    expect(log).toEqual([`write ${ENGAGEMENT} ${DOCUMENT}`, `viewer ${opened}`]);
  });

  it('gives two opens of the same name their own folders', async () => {
    const { operations, tempDirs } = setup({ storedName: 'a.pdf' });
    const input = { engagementId: ENGAGEMENT, documentId: DOCUMENT };
    await operations['shell:openDocument'](input);
    await operations['shell:openDocument'](input);
    expect(new Set(tempDirs).size).toBe(2);
  });

  it('never lets a stored name climb out of its folder', async () => {
    const { operations, log, tempDirs } = setup({ storedName: '../../.bashrc' });
    await operations['shell:openDocument']({ engagementId: ENGAGEMENT, documentId: DOCUMENT });
    const folder = path.join(tmp, tempDirs[0] ?? '');
    expect(readdirSync(folder)).toEqual(['_.._.bashrc']);
    expect(readdirSync(tmp)).toEqual([tempDirs[0]]);
    expect(log.at(-1)).toBe(`viewer ${path.join(folder, '_.._.bashrc')}`);
  });

  it('says opened: false when the system has no viewer', async () => {
    const { operations } = setup({ storedName: 'a.xyz', viewerError: 'No application' });
    expect(
      await operations['shell:openDocument']({ engagementId: ENGAGEMENT, documentId: DOCUMENT }),
    ).toEqual({ ok: true, value: { opened: false } });
  });

  it('passes NOT_FOUND through and leaves no folder behind', async () => {
    const { operations, log } = setup({});
    const result = await operations['shell:openDocument']({
      engagementId: ENGAGEMENT,
      documentId: DOCUMENT,
    });
    expect(result).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    expect(readdirSync(tmp)).toEqual([]);
    expect(log.some((line) => line.startsWith('viewer'))).toBe(false);
  });
});

describe('temp file names and clean-up', () => {
  it('makes any stored name safe on Windows, macOS and Linux, keeping the extension', () => {
    expect(safeTempFileName('Visie dienstverlening.docx')).toBe('Visie dienstverlening.docx');
    expect(safeTempFileName('a/b\\c:d*e?"f"<g>|h.pdf')).toBe('a_b_c_d_e__f__g__h.pdf');
    expect(safeTempFileName('regel\r\nnieuw.txt')).toBe('regel__nieuw.txt');
    expect(safeTempFileName('...verborgen')).toBe('verborgen');
    expect(safeTempFileName('punt aan het eind. ')).toBe('punt aan het eind');
    expect(safeTempFileName('CON.txt')).toBe('_CON.txt');
    expect(safeTempFileName('nul')).toBe('_nul');
    expect(safeTempFileName('')).toBe('document');
    expect(safeTempFileName('..')).toBe('document');
    const long = safeTempFileName(`${'x'.repeat(400)}.pptx`);
    expect(long).toHaveLength(150);
    expect(long.endsWith('.pptx')).toBe(true);
  });

  it('puts each open in koers-open-<uuid> under the temp folder', () => {
    expect(openTempDir('/tmp', '0b5c6d7e-1f2a-4b3c-8d4e-5f6a7b8c9d0e')).toBe(
      path.join('/tmp', 'koers-open-0b5c6d7e-1f2a-4b3c-8d4e-5f6a7b8c9d0e'),
    );
  });

  it("removes only koers-open-<uuid> folders: all of them at start, this run's on quit", async () => {
    const ours = `koers-open-${randomUUID()}`;
    const earlier = `koers-open-${randomUUID()}`;
    for (const name of [ours, earlier, 'koers-open-niet-van-ons', 'ander-programma'])
      mkdirSync(path.join(tmp, name));
    writeFileSync(path.join(tmp, ours, 'a.pdf'), 'x');
    await removeOpenTempDirs(tmp, [ours]);
    expect(readdirSync(tmp).sort()).toEqual(
      [earlier, 'ander-programma', 'koers-open-niet-van-ons'].sort(),
    );
    await removeOpenTempDirs(tmp);
    expect(readdirSync(tmp).sort()).toEqual(['ander-programma', 'koers-open-niet-van-ons']);
  });
});

describe('files:stageDropped', () => {
  const stagingCore = (log: string[]) => ({
    stagePath: async (filePath: string): Promise<Result<StagedUpload>> => {
      log.push(filePath);
      return { ok: true, value: staged(filePath) };
    },
  });

  it('stages an absolute path to a regular file', async () => {
    const file = path.join(tmp, 'Jaarverslag 2025.pdf');
    writeFileSync(file, '%PDF');
    const log: string[] = [];
    const result = await makeStageDroppedHandler(stagingCore(log), isTrusted)(trusted, file);
    expect(result).toMatchObject({ ok: true, value: { fileName: 'Jaarverslag 2025.pdf' } });
    expect(log).toEqual([file]);
  });

  it('refuses the empty path of a File the page made, and anything else that is not a file', async () => {
    mkdirSync(path.join(tmp, 'map'));
    writeFileSync(path.join(tmp, 'echt.pdf'), 'x');
    symlinkSync(path.join(tmp, 'map'), path.join(tmp, 'link-naar-map'));
    const log: string[] = [];
    const handler = makeStageDroppedHandler(stagingCore(log), isTrusted);
    const refused: unknown[] = [
      '',
      'echt.pdf',
      './echt.pdf',
      path.join(tmp, 'map'),
      path.join(tmp, 'link-naar-map'),
      path.join(tmp, 'bestaat-niet.pdf'),
      `${path.join(tmp, 'echt.pdf')}\0.txt`,
      'x'.repeat(5000),
      42,
      { path: path.join(tmp, 'echt.pdf') },
      null,
    ];
    for (const input of refused) {
      const result = await handler(trusted, input);
      expect([input, result.ok]).toEqual([input, false]);
      if (!result.ok) expect(result.error.code).toBe('INVALID_INPUT');
    }
    expect(log).toEqual([]);
  });

  it('refuses a frame that is not the app', async () => {
    const file = path.join(tmp, 'a.pdf');
    writeFileSync(file, 'x');
    const log: string[] = [];
    const handler = makeStageDroppedHandler(stagingCore(log), isTrusted);
    const result = await handler({ senderFrame: { url: 'https://evil.example/' } }, file);
    expect(result).toMatchObject({ ok: false, error: { code: 'UNAUTHORIZED' } });
    expect(await handler({ senderFrame: null }, file)).toMatchObject({ ok: false });
    expect(log).toEqual([]);
  });
});
