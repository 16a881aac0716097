import { describe, expect, it } from 'vitest';
import type { Core } from '../core/core-types.js';
import type { OpenEngagement } from '../../shared/domain/engagement.js';
import type { Result } from '../../shared/result.js';
import { makeShellOperations, type ShellOperationDeps } from './shell-operations.js';

const ENGAGEMENT: OpenEngagement = {
  engagementId: '3f1c1d52-7b0e-4c51-9d0e-0a6f1f0f6a11',
  fileName: 'Dijkhaven 2025.koers',
  displayPath: '/home/c/Documents/Koers/Dijkhaven 2025.koers',
  title: 'Datagedreven werken',
  clientName: 'Gemeente Dijkhaven',
  language: 'nl',
};

const setup = (answers: { open?: string | null; save?: string | null }) => {
  const log: string[] = [];
  const core: ShellOperationDeps['core'] = {
    call: (async (name: string) => {
      if (name === 'preferences:get') {
        return { ok: true, value: { language: 'nl', workspaceDir: '/home/c/Documents/Koers' } };
      }
      if (name === 'engagement:listOpen') return { ok: true, value: [ENGAGEMENT] };
      throw new Error(`onverwacht: ${name}`);
    }) as Core['call'],
    openPath: async (path): Promise<Result<OpenEngagement>> => {
      log.push(`openPath ${path}`);
      return { ok: true, value: ENGAGEMENT };
    },
    saveAsPath: async (id, path): Promise<Result<OpenEngagement>> => {
      log.push(`saveAsPath ${id} ${path}`);
      return { ok: true, value: { ...ENGAGEMENT, displayPath: path } };
    },
  };
  const operations = makeShellOperations({
    core,
    showOpenDialog: async (defaultPath) => {
      log.push(`openDialog ${defaultPath}`);
      return answers.open ?? null;
    },
    showSaveDialog: async (defaultPath) => {
      log.push(`saveDialog ${defaultPath}`);
      return answers.save ?? null;
    },
    openExternal: async (url) => {
      log.push(`external ${url}`);
    },
    addRecentDocument: (path) => log.push(`recent ${path}`),
    // The document operations have their own tests (document-files.test.ts).
    documents: {
      core: {
        stagePath: () => Promise.reject(new Error('niet gebruikt')),
        writeDocumentToFile: () => Promise.reject(new Error('niet gebruikt')),
      },
      showDocumentsDialog: async () => [],
      openPath: async () => '',
      tmpDir: '/niet-gebruikt',
      onTempDir: () => undefined,
    },
    // Saving exports has its own tests (export-files.test.ts).
    exports: {
      core: {
        call: () => Promise.reject(new Error('niet gebruikt')),
        saveExportToFile: () => Promise.reject(new Error('niet gebruikt')),
      },
      showSaveDialog: async () => null,
      language: () => 'nl',
    },
  });
  return { operations, log };
};

describe('shell operations', () => {
  it('opens the file the user picked and adds it to the recent documents', async () => {
    const { operations, log } = setup({ open: '/data/Traject.koers' });
    const result = await operations['shell:openDialog']({});
    expect(result).toEqual({ ok: true, value: ENGAGEMENT });
    expect(log).toEqual([
      'openDialog /home/c/Documents/Koers',
      'openPath /data/Traject.koers',
      'recent /data/Traject.koers',
    ]);
  });

  it('answers null and opens nothing when the dialog is cancelled', async () => {
    const { operations, log } = setup({ open: null });
    expect(await operations['shell:openDialog']({})).toEqual({ ok: true, value: null });
    expect(log).toEqual(['openDialog /home/c/Documents/Koers']);
  });

  it('suggests a copy in the workspace and adds .koers to a bare name', async () => {
    const { operations, log } = setup({ save: '/data/Kopie voor archief' });
    const result = await operations['shell:saveAsDialog']({
      engagementId: ENGAGEMENT.engagementId,
    });
    expect(result.ok).toBe(true);
    expect(log).toEqual([
      'saveDialog /home/c/Documents/Koers/Dijkhaven 2025 (kopie).koers',
      `saveAsPath ${ENGAGEMENT.engagementId} /data/Kopie voor archief.koers`,
      'recent /data/Kopie voor archief.koers',
    ]);
  });

  it('hands only parsed https and mailto links to the operating system', async () => {
    const { operations, log } = setup({});
    expect(await operations['shell:openExternal']({ url: 'https://www.vng.nl' })).toEqual({
      ok: true,
      value: { opened: true },
    });
    expect(await operations['shell:openExternal']({ url: 'file:///etc/passwd' })).toEqual({
      ok: true,
      value: { opened: false },
    });
    expect(await operations['shell:openExternal']({ url: 'javascript:alert(1)' })).toEqual({
      ok: true,
      value: { opened: false },
    });
    expect(log).toEqual(['external https://www.vng.nl/']);
  });
});
