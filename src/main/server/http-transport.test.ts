// The renderer's HTTP transport against the real server (over a fake core): the two halves of
// browser mode must agree on the wire, and the transport must turn every failure into a Result.
import os from 'node:os';
import path from 'node:path';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createFakeCore } from '../../../test/support/fake-core.js';
import { createHttpApi } from '../../renderer/api/http-transport.js';
import { OPERATION_NAMES } from '../../shared/contract.js';
import { SHELL_OPERATION_NAMES } from '../../shared/shell-contract.js';
import { createKoersServer, type KoersServer } from './create-server.js';

const SECRET = 'transport-test-secret-abcdefghijklmnopqrstuvw';
let tmp: string;
let server: KoersServer;
const core = createFakeCore();

/** What the browser adds by itself: the session cookie and the page's Origin. */
const browserLikeFetch =
  (cookie: string): typeof fetch =>
  (input, init) => {
    const headers = new Headers(init?.headers);
    headers.set('Cookie', cookie);
    headers.set('Origin', server.origin);
    return fetch(input, { ...init, headers });
  };

beforeAll(async () => {
  tmp = mkdtempSync(path.join(os.tmpdir(), 'koers-transport-'));
  writeFileSync(path.join(tmp, 'index.html'), '<!doctype html><title>Koers</title>');
  server = await createKoersServer({ core, staticDir: tmp, secret: SECRET });
});

afterAll(async () => {
  await server.close();
  rmSync(tmp, { recursive: true, force: true });
});

describe('createHttpApi', () => {
  it('has one function per operation of both contracts', () => {
    const api = createHttpApi();
    expect(Object.keys(api).sort()).toEqual([...OPERATION_NAMES, ...SHELL_OPERATION_NAMES].sort());
    for (const fn of Object.values(api)) expect(typeof fn).toBe('function');
  });

  it('carries a call to the core and its answer back', async () => {
    const api = createHttpApi({
      baseUrl: `${server.origin}/api/`,
      fetch: browserLikeFetch(`koers_session_${server.port}=${SECRET}`),
    });
    const input = {
      engagementId: '7d6f3f7e-2a4b-4c1d-9e8f-0a1b2c3d4e5f',
      itemId: 'stap-1.a',
      done: true,
    };
    const result = await api['checklist:set'](input);
    expect(result).toEqual({ ok: true, value: { echo: input } });
    expect(core.calls.filter((c) => c.name === 'checklist:set').map((c) => c.input)).toEqual([
      input,
    ]);
  });

  it('hands business and validation errors through unchanged', async () => {
    const api = createHttpApi({
      baseUrl: `${server.origin}/api/`,
      fetch: browserLikeFetch(`koers_session_${server.port}=${SECRET}`),
    });
    const notOpen = await api['engagement:get']({
      engagementId: '7d6f3f7e-2a4b-4c1d-9e8f-0a1b2c3d4e5f',
    });
    expect(notOpen).toMatchObject({ ok: false, error: { code: 'NOT_OPEN' } });
    const invalid = await api['engagement:get']({ engagementId: 'geen-uuid' });
    expect(invalid).toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT', path: 'engagementId' },
    });
    const shell = await api['shell:openDialog']({});
    expect(shell).toMatchObject({ ok: false, error: { code: 'NOT_SUPPORTED' } });
  });

  it('passes the server refusal through when the session is gone', async () => {
    const api = createHttpApi({
      baseUrl: `${server.origin}/api/`,
      fetch: browserLikeFetch('andere=koek'),
    });
    const result = await api['app:info']({});
    expect(result).toMatchObject({ ok: false, error: { code: 'UNAUTHORIZED' } });
  });

  it('turns a network failure into INTERNAL with a Dutch message', async () => {
    const api = createHttpApi({ fetch: () => Promise.reject(new TypeError('Failed to fetch')) });
    const result = await api['recent:list']({});
    expect(result).toMatchObject({ ok: false, error: { code: 'INTERNAL' } });
    expect(!result.ok && result.error.message).toContain('Koers is niet bereikbaar');
  });

  it('turns a non-JSON or foreign-shaped answer into INTERNAL', async () => {
    for (const response of [
      new Response('<html>proxy</html>', { status: 502, headers: { 'Content-Type': 'text/html' } }),
      new Response('{"hello":"world"}', { status: 200 }),
      new Response('{"ok":false,"error":{"code":"EXPLODED","message":"x"}}', { status: 200 }),
    ]) {
      const api = createHttpApi({ fetch: () => Promise.resolve(response) });
      const result = await api['workspace:list']({});
      expect(result).toMatchObject({ ok: false, error: { code: 'INTERNAL' } });
      expect(!result.ok && result.error.message).toContain('onverwacht antwoord');
    }
  });

  it('sends POST, JSON, the custom header and same-origin credentials to ./api/<name>', async () => {
    let seen: { url: string; init: RequestInit | undefined } | undefined;
    const api = createHttpApi({
      fetch: (input, init) => {
        seen = { url: String(input), init };
        return Promise.resolve(Response.json({ ok: true, value: [] }));
      },
    });
    await api['recent:list']({});
    expect(seen?.url).toBe('./api/recent:list');
    expect(seen?.init?.method).toBe('POST');
    expect(seen?.init?.credentials).toBe('same-origin');
    expect(seen?.init?.headers).toEqual({
      'Content-Type': 'application/json',
      'X-Koers-Request': '1',
    });
    expect(seen?.init?.body).toBe('{}');
  });
});
