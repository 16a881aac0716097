import { describe, expect, it } from 'vitest';
import { OPERATION_NAMES } from '../../shared/contract.js';
import { SHELL_OPERATION_NAMES } from '../../shared/shell-contract.js';
import type { Result } from '../../shared/result.js';
import type { Core } from '../core/core-types.js';
import { makeIpcHandler, makeShellIpcHandler, registerIpc, type ShellOperations } from './ipc.js';

const RENDERER = 'file:///app/out/renderer/index.html';
const trusted = { senderFrame: { url: `${RENDERER}#/` } };
const isTrusted = (url: string | null | undefined): boolean =>
  typeof url === 'string' && url.startsWith(RENDERER);

const fakeCore = () => {
  const calls: { name: string; input: unknown }[] = [];
  const core: Pick<Core, 'call'> = {
    call: (async (name: string, input: unknown) => {
      calls.push({ name, input });
      return { ok: true, value: { echoed: name } };
    }) as Core['call'],
  };
  return { core, calls };
};

const ENGAGEMENT_ID = '3f1c1d52-7b0e-4c51-9d0e-0a6f1f0f6a11';

describe('makeIpcHandler', () => {
  it('passes the parsed value to the core', async () => {
    const { core, calls } = fakeCore();
    const handler = makeIpcHandler('stakeholder:create', core, isTrusted);
    const result = await handler(trusted, {
      engagementId: ENGAGEMENT_ID,
      fields: { name: '  Anna de Vries  ', group: 'wethouder' },
    });
    expect(result).toEqual({ ok: true, value: { echoed: 'stakeholder:create' } });
    expect(calls).toHaveLength(1);
    expect(calls[0]?.name).toBe('stakeholder:create');
    // The schema trims text: the core receives what the schema produced, not the raw input.
    expect(calls[0]?.input).toEqual({
      engagementId: ENGAGEMENT_ID,
      fields: { name: 'Anna de Vries', group: 'wethouder' },
    });
  });

  const garbage: [string, unknown][] = [
    ['undefined', undefined],
    ['null', null],
    ['a string', 'engagement'],
    ['an array', [ENGAGEMENT_ID]],
    ['a missing field', {}],
    ['a wrong type', { engagementId: 42 }],
    ['a bad uuid', { engagementId: '../../etc/passwd' }],
    ['an extra field', { engagementId: ENGAGEMENT_ID, path: '/etc/passwd' }],
    ['a huge string', { engagementId: 'a'.repeat(1_000_000) }],
    ['a prototype trick', JSON.parse('{"__proto__": {"engagementId": "x"}}')],
  ];

  it.each(garbage)(
    'answers INVALID_INPUT for %s and never calls the core',
    async (_label, input) => {
      const { core, calls } = fakeCore();
      const result = await makeIpcHandler('engagement:get', core, isTrusted)(trusted, input);
      expect(result.ok).toBe(false);
      if (result.ok) return;
      expect(result.error.code).toBe('INVALID_INPUT');
      expect(result.error.message).toMatch(/niet geldig/);
      expect(calls).toHaveLength(0);
    },
  );

  it('names the bad field, in English when the UI is English', async () => {
    const { core } = fakeCore();
    const handler = makeIpcHandler('stakeholder:create', core, isTrusted, { language: () => 'en' });
    const result = await handler(trusted, {
      engagementId: ENGAGEMENT_ID,
      fields: { name: 'Anna', group: 'koning' },
    });
    expect(result).toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT', path: 'fields.group' },
    });
    if (!result.ok)
      expect(result.error.message).toBe(
        'The input is not valid (fields.group). Check the field and try again.',
      );
  });

  it.each([
    ['no frame', { senderFrame: null }],
    ['another page', { senderFrame: { url: 'https://evil.example/' } }],
    ['another file', { senderFrame: { url: 'file:///tmp/evil.html' } }],
  ])('refuses a call from %s before parsing', async (_label, event) => {
    const { core, calls } = fakeCore();
    const result = await makeIpcHandler('app:info', core, isTrusted)(event, {});
    expect(result).toMatchObject({ ok: false, error: { code: 'UNAUTHORIZED' } });
    expect(calls).toHaveLength(0);
  });

  it('turns a throwing core into INTERNAL instead of a rejected promise', async () => {
    const core: Pick<Core, 'call'> = {
      call: (async () => {
        throw new Error('schijf vol');
      }) as Core['call'],
    };
    const result = await makeIpcHandler('app:info', core, isTrusted)(trusted, {});
    expect(result).toMatchObject({ ok: false, error: { code: 'INTERNAL' } });
    if (!result.ok) expect(result.error.message).toContain('schijf vol');
  });
});

describe('makeShellIpcHandler', () => {
  const operations = (log: string[]): ShellOperations => ({
    'shell:openDialog': async () => {
      log.push('open');
      return { ok: true, value: null };
    },
    'shell:saveAsDialog': async ({ engagementId }) => {
      log.push(`save ${engagementId}`);
      return { ok: true, value: null };
    },
    'shell:openExternal': async ({ url }) => {
      log.push(`external ${url}`);
      return { ok: true, value: { opened: true } };
    },
    'shell:pickDocuments': async ({ engagementId }) => {
      log.push(`pick ${engagementId}`);
      return { ok: true, value: [] };
    },
    'shell:openDocument': async ({ documentId }) => {
      log.push(`openDocument ${documentId}`);
      return { ok: true, value: { opened: true } };
    },
    'shell:saveExport': async ({ jobId }) => {
      log.push(`saveExport ${jobId}`);
      return { ok: true, value: { saved: true, fileName: 'x.docx' } };
    },
  });

  it('refuses a document id that is not a UUID before anything is written', async () => {
    const log: string[] = [];
    const handler = makeShellIpcHandler('shell:openDocument', operations(log), isTrusted);
    for (const documentId of ['../../etc/passwd', '', 'C:\\Windows\\win.ini']) {
      const result = await handler(trusted, { engagementId: ENGAGEMENT_ID, documentId });
      expect(result).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    }
    expect(
      await handler(trusted, { engagementId: ENGAGEMENT_ID, documentId: ENGAGEMENT_ID }),
    ).toEqual({
      ok: true,
      value: { opened: true },
    });
    expect(log).toEqual([`openDocument ${ENGAGEMENT_ID}`]);
  });

  it('refuses a path smuggled into the open dialog', async () => {
    const log: string[] = [];
    const result = await makeShellIpcHandler(
      'shell:openDialog',
      operations(log),
      isTrusted,
    )(trusted, {
      path: '/etc/passwd',
    });
    expect(result).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    expect(log).toEqual([]);
  });

  it('passes a valid engagement id to save as', async () => {
    const log: string[] = [];
    const result = await makeShellIpcHandler(
      'shell:saveAsDialog',
      operations(log),
      isTrusted,
    )(trusted, {
      engagementId: ENGAGEMENT_ID,
    });
    expect(result).toEqual({ ok: true, value: null });
    expect(log).toEqual([`save ${ENGAGEMENT_ID}`]);
  });
});

describe('registerIpc', () => {
  it('registers exactly one channel per operation, named after it', async () => {
    const handlers = new Map<string, (event: unknown, input: unknown) => Promise<unknown>>();
    const { core } = fakeCore();
    const answered: string[] = [];
    const log: string[] = [];
    const channels = registerIpc({
      ipcMain: {
        handle: ((
          channel: string,
          listener: (event: unknown, input: unknown) => Promise<unknown>,
        ) => {
          expect(handlers.has(channel)).toBe(false);
          handlers.set(channel, listener);
        }) as never,
      },
      core,
      shellOperations: {
        'shell:openDialog': async () => ({ ok: true, value: null }),
        'shell:saveAsDialog': async () => ({ ok: true, value: null }),
        'shell:openExternal': async ({ url }) => {
          log.push(url);
          return { ok: true, value: { opened: false } };
        },
        'shell:pickDocuments': async () => ({ ok: true, value: [] }),
        'shell:openDocument': async () => ({ ok: true, value: { opened: false } }),
        'shell:saveExport': async () => ({ ok: true, value: { saved: false, fileName: '' } }),
      },
      isTrusted,
      onAnswered: (name) => answered.push(name),
    });
    expect([...handlers.keys()].sort()).toEqual(
      [...OPERATION_NAMES, ...SHELL_OPERATION_NAMES].sort(),
    );
    expect(channels.sort()).toEqual([...handlers.keys()].sort());

    const info = (await handlers.get('app:info')?.(trusted, {})) as Result<unknown>;
    expect(info).toEqual({ ok: true, value: { echoed: 'app:info' } });
    const refused = (await handlers.get('shell:openExternal')?.(
      { senderFrame: { url: 'https://evil.example/' } },
      { url: 'https://example.org/' },
    )) as Result<unknown>;
    expect(refused).toMatchObject({ ok: false, error: { code: 'UNAUTHORIZED' } });
    expect(log).toEqual([]);
    expect(answered).toEqual(['app:info', 'shell:openExternal']);
  });
});
