import http from 'node:http';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createFakeCore } from '../../../test/support/fake-core.js';
import { createKoersServer, type KoersServer } from './create-server.js';
import { CONTENT_SECURITY_POLICY } from './security-headers.js';
import { MAX_BODY_BYTES } from './api-handler.js';

const SECRET = 'test-secret-0123456789abcdefghijklmnopqrstuv';
const OUTSIDE = 'BUITEN-DE-WEBROOT';

interface Answer {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: string;
}

interface RawRequest {
  method?: string;
  path: string;
  headers?: Record<string, string | undefined>;
  body?: string | Buffer;
  /** Send the body in chunks without Content-Length. */
  chunked?: boolean;
  host?: string;
}

let tmp: string;
let staticDir: string;
let server: KoersServer;
let core: ReturnType<typeof createFakeCore>;
let cookie: string;

/** node:http rather than fetch: fetch normalises "/../" and will not let us forge Host. */
function send(req: RawRequest, port = server.port): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const headers: Record<string, string> = {};
    for (const [k, v] of Object.entries({ Host: `127.0.0.1:${port}`, ...req.headers })) {
      if (v !== undefined) headers[k] = v;
    }
    const r = http.request(
      {
        host: req.host ?? '127.0.0.1',
        port,
        method: req.method ?? 'GET',
        path: req.path,
        headers,
        agent: false,
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () =>
          resolve({
            status: res.statusCode ?? 0,
            headers: res.headers,
            body: Buffer.concat(chunks).toString(),
          }),
        );
        res.on('error', reject);
      },
    );
    r.on('error', reject);
    if (req.body !== undefined && req.chunked) {
      const body = Buffer.from(req.body);
      const step = 1024 * 1024;
      for (let i = 0; i < body.length; i += step) r.write(body.subarray(i, i + step));
      r.end();
    } else {
      r.end(req.body);
    }
  });
}

const apiHeaders = (
  extra: Record<string, string | undefined> = {},
): Record<string, string | undefined> => ({
  Cookie: cookie,
  'Content-Type': 'application/json',
  'X-Koers-Request': '1',
  Origin: server.origin,
  ...extra,
});

const callApi = (
  name: string,
  input: unknown,
  extra: Record<string, string | undefined> = {},
): Promise<Answer> =>
  send({
    method: 'POST',
    path: `/api/${name}`,
    headers: apiHeaders(extra),
    body: JSON.stringify(input),
  });

const callsTo = (name: string): unknown[] =>
  core.calls.filter((c) => c.name === name).map((c) => c.input);

beforeAll(async () => {
  tmp = mkdtempSync(path.join(os.tmpdir(), 'koers-server-'));
  staticDir = path.join(tmp, 'renderer');
  mkdirSync(path.join(staticDir, 'assets'), { recursive: true });
  writeFileSync(
    path.join(staticDir, 'index.html'),
    '<!doctype html><title>Koers</title><div id="root"></div>',
  );
  writeFileSync(path.join(staticDir, 'assets', 'app.js'), 'console.log("koers");');
  writeFileSync(path.join(staticDir, 'assets', 'style.css'), 'body{}');
  writeFileSync(path.join(staticDir, '.env'), OUTSIDE);
  writeFileSync(path.join(tmp, 'package.json'), OUTSIDE);
  symlinkSync(path.join(tmp, 'package.json'), path.join(staticDir, 'assets', 'link.json'));
  core = createFakeCore();
  server = await createKoersServer({ core, staticDir, secret: SECRET });
  cookie = `koers_session_${server.port}=${SECRET}`;
});

afterAll(async () => {
  await server.close();
  rmSync(tmp, { recursive: true, force: true });
});

describe('start URL and session cookie', () => {
  it('gives a URL on 127.0.0.1 carrying the secret', () => {
    expect(server.url).toBe(`http://127.0.0.1:${server.port}/?k=${SECRET}`);
    expect(server.origin).toBe(`http://127.0.0.1:${server.port}`);
  });

  it('refuses pages and API calls without a cookie, in Dutch', async () => {
    const page = await send({ path: '/' });
    expect(page.status).toBe(403);
    expect(page.headers['content-type']).toContain('text/html');
    expect(page.body).toContain('Open Koers via de link die in het terminalvenster staat');
    expect(page.body).not.toContain('<div id="root">');

    const asset = await send({ path: '/assets/app.js' });
    expect(asset.status).toBe(403);

    const api = await callApi('app:info', {}, { Cookie: undefined });
    expect(api.status).toBe(403);
    expect(JSON.parse(api.body)).toMatchObject({ ok: false, error: { code: 'UNAUTHORIZED' } });
    expect(JSON.parse(api.body).error.message).toContain('terminalvenster');
    expect(callsTo('app:info')).toHaveLength(0);
  });

  it('refuses a wrong secret in the URL or the cookie', async () => {
    const wrongK = await send({ path: `/?k=${SECRET.slice(0, -1)}x` });
    expect(wrongK.status).toBe(403);
    expect(wrongK.headers['set-cookie']).toBeUndefined();

    const shortK = await send({ path: '/?k=a' });
    expect(shortK.status).toBe(403);

    const wrongCookie = await send({
      path: '/',
      headers: { Cookie: `koers_session_${server.port}=nope` },
    });
    expect(wrongCookie.status).toBe(403);

    // A cookie of another Koers server (other port) does not open this one.
    const otherPort = await send({ path: '/', headers: { Cookie: `koers_session_1=${SECRET}` } });
    expect(otherPort.status).toBe(403);
  });

  it('trades the right secret for a strict HttpOnly cookie and redirects to /', async () => {
    const start = await send({ path: `/?k=${SECRET}` });
    expect(start.status).toBe(303);
    expect(start.headers.location).toBe('/');
    const setCookie = start.headers['set-cookie']?.[0] ?? '';
    expect(setCookie).toContain(`koers_session_${server.port}=${SECRET}`);
    expect(setCookie).toContain('HttpOnly');
    expect(setCookie).toContain('SameSite=Strict');
    expect(setCookie).toContain('Path=/');

    const page = await send({ path: '/', headers: { Cookie: setCookie.split(';')[0] } });
    expect(page.status).toBe(200);
    expect(page.body).toContain('<title>Koers</title>');
  });
});

describe('Host and Origin checks', () => {
  it('refuses every Host except 127.0.0.1 and localhost on our port (DNS rebinding)', async () => {
    for (const host of [
      'evil.example',
      `evil.example:${server.port}`,
      '127.0.0.1',
      `127.0.0.1:1`,
      `0.0.0.0:${server.port}`,
    ]) {
      const answer = await send({ path: '/', headers: { Host: host, Cookie: cookie } });
      expect(answer.status, host).toBe(421);
      expect(answer.body).not.toContain('<div id="root">');
    }
    const viaLocalhost = await send({
      path: '/',
      headers: { Host: `localhost:${server.port}`, Cookie: cookie },
    });
    expect(viaLocalhost.status).toBe(200);
  });

  it('refuses an API call from a foreign Origin or a cross-site fetch without calling the core', async () => {
    const before = core.calls.length;
    for (const origin of ['https://evil.example', `http://127.0.0.1:${server.port + 1}`, 'null']) {
      const answer = await callApi('recent:list', {}, { Origin: origin });
      expect(answer.status, origin).toBe(403);
      expect(JSON.parse(answer.body).error.code).toBe('UNAUTHORIZED');
    }
    const crossSite = await callApi(
      'recent:list',
      {},
      { Origin: undefined, 'Sec-Fetch-Site': 'cross-site' },
    );
    expect(crossSite.status).toBe(403);
    expect(callsTo('recent:list')).toHaveLength(0);
    expect(core.calls.slice(before).every((c) => c.name === 'preferences:get')).toBe(true);
  });

  it('accepts our own origins, and a call without Origin', async () => {
    expect(
      (await callApi('recent:list', {}, { Origin: `http://localhost:${server.port}` })).status,
    ).toBe(200);
    expect((await callApi('recent:list', {}, { Origin: undefined })).status).toBe(200);
  });

  it('refuses an API call without X-Koers-Request: 1', async () => {
    for (const value of [undefined, '0', 'true']) {
      const answer = await callApi('workspace:list', {}, { 'X-Koers-Request': value });
      expect(answer.status).toBe(403);
    }
    expect(callsTo('workspace:list')).toHaveLength(0);
  });

  it('refuses a body that is not declared as JSON', async () => {
    const answer = await callApi('workspace:list', {}, { 'Content-Type': 'text/plain' });
    expect(answer.status).toBe(415);
    expect(callsTo('workspace:list')).toHaveLength(0);
    const withCharset = await callApi(
      'workspace:list',
      {},
      { 'Content-Type': 'application/json; charset=utf-8' },
    );
    expect(withCharset.status).toBe(200);
  });

  it('answers GET and preflights on the API with 405 and never with CORS permission', async () => {
    const get = await send({ path: '/api/app:info', headers: { Cookie: cookie } });
    expect(get.status).toBe(405);
    expect(get.headers.allow).toBe('POST');
    const preflight = await send({
      method: 'OPTIONS',
      path: '/api/app:info',
      headers: {
        Cookie: cookie,
        Origin: 'https://evil.example',
        'Access-Control-Request-Method': 'POST',
        'Access-Control-Request-Headers': 'x-koers-request, content-type',
      },
    });
    expect(preflight.status).toBe(405);
    expect(Object.keys(preflight.headers).filter((h) => h.startsWith('access-control-'))).toEqual(
      [],
    );
    expect(callsTo('app:info')).toHaveLength(0);
  });
});

describe('API', () => {
  it('hands the parsed input to the core and answers its Result', async () => {
    const engagementId = '7d6f3f7e-2a4b-4c1d-9e8f-0a1b2c3d4e5f';
    const answer = await callApi('stakeholder:create', {
      engagementId,
      fields: { name: '  Anna de Vries  ', group: 'wethouder' },
    });
    expect(answer.status).toBe(200);
    expect(answer.headers['content-type']).toContain('application/json');
    expect(answer.headers['cache-control']).toBe('no-store');
    const parsed = callsTo('stakeholder:create')[0] as { fields: { name: string } };
    // The schema trims: the core got the parsed value, not the raw body.
    expect(parsed.fields.name).toBe('Anna de Vries');
    expect(JSON.parse(answer.body)).toEqual({ ok: true, value: { echo: parsed } });
  });

  it('passes a business error through with HTTP 200', async () => {
    const answer = await callApi('engagement:get', {
      engagementId: '7d6f3f7e-2a4b-4c1d-9e8f-0a1b2c3d4e5f',
    });
    expect(answer.status).toBe(200);
    expect(JSON.parse(answer.body)).toMatchObject({ ok: false, error: { code: 'NOT_OPEN' } });
  });

  it('refuses garbage input with INVALID_INPUT and a path, without calling the core', async () => {
    const garbage: unknown[] = [
      { engagementId: 42, fields: { name: 'x', group: 'wethouder' } },
      {
        engagementId: '7d6f3f7e-2a4b-4c1d-9e8f-0a1b2c3d4e5f',
        fields: { name: 'x', group: 'koning' },
      },
      {
        engagementId: '7d6f3f7e-2a4b-4c1d-9e8f-0a1b2c3d4e5f',
        fields: { name: 'x'.repeat(100_000), group: 'extern' },
      },
      { engagementId: '7d6f3f7e-2a4b-4c1d-9e8f-0a1b2c3d4e5f', fields: { group: 'extern' } },
      [],
      null,
      'stakeholder',
    ];
    for (const input of garbage) {
      const answer = await callApi('stakeholder:create', input);
      expect(answer.status).toBe(200);
      const result = JSON.parse(answer.body);
      expect(result).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
      expect(result.error.message).toContain('De invoer is niet geldig');
      expect(result.error.message).not.toContain('{{');
    }
    const engagementPath = JSON.parse((await callApi('stakeholder:create', garbage[0])).body).error
      .path;
    expect(engagementPath).toBe('engagementId');
    expect(callsTo('stakeholder:create')).toHaveLength(1); // only the valid call of the test above
  });

  it('refuses malformed JSON with INVALID_INPUT', async () => {
    const answer = await send({
      method: 'POST',
      path: '/api/recent:list',
      headers: apiHeaders(),
      body: '{"a":',
    });
    expect(answer.status).toBe(400);
    expect(JSON.parse(answer.body)).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    const empty = await send({ method: 'POST', path: '/api/recent:list', headers: apiHeaders() });
    expect(JSON.parse(empty.body).error.code).toBe('INVALID_INPUT');
    expect(callsTo('recent:list')).toHaveLength(2); // the two accepted calls above, no more
  });

  it('answers NOT_FOUND for unknown operations, including prototype names', async () => {
    for (const name of ['nope', 'constructor', '__proto__', 'engagement%3Aexplode']) {
      const answer = await callApi(name, {});
      expect(answer.status, name).toBe(404);
      expect(JSON.parse(answer.body)).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    }
  });

  it('accepts a percent-encoded operation name', async () => {
    const answer = await callApi('app%3Ainfo', {});
    expect(answer.status).toBe(200);
    expect(callsTo('app:info')).toHaveLength(1);
  });

  it('answers NOT_SUPPORTED for shell operations, openExternal included', async () => {
    for (const [name, input] of [
      ['shell:openDialog', {}],
      ['shell:saveAsDialog', { engagementId: '7d6f3f7e-2a4b-4c1d-9e8f-0a1b2c3d4e5f' }],
      ['shell:openExternal', { url: 'https://example.org' }],
    ] as const) {
      const answer = await callApi(name, input);
      expect(answer.status).toBe(200);
      expect(JSON.parse(answer.body)).toMatchObject({
        ok: false,
        error: { code: 'NOT_SUPPORTED' },
      });
      expect(callsTo(name)).toHaveLength(0);
    }
  });

  it('refuses an oversized body with 413, declared or streamed', async () => {
    const big = JSON.stringify({ padding: 'x'.repeat(MAX_BODY_BYTES) });
    const declared = await send({
      method: 'POST',
      path: '/api/recent:list',
      headers: apiHeaders(),
      body: big,
    });
    expect(declared.status).toBe(413);
    const streamed = await send({
      method: 'POST',
      path: '/api/recent:list',
      headers: apiHeaders(),
      body: big,
      chunked: true,
    });
    expect(streamed.status).toBe(413);
    expect(JSON.parse(streamed.body).error.code).toBe('INVALID_INPUT');
    // A logo-sized body (a few MB) still fits.
    const logo = 'A'.repeat(3 * 1024 * 1024);
    const fits = await callApi('recent:list', { logo });
    expect(fits.status).toBe(200);
    expect(JSON.parse(fits.body).error.code).toBe('INVALID_INPUT'); // strict schema: unknown key
  });

  it('speaks English when that is the user language', async () => {
    const englishCore = createFakeCore('en');
    const english = await createKoersServer({ core: englishCore, staticDir, secret: SECRET });
    try {
      const answer = await send(
        {
          method: 'POST',
          path: '/api/recent:list',
          headers: {
            Host: `127.0.0.1:${english.port}`,
            Cookie: `koers_session_${english.port}=${SECRET}`,
            'Content-Type': 'application/json',
            'X-Koers-Request': '1',
          },
          body: '{"x":1}',
        },
        english.port,
      );
      expect(JSON.parse(answer.body).error.message).toContain('The input is not valid');
    } finally {
      await english.close();
    }
  });
});

describe('static files', () => {
  it('serves index.html for / and assets with their content type and security headers', async () => {
    const index = await send({ path: '/', headers: { Cookie: cookie } });
    expect(index.status).toBe(200);
    expect(index.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(index.headers['content-security-policy']).toBe(CONTENT_SECURITY_POLICY);
    expect(index.headers['x-content-type-options']).toBe('nosniff');
    expect(index.headers['referrer-policy']).toBe('no-referrer');

    const js = await send({ path: '/assets/app.js', headers: { Cookie: cookie } });
    expect(js.headers['content-type']).toBe('text/javascript; charset=utf-8');
    expect(js.body).toBe('console.log("koers");');
    const css = await send({ path: '/assets/style.css', headers: { Cookie: cookie } });
    expect(css.headers['content-type']).toBe('text/css; charset=utf-8');
  });

  it('puts the security headers on refusals too', async () => {
    for (const answer of [
      await send({ path: '/' }),
      await send({ path: '/', headers: { Host: 'evil.example' } }),
    ]) {
      expect(answer.headers['content-security-policy']).toBe(CONTENT_SECURITY_POLICY);
      expect(answer.headers['x-content-type-options']).toBe('nosniff');
    }
  });

  it('serves nothing outside the static folder', async () => {
    for (const p of [
      '/../package.json',
      '/%2e%2e/package.json',
      '/%2E%2E/package.json',
      '/assets/../../package.json',
      '/assets/%2e%2e/%2e%2e/package.json',
      '/..%2fpackage.json',
      '/..%5cpackage.json',
      '/%2e%2e%2fpackage.json',
      '/assets/link.json',
      '/.env',
      '/index.html%00.js',
      '/%',
    ]) {
      const answer = await send({ path: p, headers: { Cookie: cookie } });
      expect(answer.status, p).toBe(404);
      expect(answer.body, p).not.toContain(OUTSIDE);
    }
  });

  it('refuses other methods on pages', async () => {
    const answer = await send({ method: 'POST', path: '/', headers: { Cookie: cookie } });
    expect(answer.status).toBe(405);
  });
});

describe('network exposure', () => {
  const tryConnect = (host: string): Promise<'connected' | 'refused'> =>
    new Promise((resolve) => {
      const socket = net.connect({ host, port: server.port });
      socket.once('connect', () => {
        socket.destroy();
        resolve('connected');
      });
      socket.once('error', () => resolve('refused'));
    });

  it('listens on 127.0.0.1 only', async () => {
    expect(await tryConnect('127.0.0.1')).toBe('connected');
    if (process.platform === 'linux') expect(await tryConnect('127.0.0.2')).toBe('refused');
    const external = Object.values(os.networkInterfaces())
      .flat()
      .filter((i) => i !== undefined && !i.internal && i.family === 'IPv4')
      .map((i) => i!.address);
    for (const address of external) expect(await tryConnect(address), address).toBe('refused');
  });

  it('closes promptly even with a keep-alive connection open', async () => {
    const other = await createKoersServer({ core: createFakeCore(), staticDir, secret: SECRET });
    const agent = new http.Agent({ keepAlive: true });
    await new Promise<void>((resolve) => {
      http.get({ host: '127.0.0.1', port: other.port, path: '/', agent }, (res) => {
        res.resume();
        res.on('end', resolve);
      });
    });
    const started = Date.now();
    await other.close();
    expect(Date.now() - started).toBeLessThan(2000);
    agent.destroy();
  });
});
