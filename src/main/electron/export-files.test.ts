import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ExportJobStatus } from '../../shared/domain/export.js';
import type { Result } from '../../shared/result.js';
import type { Core } from '../core/core-types.js';
import type { ShellCore } from './core-protocol.js';
import {
  type ExportFileDeps,
  exportDialogOptions,
  exportFormatOf,
  makeExportFileOperations,
  withExportExtension,
} from './export-files.js';
import { writeFileReplacing } from './write-file-replacing.js';

const JOB = '7c9e6679-7425-40de-944b-e07fc1f90ae7';
const BYTES = new Uint8Array([0x50, 0x4b, 3, 4, 1, 2, 3]);

let tmp: string;
beforeEach(() => {
  tmp = mkdtempSync(path.join(os.tmpdir(), 'koers-exportfiles-'));
});
afterEach(() => rmSync(tmp, { recursive: true, force: true }));

const status = (state: ExportJobStatus['state'], fileName: string): ExportJobStatus => ({
  jobId: JOB,
  type: 'findings-report',
  state,
  progress: state === 'done' ? 1 : 0.4,
  fileName,
  sizeBytes: state === 'done' ? BYTES.length : null,
  removedCharacters: 0,
  truncatedCells: 0,
  error: null,
});

const setup = (options: {
  state?: ExportJobStatus['state'];
  fileName?: string;
  answer: string | null;
}) => {
  const log: string[] = [];
  const dialogs: Parameters<ExportFileDeps['showSaveDialog']>[0][] = [];
  const fileName = options.fileName ?? 'Bevindingenrapport Dijkhaven.docx';
  let taken = false;
  const core: Pick<ShellCore, 'call' | 'saveExportToFile'> = {
    call: (async (name: string) => {
      log.push(name);
      if (name === 'export:status')
        return { ok: true, value: status(options.state ?? 'done', fileName) };
      if (name === 'preferences:get')
        return { ok: true, value: { language: 'nl', workspaceDir: tmp } };
      throw new Error(`onverwacht: ${name}`);
    }) as Core['call'],
    // What the core's process does (core-host-loop.test.ts runs the real one): take the bytes
    // once, write them over the chosen path.
    saveExportToFile: async (jobId, filePath): Promise<Result<{ fileName: string }>> => {
      log.push(`take ${jobId}`);
      if (taken) return { ok: false, error: { code: 'NOT_FOUND', message: 'weg' } };
      taken = true;
      await writeFileReplacing(filePath, BYTES);
      return { ok: true, value: { fileName: path.basename(filePath) } };
    },
  };
  const operations = makeExportFileOperations({
    core,
    showSaveDialog: async (dialogOptions) => {
      dialogs.push(dialogOptions);
      return options.answer;
    },
    language: () => 'nl',
  });
  return { operations, log, dialogs };
};

describe('shell:saveExport', () => {
  it('offers the workspace and the job name, then writes the bytes where the user chose', async () => {
    const target = path.join(tmp, 'Rapport voor de raad.docx');
    const { operations, log, dialogs } = setup({ answer: target });
    const result = await operations['shell:saveExport']({ jobId: JOB });
    expect(result).toEqual({
      ok: true,
      value: { saved: true, fileName: 'Rapport voor de raad.docx' },
    });
    expect(dialogs[0]?.defaultPath).toBe(path.join(tmp, 'Bevindingenrapport Dijkhaven.docx'));
    expect(dialogs[0]?.filters).toEqual([{ name: 'Word-document', extensions: ['docx'] }]);
    expect(log).toEqual(['export:status', 'preferences:get', `take ${JOB}`]);
    expect([...readFileSync(target)]).toEqual([...BYTES]);
    // No partial file is left beside it.
    expect(readdirSync(tmp)).toEqual(['Rapport voor de raad.docx']);
  });

  it('leaves the job untouched when the dialog is cancelled', async () => {
    const { operations, log } = setup({ answer: null });
    expect(await operations['shell:saveExport']({ jobId: JOB })).toEqual({
      ok: true,
      value: { saved: false, fileName: 'Bevindingenrapport Dijkhaven.docx' },
    });
    expect(log).not.toContain(`take ${JOB}`);
    expect(readdirSync(tmp)).toEqual([]);
  });

  it('shows no dialog for a job that has not finished', async () => {
    const { operations, dialogs, log } = setup({ state: 'running', answer: '/nergens' });
    const result = await operations['shell:saveExport']({ jobId: JOB });
    expect(result.ok).toBe(false);
    expect(!result.ok && result.error.code).toBe('NOT_FOUND');
    expect(dialogs).toEqual([]);
    expect(log).toEqual(['export:status']);
  });

  it('adds the extension a Linux dialog leaves off, and replaces an existing file whole', async () => {
    writeFileSync(path.join(tmp, 'register.xlsx'), 'oud en veel langer dan het nieuwe bestand');
    const { operations, dialogs } = setup({
      fileName: 'Bevindingenregister.xlsx',
      answer: path.join(tmp, 'register'),
    });
    const result = await operations['shell:saveExport']({ jobId: JOB });
    expect(result).toEqual({ ok: true, value: { saved: true, fileName: 'register.xlsx' } });
    expect(dialogs[0]?.filters).toEqual([{ name: 'Excel-werkmap', extensions: ['xlsx'] }]);
    expect([...readFileSync(path.join(tmp, 'register.xlsx'))]).toEqual([...BYTES]);
    expect(readdirSync(tmp)).toEqual(['register.xlsx']);
  });
});

describe('export file helpers', () => {
  it('knows the formats by extension', () => {
    expect(exportFormatOf('a.DOCX')).toBe('docx');
    expect(exportFormatOf('b.xlsx')).toBe('xlsx');
    expect(exportFormatOf('c.pdf')).toBe('pdf');
    expect(exportFormatOf('d.png')).toBe('png');
    expect(exportFormatOf('e.svg')).toBe('svg');
    expect(exportFormatOf('f.exe')).toBeNull();
    expect(exportFormatOf('g')).toBeNull();
    expect(withExportExtension('/x/Rapport.docx', 'r.docx')).toBe('/x/Rapport.docx');
    expect(withExportExtension('/x/Rapport', 'r.docx')).toBe('/x/Rapport.docx');
    expect(withExportExtension('/x/Rapport.v2', 'r.xlsx')).toBe('/x/Rapport.v2.xlsx');
  });

  it('never suggests a name that leaves the workspace or is a device', () => {
    const options = exportDialogOptions('en', '../../etc/CON.docx', '/home/c/Koers');
    expect(path.dirname(options.defaultPath ?? '')).toBe('/home/c/Koers');
    expect(options.title).toBe('Save document');
    expect(options.filters).toEqual([{ name: 'Word document', extensions: ['docx'] }]);
    expect(exportDialogOptions('nl', 'x.docx', undefined).defaultPath).toBe('x.docx');
  });

  it('writes through a temporary file that never remains', async () => {
    const target = path.join(tmp, 'doel.docx');
    await writeFileReplacing(target, BYTES);
    await writeFileReplacing(target, new Uint8Array([9]));
    expect([...readFileSync(target)]).toEqual([9]);
    expect(readdirSync(tmp)).toEqual(['doel.docx']);
  });
});
